package vn.cchc.render.office.internal;

import java.util.List;
import vn.cchc.render.AggregateRenderer;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.spi.AggregateRendererProvider;

/** The office aggregate renderer: xlsx, a roll-up as a workbook with formulas and a native chart. */
public final class OfficeAggregateRendererProvider implements AggregateRendererProvider {
  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public OfficeAggregateRendererProvider() {}

  @Override
  public String providerName() {
    return "cchc-office";
  }

  @Override
  public List<FormatDescriptor> formats() {
    return List.of(XlsxAggregateFormat.DESCRIPTOR);
  }

  @Override
  public AggregateRenderer create(String format) {
    if (!"xlsx".equals(format)) {
      throw new IllegalArgumentException("cchc-office does not render aggregates as " + format);
    }
    return new XlsxAggregateFormat();
  }
}
