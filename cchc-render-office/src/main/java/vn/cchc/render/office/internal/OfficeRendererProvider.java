package vn.cchc.render.office.internal;

import java.util.List;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.Renderer;
import vn.cchc.render.spi.RendererProvider;

/** The office renderers: xlsx (the appendix as a workbook) and docx (the whole report, Nghị định 30/2020 layout). */
public final class OfficeRendererProvider implements RendererProvider {

  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public OfficeRendererProvider() {}

  @Override
  public String providerName() {
    return "cchc-office";
  }

  @Override
  public List<FormatDescriptor> formats() {
    return List.of(XlsxFormat.DESCRIPTOR, DocxFormat.DESCRIPTOR);
  }

  @Override
  public Renderer create(String format) {
    switch (format) {
      case "xlsx":
        return new XlsxFormat();
      case "docx":
        return new DocxFormat();
      default:
        throw new IllegalArgumentException("cchc-office does not serve format " + format);
    }
  }
}
