package vn.cchc.render.pdf.internal;

import java.util.List;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.Renderer;
import vn.cchc.render.spi.RendererProvider;

/** The PDF renderer: pdf (the issuable report as PDF/A-2b, Nghị định 30/2020 layout). */
public final class PdfRendererProvider implements RendererProvider {

  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public PdfRendererProvider() {}

  @Override
  public String providerName() {
    return "cchc-pdf";
  }

  @Override
  public List<FormatDescriptor> formats() {
    return List.of(PdfFormat.DESCRIPTOR);
  }

  @Override
  public Renderer create(String format) {
    if (!"pdf".equals(format)) {
      throw new IllegalArgumentException("cchc-pdf does not serve format " + format);
    }
    return new PdfFormat();
  }
}
