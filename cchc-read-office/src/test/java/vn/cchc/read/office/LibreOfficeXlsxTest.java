package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;

/**
 * The sample's appendix written as a flat OpenDocument spreadsheet (.fods: each cell's value type
 * and number style stated exactly) and turned into XLSX by LibreOffice Calc, a writer other than this
 * project, reads with the sample's narrative to the sample's figures. Percentages are fractions with a
 * percent style, counts numbers with a grouping style, "1.481" a number stored as text; the header's
 * cells and each "Trong đó" span rows, "Kết quả" two columns. Skipped, with the reason, when
 * LibreOffice is not installed.
 *
 * <p>Why not HTML, as for DOCX: Calc's HTML import ("HTML (StarCalc)", LibreOffice 7/24 in an en-US
 * locale) guesses types from the text in its own locale. "1.492" becomes the number 1.492, "99,3",
 * "99,3%" and "30%" stay text, and a cell with {@code sdval="0.993" sdnum="1033;0;0.0%"} becomes the
 * number 0.993 without its percent format. A flat ODS states each value's type and style exactly.
 */
class LibreOfficeXlsxTest {
  private static final Catalogue CATALOGUE = Catalogues.bundled();
  private static final Pattern COUNT = Pattern.compile("\\d{1,3}(\\.\\d{3})*");
  private static final Pattern DECIMAL = Pattern.compile("\\d+,\\d+");

  @TempDir
  Path tmp;

  @Test
  void theSampleAppendixWrittenByLibreOfficeCalcReadsToTheSampleFigures() throws Exception {
    LibreOffice.require();
    Path fods = Files.writeString(tmp.resolve("phu-luc.fods"), fods(SampleWorkbook.appendixLines()), StandardCharsets.UTF_8);
    byte[] xlsx = LibreOffice.convert(fods, null, "xlsx:Calc MS Excel 2007 XML");
    String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
    assertThat(sheet).as("numbers stored as numbers, cells merged").contains("<v>1492</v>").contains("<mergeCell ");
    Path appendix = Files.write(tmp.resolve("phu-luc.xlsx"), xlsx);
    Path narrative = Files.writeString(tmp.resolve("bao-cao.txt"), String.join("\n", SampleWorkbook.narrativeLines())
        + "\n", StandardCharsets.UTF_8);

    FileReadResult result = ReportFileReader.of(CATALOGUE).readLenient(narrative, appendix);

    assertThat(result.readResult().problems()).as(result.text()).isEmpty();
    Report r = result.readResult().report().orElseThrow();
    Report fromText = ReportTextReader.of(CATALOGUE).read(SampleHtml.SAMPLE);
    assertThat(LibreOfficeDocxTest.values(r)).hasSize(121).isEqualTo(LibreOfficeDocxTest.values(fromText));
  }

