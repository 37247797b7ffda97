/**
 * Reading CCHC reports from Word (DOCX) files: {@link vn.cchc.read.office.ReportFileReader} turns the
 * document into the text {@link vn.cchc.model.text.ReportTextReader} reads and locates every problem in
 * the document ("paragraph 12", "table 3, row 5, cell 2").
 */
package vn.cchc.read.office;
