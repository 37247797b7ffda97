package vn.cchc.render.internal;

import java.util.List;
import vn.cchc.render.AggregateRenderer;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.spi.AggregateRendererProvider;

/** cchc's built-in aggregate renderers: the per-unit table as csv and json, the html dashboard. */
public final class BuiltinAggregateRendererProvider implements AggregateRendererProvider {
  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public BuiltinAggregateRendererProvider() {}

  @Override
  public String providerName() {
    return "cchc-builtin";
  }

  @Override
  public List<FormatDescriptor> formats() {
    return List.of(AggregateTableFormats.CSV, AggregateTableFormats.JSON, DashboardFormat.DESCRIPTOR);
  }

  @Override
  public AggregateRenderer create(String format) {
    switch (format) {
      case "csv":
        return new AggregateTableFormats.Csv();
      case "json":
        return new AggregateTableFormats.Json();
      case "html":
        return new DashboardFormat();
      default:
        throw new IllegalArgumentException("cchc-builtin does not render aggregates as " + format);
    }
  }
}