  /** The appendix lines as a flat ODS sheet "Phụ lục". */
  static String fods(List<String> lines) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
        + " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
        + " office:version=\"1.2\" office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">\n"
        + "<office:automatic-styles>\n"
        + "<number:percentage-style style:name=\"N10\"><number:number number:decimal-places=\"0\""
        + " number:min-integer-digits=\"1\"/><number:text>%</number:text></number:percentage-style>\n"
        + "<number:number-style style:name=\"N11\"><number:number number:decimal-places=\"0\""
        + " number:min-integer-digits=\"1\" number:grouping=\"true\"/></number:number-style>\n"
        + "<number:text-style style:name=\"N12\"><number:text-content/></number:text-style>\n"
        + "<style:style style:name=\"pct\" style:family=\"table-cell\" style:data-style-name=\"N10\"/>\n"
        + "<style:style style:name=\"grp\" style:family=\"table-cell\" style:data-style-name=\"N11\"/>\n"
        + "<style:style style:name=\"txt\" style:family=\"table-cell\" style:data-style-name=\"N12\"/>\n"
        + "</office:automatic-styles>\n<office:body><office:spreadsheet><table:table table:name=\"Phụ lục\">\n"
        + "<table:table-column table:number-columns-repeated=\"5\"/>\n");
    int coveredBelow = 0; // rows of column A still under a "Trong đó" above
    boolean headerBelow = false;
    for (int r = 0; r < lines.size(); r++) {
      String l = lines.get(r);
      b.append("<table:table-row>");
      if (l.isBlank()) {
        b.append("<table:table-cell/></table:table-row>\n");
        continue;
      }
      if (l.indexOf('\t') < 0) {
        b.append(string(l.replace("*", ""), "")).append("</table:table-row>\n");
        continue;
      }
      String[] c = l.split("\t", -1);
      if (c[0].equals("STT")) {
        b.append(string("STT", " table:number-rows-spanned=\"2\"")).append(string(c[1], " table:number-rows-spanned=\"2\""))
            .append(string(c[2], " table:number-columns-spanned=\"2\"")).append("<table:covered-table-cell/>")
            .append(string(c[4], " table:number-rows-spanned=\"2\"")).append("</table:table-row>\n");
        headerBelow = true;
        continue;
      }
      if (headerBelow) {
        b.append("<table:covered-table-cell/><table:covered-table-cell/>").append(string(c[2], ""))
            .append(string(c[3], "")).append("<table:covered-table-cell/></table:table-row>\n");
        headerBelow = false;
        continue;
      }
      if (coveredBelow > 0) {
        b.append("<table:covered-table-cell/>");
        coveredBelow--;
      } else if (c[0].equals("Trong đó")) {
        int n = 1;
        while (r + n < lines.size() && lines.get(r + n).startsWith("\t")) {
          n++;
        }
        b.append(string(c[0], n > 1 ? " table:number-rows-spanned=\"" + n + "\"" : ""));
        coveredBelow = n - 1;
      } else {
        b.append(c[0].isEmpty() ? "<table:table-cell/>" : string(c[0], ""));
      }
      b.append(string(c[1].replace("<i>", "").replace("</i>", ""), "")).append(string(c[2], ""));
      b.append(value(c.length > 3 ? c[3] : "")).append(c.length > 4 && !c[4].isEmpty() ? string(c[4], "")
          : "<table:table-cell/>");
      b.append("</table:table-row>\n");
    }
    return b.append("</table:table></office:spreadsheet></office:body></office:document>\n").toString();
  }

  private static String value(String t) {
    if (t.isEmpty()) {
      return "<table:table-cell/>";
    }
    if (t.equals("1.481")) {
      return "<table:table-cell table:style-name=\"txt\" office:value-type=\"string\"><text:p>1.481</text:p></table:table-cell>";
    }
    if (t.endsWith("%")) {
      String v = new java.math.BigDecimal(t.substring(0, t.length() - 1).replace(',', '.')).movePointLeft(2).toPlainString();
      return "<table:table-cell table:style-name=\"pct\" office:value-type=\"percentage\" office:value=\"" + v + "\"><text:p>"
          + t + "</text:p></table:table-cell>";
    }
    if (COUNT.matcher(t).matches() || DECIMAL.matcher(t).matches()) {
      String v = t.replace(".", "").replace(',', '.');
      return "<table:table-cell" + (t.contains(".") ? " table:style-name=\"grp\"" : "") + " office:value-type=\"float\""
          + " office:value=\"" + v + "\"><text:p>" + t + "</text:p></table:table-cell>";
    }
    return string(t, "");
  }

  private static String string(String t, String attributes) {
    return "<table:table-cell office:value-type=\"string\"" + attributes + "><text:p>" + t.replace("&", "&amp;")
        .replace("<", "&lt;") + "</text:p></table:table-cell>";
  }

  static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }

  /** {@return the ZIP with one entry's content replaced} */
  static byte[] replaceEntry(byte[] zip, String name, String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(e.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
