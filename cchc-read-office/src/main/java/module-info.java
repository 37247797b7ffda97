/**
 * cchc-read-office: reads CCHC reports from the files officials send — Word (DOCX) documents and Excel
 * (XLSX) appendix workbooks with Apache POI, PDFs with a text layer with Apache PDFBox, and text — through
 * one entry point, {@code ReportFileReader}, which finds the format from the content. The file is turned
 * into the text that {@code vn.cchc.model.text.ReportTextReader} reads, so it becomes the same
 * {@code Report} with the same problems, each also located in the file's own terms.
 */
module vn.cchc.read.office {
  requires transitive vn.cchc.model;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires org.apache.commons.compress;
  requires java.xml;
  // PDFBox 3's jars are automatic modules (Automatic-Module-Name in their manifests): org.apache.pdfbox,
  // and org.apache.pdfbox.io for RandomAccessReadBuffer and MemoryUsageSetting.
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  // PDFBox's graphics callbacks (the table rules are found through them) take java.awt.geom points.
  requires java.desktop;

  exports vn.cchc.read.office;
}
