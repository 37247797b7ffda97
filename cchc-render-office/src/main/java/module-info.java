/**
 * cchc-render-office: the {@code xlsx} and {@code docx} renderers, and the {@code xlsx} aggregate renderer, (Apache POI), found through
 * cchc-render's SPI. Nothing is exported: use {@code Renderers.find("xlsx")} and {@code Renderers.find("docx")}.
 */
module vn.cchc.render.office {
  requires vn.cchc.render;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires org.apache.commons.compress; // SXSSF's Zip64Mode (comes with poi-ooxml)

  provides vn.cchc.render.spi.RendererProvider with vn.cchc.render.office.internal.OfficeRendererProvider;
  provides vn.cchc.render.spi.AggregateRendererProvider with vn.cchc.render.office.internal.OfficeAggregateRendererProvider;
}
