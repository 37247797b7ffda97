package vn.cchc.read.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The bundled sample's appendix (from "PHỤ LỤC" to its last row) built as Excel writes such a sheet,
 * with POI's usermodel: one sheet row per line of the sample's appendix (a blank line an empty row),
 * headings and the caption each in one cell (the caption in italics, without the text's "*"), the
 * table's cells with borders (so the empty cells exist, styled), the two-row column header merged as
 * Excel merges it (STT, label and note over both rows, "Kết quả" over unit and value), each
 * "Trong đó" merged down over its child rows, labels in italics instead of {@code <i>}. Values typed:
 * counts as numbers ("1.492" as 1492 with format #,##0; "148" General), "99,3" and "0,2" as numbers,
 * "30%" as 0.3 with format 0%, "-" as text, coded answers as numbers; "1.481" a number stored as text
 * (as a cell formatted "@" holds it) and "1.482" a formula (=D?-10 on the "1.492" cell) with its
 * cached value, as Excel saves it.
 */
final class SampleWorkbook {
  static final String SHEET = "Phụ lục";
  private static final Pattern COUNT = Pattern.compile("\\d{1,3}(\\.\\d{3})*");
  private static final Pattern DECIMAL = Pattern.compile("\\d+,\\d+");

  private SampleWorkbook() {}

  /** {@return the sample's lines before "PHỤ LỤC": the narrative} */
  static List<String> narrativeLines() throws IOException {
    List<String> lines = SampleHtml.sampleLines();
    return lines.subList(0, lines.indexOf("PHỤ LỤC"));
  }

  /** {@return the sample's lines from "PHỤ LỤC" on: the appendix} */
  static List<String> appendixLines() throws IOException {
    List<String> lines = SampleHtml.sampleLines();
    return lines.subList(lines.indexOf("PHỤ LỤC"), lines.size());
  }

  /** {@return the sample's appendix as a workbook} */
  static byte[] xlsx() throws IOException {
    return xlsx(appendixLines());
  }

  /** {@return appendix lines (as the sample writes them) as a workbook} */
  static byte[] xlsx(List<String> lines) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet(SHEET);
      CellStyle text = bordered(wb);
      CellStyle italic = bordered(wb);
      XSSFFont i = wb.createFont();
      i.setItalic(true);
      italic.setFont(i);
      CellStyle captionStyle = wb.createCellStyle();
      captionStyle.setFont(i);
      CellStyle general = bordered(wb);
      CellStyle thousands = bordered(wb);
      thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      CellStyle percent = bordered(wb);
      percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
      CellStyle asText = bordered(wb);
      asText.setDataFormat(wb.createDataFormat().getFormat("@"));
      int row1492 = -1;
      for (int r = 0; r < lines.size(); r++) {
        String l = lines.get(r);
        if (l.isBlank()) {
          continue;
        }
        XSSFRow row = sheet.createRow(r);
        if (l.indexOf('\t') < 0) {
          boolean caption = l.startsWith("*") || l.endsWith("*");
          XSSFCell c = row.createCell(0);
          c.setCellValue(l.replace("*", ""));
          if (caption) {
            c.setCellStyle(captionStyle);
          }
          if (l.equals("PHỤ LỤC")) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 4));
          }
          continue;
        }
        String[] cells = l.split("\t", -1);
        boolean header = cells[0].equals("STT");
        for (int k = 0; k < 5; k++) {
          String t = k < cells.length ? cells[k] : "";
          XSSFCell c = row.createCell(k);
          c.setCellStyle(text);
          if (t.contains("<i>")) {
            c.setCellValue(t.replace("<i>", "").replace("</i>", ""));
            c.setCellStyle(italic);
          } else if (k != 3 || header || t.isEmpty() || t.equals("-")) {
            if (!t.isEmpty()) {
              c.setCellValue(t);
            }
          } else if (t.equals("1.481")) {
            c.setCellStyle(asText);
            c.setCellValue(t); // a number stored as text
          } else if (t.equals("1.482") && row1492 >= 0) {
            c.setCellFormula("D" + (row1492 + 1) + "-10");
            c.setCellValue(1482); // the cached value, as Excel writes it with the formula
            c.setCellStyle(thousands);
          } else if (t.endsWith("%")) {
            c.setCellValue(Double.parseDouble(t.substring(0, t.length() - 1).replace(",", ".")) / 100);
            c.setCellStyle(percent);
          } else if (COUNT.matcher(t).matches()) {
            c.setCellValue(Double.parseDouble(t.replace(".", "")));
            c.setCellStyle(t.contains(".") ? thousands : general);
            if (t.equals("1.492")) {
              row1492 = r;
            }
          } else if (DECIMAL.matcher(t).matches()) {
            c.setCellValue(Double.parseDouble(t.replace(",", ".")));
            c.setCellStyle(general);
          } else {
            c.setCellValue(t);
          }
        }
        if (header) {
          sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
          sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 1, 1));
          sheet.addMergedRegion(new CellRangeAddress(r, r, 2, 3));
          sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 4, 4));
        } else if (cells[0].equals("Trong đó")) {
          int n = 1;
          while (r + n < lines.size() && lines.get(r + n).startsWith("\t")) {
            n++;
          }
          if (n > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r + n - 1, 0, 0));
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static CellStyle bordered(XSSFWorkbook wb) {
    CellStyle s = wb.createCellStyle();
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    return s;
  }
}
