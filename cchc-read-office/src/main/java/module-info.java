/**
 * cchc-read-office: reads CCHC reports from Word (DOCX) files and Excel (XLSX) appendix workbooks with
 * Apache POI. The file is turned into the text that {@code vn.cchc.model.text.ReportTextReader} reads,
 * so a DOCX report or an XLSX appendix becomes the same {@code Report} with the same problems, each also
 * located in the file's own terms.
 */
module vn.cchc.read.office {
  requires transitive vn.cchc.model;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires org.apache.commons.compress;
  requires java.xml;

  exports vn.cchc.read.office;
}
