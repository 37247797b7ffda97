package vn.cchc.read.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled sample report (docs/samples/bc-45-ubnd-dinh-ca-2024-q1.txt) written as the HTML an
 * official's Word document amounts to, for LibreOffice to turn into DOCX: the Nghị định 30 header as a
 * two-column table, sections I–IV and their "1.", "a." headings as automatically numbered nested
 * lists ({@code <ol type="I">}, {@code <ol>}, {@code <ol type="a">}: the numbers are not in the text),
 * "Nơi nhận" beside the signature in a two-column table, and the appendix as one table whose header
 * spans two rows and two columns and whose "Trong đó" cell spans its child rows. Every sentence, row
 * and value is the sample's.
 */
final class SampleHtml {
  static final Path SAMPLE = Path.of("../docs/samples/bc-45-ubnd-dinh-ca-2024-q1.txt");
  private static final Pattern ROMAN = Pattern.compile("^(I|II|III|IV|V)\\. (.*)$");
  private static final Pattern DECIMAL = Pattern.compile("^(\\d+)\\. (\\p{Lu}.*)$");
  private static final Pattern LETTER = Pattern.compile("^([a-e])\\. (.*)$");
  private static final Pattern SUBSECTION = Pattern.compile("^\\d+\\.\\d+\\.? .*$");

  private final StringBuilder html = new StringBuilder();
  /** Open list levels: 0 roman, 1 decimal, 2 letter; depth = how many are open. */
  private int depth;
  /**
   * Only the first run of letters ("a." "b." under "2.1.") is a list: the sample restarts its letters
   * under "2.2." and "2.3.", which are plain text here, so no list level lies between; LibreOffice joins
   * all the HTML lists into one Word list, in which such letters would go on (c, d, …) as Word shows them.
   */
  private boolean lettersDone;

  private SampleHtml() {}

  static List<String> sampleLines() throws IOException {
    return Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
  }

  static String html() throws IOException {
    SampleHtml h = new SampleHtml();
    h.build(sampleLines());
    return h.html.toString();
  }

  private void build(List<String> lines) {
    html.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>BC 45</title></head><body>\n");
    html.append("<table><tr><td><p>UBND HUYỆN VÕ NHAI</p><p>UBND THỊ TRẤN ĐÌNH CẢ</p><p>-------</p></td>")
        .append("<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p>---------------</p></td></tr>\n")
        .append("<tr><td><p>Số: 45/BC-UBND</p></td><td><p><i>Đình Cả, ngày 12 tháng 03 năm 2024</i></p></td></tr></table>\n");
    int i = 0;
    while (!lines.get(i).equals("BÁO CÁO")) {
      i++;
    }
    for (; !lines.get(i).startsWith("Nơi nhận"); i++) {
      String l = lines.get(i).strip();
      if (!l.isEmpty()) {
        narrative(l);
      }
    }
    close(0);
    List<String> recipients = new ArrayList<>();
    for (; !lines.get(i).equals("CHỦ TỊCH"); i++) {
      if (!lines.get(i).isBlank()) {
        recipients.add(lines.get(i).strip());
      }
    }
    html.append("<table><tr><td>");
    recipients.forEach(r -> html.append("<p>").append(r.startsWith("Nơi") ? "<b><i>" + r + "</i></b>" : r).append("</p>"));
    html.append("</td><td><p><b>CHỦ TỊCH</b></p><p><b>Trịnh Thanh Phương</b></p></td></tr></table>\n");
    while (!lines.get(i).equals("PHỤ LỤC")) {
      i++;
    }
    for (; !lines.get(i).startsWith("STT"); i++) {
      if (!lines.get(i).isBlank()) {
        html.append("<p>").append(lines.get(i).replace("*", "")).append("</p>\n");
      }
    }
    appendix(lines.subList(i, lines.size()));
    html.append("</body></html>\n");
  }

  private void narrative(String l) {
    Matcher m;
    if ((m = ROMAN.matcher(l)).matches()) {
      item(0, " type=\"I\"", m.group(2));
    } else if ((m = DECIMAL.matcher(l)).matches()) {
      item(1, "", m.group(2));
    } else if (!lettersDone && (m = LETTER.matcher(l)).matches()) {
      item(2, " type=\"a\"", m.group(2));
    } else if (l.startsWith("Trên đây")) {
      close(0);
      html.append("<p>").append(l).append("</p>\n");
    } else {
      if (SUBSECTION.matcher(l).matches() && depth == 3) {
        close(2); // "2.2." ends the letters of "2.1."
        lettersDone = true;
      }
      html.append("<p>").append(l).append("</p>\n");
    }
  }

  private void item(int level, String type, String text) {
    close(level + 1);
    if (depth == level + 1) {
      html.append("</li>\n<li>");
    } else {
      html.append("<ol").append(type).append("><li>");
      depth = level + 1;
    }
    html.append("<p>").append(text).append("</p>\n");
  }

  /** Closes the lists deeper than {@code keep} levels. */
  private void close(int keep) {
    while (depth > keep) {
      html.append("</li></ol>\n");
      depth--;
    }
  }

  private void appendix(List<String> lines) {
    html.append("<table border=\"1\">\n<tr><th rowspan=\"2\">STT</th><th rowspan=\"2\">Các chỉ tiêu</th>")
        .append("<th colspan=\"2\">Kết quả</th><th rowspan=\"2\">Ghi chú</th></tr>\n")
        .append("<tr><th>Đơn vị tính</th><th>Số liệu</th></tr>\n");
    List<String[]> rows = new ArrayList<>();
    for (String l : lines) {
      if (l.isBlank() || l.startsWith("STT\t") || l.startsWith("\t\tĐơn vị tính")) {
        continue;
      }
      rows.add(l.split("\t", -1));
    }
    for (int r = 0; r < rows.size(); r++) {
      String[] c = rows.get(r);
      boolean child = isChild(c[0]);
      html.append("<tr>");
      if (!child) {
        html.append("<td>").append(c[0]).append("</td>");
      } else if (r == 0 || !isChild(rows.get(r - 1)[0])) {
        int n = 1;
        while (r + n < rows.size() && isChild(rows.get(r + n)[0])) {
          n++;
        }
        html.append("<td rowspan=\"").append(n).append("\">Trong đó</td>");
      }
      for (int k = 1; k < 5; k++) {
        html.append("<td>").append(k < c.length ? c[k] : "").append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }

  private static boolean isChild(String stt) {
    return stt.isEmpty() || stt.equals("Trong đó") || stt.equals("Trong") || stt.equals("đó");
  }
}
