/**
 * cchc-render-pdf: the {@code pdf} renderer — the issuable report as PDF/A-2b in the layout of Nghị định 30/2020,
 * Liberation Serif embedded — found through cchc-render's SPI. Nothing is exported: use
 * {@code Renderers.find("pdf")}.
 */
module vn.cchc.render.pdf {
  requires vn.cchc.render;
  // openhtmltopdf's jars name no module: these are the automatic names their file names give.
  requires openhtmltopdf.pdfbox;
  requires openhtmltopdf.core;
  requires java.xml;
  // the sRGB ICC profile of the output intent
  requires java.desktop;
  requires java.logging;

  provides vn.cchc.render.spi.RendererProvider with vn.cchc.render.pdf.internal.PdfRendererProvider;
}
