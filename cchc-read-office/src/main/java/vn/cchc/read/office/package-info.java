/**
 * Reading CCHC reports from the files officials send — Word (DOCX), Excel (XLSX) appendix workbooks, PDF with a text layer, text:
 * {@link vn.cchc.read.office.ReportFileReader} turns the file into the text
 * {@link vn.cchc.model.text.ReportTextReader} reads and locates every problem in the file ("paragraph
 * 12", "table 3, row 5, cell 2", "'Phụ lục'!D17", "page 2, line 14").
 */
package vn.cchc.read.office;
