package vn.cchc.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.RenderInput;

/**
 * "Ready for a digital signature": the PDF is signed as docs/renderers.md shows (PDFBox {@code addSignature},
 * {@code saveIncremental}, a CMS signature made with BouncyCastle and a self-signed key), and the signed file opens,
 * keeps its text, starts with the unsigned bytes unchanged and carries a signature that verifies over the bytes it
 * covers.
 */
class SigningTest {
  @TempDir
  Path dir;

  @Test
  void theIssuedPdfSignsAndKeepsItsText() throws Exception {
    byte[] pdf = PdfRendererTest.render(RenderInput.builder().catalogue(PdfRendererTest.CATALOGUE)
        .report(ReportTextReader.of(PdfRendererTest.CATALOGUE).read(PdfRendererTest.SAMPLE)).build());
    KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    X500Name who = new X500Name("CN=Trinh Thanh Phuong, O=UBND thi tran Dinh Ca, C=VN");
    ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
    X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(who,
        BigInteger.ONE, new Date(System.currentTimeMillis() - 60_000), new Date(System.currentTimeMillis() + 86_400_000L),
        who, keys.getPublic()).build(contentSigner));
    SignatureInterface signer = content -> {
      try {
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()), cert));
        gen.addCertificates(new JcaCertStore(List.of(cert)));
        return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
      } catch (Exception e) {
        throw new java.io.IOException(e);
      }
    };
    ByteArrayOutputStream signed = new ByteArrayOutputStream();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDSignature sig = new PDSignature();
      sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      sig.setName("Trịnh Thanh Phương");
      sig.setReason("Ký ban hành Báo cáo 45/BC-UBND");
      sig.setSignDate(Calendar.getInstance());
      doc.addSignature(sig, signer);
      doc.saveIncremental(signed);
    }
    byte[] bytes = signed.toByteArray();
    assertThat(Arrays.copyOf(bytes, pdf.length)).as("an incremental update: the issued bytes unchanged").isEqualTo(pdf);
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      List<PDSignature> sigs = doc.getSignatureDictionaries();
      assertThat(sigs).hasSize(1);
      PDSignature sig = sigs.get(0);
      // /Contents is padded with zeros after the CMS object: read the object alone
      org.bouncycastle.asn1.ASN1Primitive cmsObject;
      try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(sig.getContents())) {
        cmsObject = in.readObject();
      }
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(sig.getSignedContent(bytes)),
          org.bouncycastle.asn1.cms.ContentInfo.getInstance(cmsObject));
      SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
      X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(info.getSID()).iterator().next();
      assertThat(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))).isTrue();
      assertThat(new PDFTextStripper().getText(doc)).contains("Số: 45/BC-UBND", "Nơi nhận:", "Trịnh Thanh Phương");
    }
    Path file = Files.write(dir.resolve("signed.pdf"), bytes);
    assertThat(Poppler.text(file)).contains("Trịnh Thanh Phương").contains("ỦY BAN NHÂN DÂN");
  }
}
