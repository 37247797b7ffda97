/**
 * Reading CCHC reports from Word (DOCX) files and Excel (XLSX) appendix workbooks:
 * {@link vn.cchc.read.office.ReportFileReader} turns the file into the text
 * {@link vn.cchc.model.text.ReportTextReader} reads and locates every problem in the file ("paragraph
 * 12", "table 3, row 5, cell 2", "'Phụ lục'!D17").
 */
package vn.cchc.read.office;
