package vn.cchc.render.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * What every PDF is made with: the Liberation Serif fonts bundled with this module (SIL Open Font License 1.1, its
 * text in {@code fonts/LICENSE-LiberationSerif-OFL-1.1.txt} beside them), the sRGB profile of the output intent and
 * the style sheet of the Nghị định 30 layout. The font files are read once per JVM.
 */
final class PdfResources {
  /** The family name the style sheet uses. */
  static final String FAMILY = "Liberation Serif";
  private static final String[] FILES = {"Regular", "Bold", "Italic", "BoldItalic"};
  private static final byte[][] FONTS = new byte[FILES.length][];

  private PdfResources() {}

  /** Registers the four faces, each embedded as a subset of the glyphs the document uses. */
  static void fonts(PdfRendererBuilder b) {
    for (int i = 0; i < FILES.length; i++) {
      byte[] data = font(i);
      b.useFont(() -> new ByteArrayInputStream(data), FAMILY, i % 2 == 1 ? 700 : 400,
          i >= 2 ? FontStyle.ITALIC : FontStyle.NORMAL, true);
    }
  }

  private static synchronized byte[] font(int i) {
    if (FONTS[i] == null) {
      String name = "fonts/LiberationSerif-" + FILES[i] + ".ttf";
      try (InputStream in = PdfResources.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("cchc-render-pdf's jar lacks " + name);
        }
        FONTS[i] = withoutGsub(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name + " from cchc-render-pdf's jar", e);
      }
    }
    return FONTS[i];
  }

  /**
   * The font with its {@code GSUB} table hidden (its tag in the table directory renamed, nothing else touched):
   * PDFBox 3 applies GSUB rules to every string it shows, compiling regular expressions per word, which made a
   * ten-page report take 15 s instead of well under one; cchc needs no glyph substitution — Vietnamese letters are
   * precomposed in NFC text, and ligatures would only make copied text harder to search. The embedded subset never
   * contains the table either way (PDFBox's subsetter writes only the tables a PDF needs).
   */
  static byte[] withoutGsub(byte[] ttf) {
    int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
    for (int t = 0; t < tables; t++) {
      int at = 12 + 16 * t;
      if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
        ttf[at] = 'X'; // "XSUB": a table no one reads
      }
    }
    return ttf;
  }

  /**
   * openhtmltopdf logs every step at INFO on a console handler of its own; unless the application has set its own
   * {@code XRLogger}, it logs at WARNING and above through java.util.logging's usual handlers instead, so that
   * {@code cchc render -f pdf} prints nothing but problems. Its warnings also reach
   * {@code RenderOptions.onWarning()} (as {@code RenderWarning}s of place "layout").
   */
  static void quietLogging() {
    synchronized (com.openhtmltopdf.util.XRLog.class) {
      if (com.openhtmltopdf.util.XRLog.getLoggerImpl() == null) {
        java.util.logging.Handler none = new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord record) {}

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new com.openhtmltopdf.util.JDKXRLogger(true,
            java.util.logging.Level.WARNING, none, new java.util.logging.SimpleFormatter()));
      }
    }
  }

  /** {@return the ICC profile of sRGB IEC 61966-2.1, the output intent of PDF/A (the JDK's own)} */
  static byte[] srgb() {
    return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }

  /**
   * The style sheet (justified text spreads word spaces only, as Word does, never letters): A4 with the decree's margins, page numbers from page 2, Liberation Serif at the decree's sizes
   * (13 pt issuer, 12 pt national name, 14 pt body, 12 pt table), the signature row unsplittable, the appendix's two
   * header rows repeated on every page.
   */
  static String css() {
    return """
        @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;
          @top-center { content: counter(page); font-family: 'Liberation Serif'; font-size: 13pt; } }
        @page :first { @top-center { content: none; } }
        body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.2; margin: 0; }
        p { margin: 0; }
        .next { page-break-before: always; }
        table.head { width: 100%; border-collapse: collapse; }
        table.head td { vertical-align: top; text-align: center; padding: 0; }
        td.issuer { width: 62.7mm; }
        .b12 { font-weight: bold; font-size: 12pt; }
        .b13 { font-weight: bold; font-size: 13pt; }
        .n13 { font-size: 13pt; }
        .b14 { font-weight: bold; font-size: 14pt; }
        .motto { text-decoration: underline; }
        .rule { width: 30mm; height: 0.75pt; margin: 1pt auto 2pt auto; background-color: black; }
        .nw { white-space: nowrap; }
        .date { font-style: italic; font-size: 14pt; margin-top: 6pt; }
        .doc-kind { text-align: center; font-weight: bold; margin-top: 12pt; }
        .doc-title { text-align: center; font-weight: bold; margin-bottom: 12pt; }
        .body { text-align: justify; text-indent: 10mm; margin-bottom: 6pt; }
        .body, .h1, .h2, .h3 { -fs-max-justification-inter-char: 0; -fs-max-justification-inter-word: 4em; }
        .sub { margin-left: 10mm; }
        .h1, .h2, .h3 { text-align: justify; text-indent: 10mm; font-weight: bold; margin-top: 6pt; margin-bottom: 3pt;
          page-break-after: avoid; }
        .h1 { margin-top: 6pt; }
        .h3 { font-style: italic; }
        table.sign { width: 100%; border-collapse: collapse; margin-top: 6pt; page-break-inside: avoid; }
        table.sign tr { page-break-inside: avoid; }
        table.sign td { width: 50%; vertical-align: top; padding: 0; }
        td.signer { text-align: center; }
        .rec-head { font-weight: bold; font-style: italic; font-size: 12pt; }
        .rec { font-size: 11pt; }
        .sign-space { height: 80pt; }
        .appendix { page-break-before: always; }
        .app-h, .app-cap { text-align: center; font-weight: bold; }
        .app-h { font-size: 14pt; }
        .app-cap { font-size: 13pt; }
        .app-ref { text-align: center; font-style: italic; font-size: 13pt; margin-bottom: 12pt; }
        table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12pt;
          -fs-table-paginate: paginate; }
        table.grid th, table.grid td { border: 0.75pt solid black; padding: 1.5pt 3pt; vertical-align: top; }
        table.grid th { font-weight: bold; text-align: center; vertical-align: middle; }
        table.grid tr { page-break-inside: avoid; }
        td.child { font-style: italic; }
        td.num { text-align: right; }
        """;
  }
}
