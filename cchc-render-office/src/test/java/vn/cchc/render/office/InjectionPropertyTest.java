package vn.cchc.render.office;

import vn.cchc.render.testing.Render;
import vn.cchc.render.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.cchc.model.Report;
import vn.cchc.model.json.CchcJson;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderers;

/**
 * Script and formula payloads placed in every text field of a report come out inert in every
 * format: each output is read back by a real client (jsoup, CommonMark, an RFC 4180 reader, Jackson,
 * POI) and checked for executable content.
 */
class InjectionPropertyTest {
  static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
      "=HYPERLINK(\"http://evil.example\",\"bấm vào đây\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3",
      "[x](javascript:alert(1)) **đậm** | ô", "'; DROP TABLE x; --");
  static final Samples.Field[] FIELDS = Samples.Field.values();
  static final CchcJson JSON = CchcJson.detect();

  static Gen<String> payloads() {
    Gen<String> base = integers().between(0, PAYLOADS.size() - 1).map(PAYLOADS::get);
    // the payload alone, or followed by ordinary Vietnamese text
    return base.zip(integers().between(0, 2), (p, k) -> k == 0 ? p + " Hồ sơ đã tiếp nhận" : p);
  }

  @Test
  void payloadsInEveryTextFieldAreInertInTheLightFormats() {
    property(List.of("text", "markdown", "html", "csv", "json"), 250);
  }

  /** POI is slower (about 0.1 s to write and read back a document here), so fewer examples. */
  @Test
  void payloadsInEveryTextFieldAreInertInTheOfficeFormats() {
    property(List.of("xlsx", "docx"), 40);
  }

  private static void property(List<String> formats, int examples) {
    qt().withExamples(examples).withShrinkCycles(30)
        .forAll(integers().between(0, FIELDS.length - 1), payloads(), integers().between(0, formats.size() - 1),
            integers().between(0, 1))
        .checkAssert((f, payload, fmt, lang) -> {
          Samples.Field field = FIELDS[f];
          RenderInput in = Samples.input(x -> x == field ? Optional.of(payload) : Optional.empty());
          RenderOptions o = RenderOptions.builder().locale(lang == 0 ? RenderOptions.VIETNAMESE : java.util.Locale.ENGLISH).build();
          String format = formats.get(fmt);
          byte[] out = Render.bytes(format, in, o);
          try {
            inert(format, out, in.report(), field, payload, o.locale());
          } catch (Exception e) {
            throw new AssertionError(format + "/" + field + ": " + e, e);
          }
        });
  }

  static void inert(String format, byte[] out, Report report, Samples.Field field, String payload, java.util.Locale l)
      throws Exception {
    String s = new String(out, StandardCharsets.UTF_8);
    switch (format) {
      case "html":
        Document doc = Jsoup.parse(s);
        noActiveHtml(doc);
        boolean shown = !(field == Samples.Field.FINDING_EN && l == RenderOptions.VIETNAMESE)
            && !(field == Samples.Field.FINDING_VI && l == java.util.Locale.ENGLISH);
        if (shown) {
          // rule ids are attributes (data-rule), not part of the sentence a person reads
          assertThat(doc.text() + doc.select("[data-indicator]").eachAttr("data-indicator")
              + doc.select("[data-rule]").eachAttr("data-rule")).contains(payload);
        }
        break;
      case "markdown":
        var ext = List.of(TablesExtension.create());
        Document md = Jsoup.parse(HtmlRenderer.builder().extensions(ext).build()
            .render(Parser.builder().extensions(ext).build().parse(s)));
        noActiveHtml(md);
        assertThat(md.select("a")).isEmpty();
        break;
      case "csv":
        for (List<String> row : Csv.parse(s)) {
          for (String cell : row) {
            if (!cell.isEmpty()) {
              char c = cell.charAt(0);
              assertThat("=+@\t\r".indexOf(c)).as(cell).isNegative();
              if (c == '-') {
                assertThat(cell).matches("-|-[0-9]+(\\.[0-9]+)?");
              }
            }
          }
        }
        break;
      case "text":
        assertThat(s.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
        break;
      case "json":
        assertThat(JSON.readReport(new ByteArrayInputStream(out))).isEqualTo(report);
        break;
      case "xlsx":
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out))) {
          List<String> strings = new ArrayList<>();
          for (Sheet sh : wb) {
            for (Row r : sh) {
              for (Cell c : r) {
                if (c.getCellType() == CellType.FORMULA) {
                  // only the ratio formulas the renderer writes: one cell over another, never report text
                  assertThat(c.getCellFormula()).as("a formula cell").matches("[A-Z]{1,3}[0-9]+/[A-Z]{1,3}[0-9]+");
                }
                if (c.getCellType() == CellType.STRING) {
                  strings.add(c.getStringCellValue());
                }
              }
            }
          }
          if (field == Samples.Field.LABEL || field == Samples.Field.NOTE || field == Samples.Field.UNIT) {
            assertThat(strings).contains(payload);
          }
        }
        break;
      case "docx":
        String xml = part(out, "word/document.xml");
        assertThat(xml).doesNotContain("<w:fldSimple", "<w:instrText", "<w:hyperlink", "w:fldChar");
        String plain = Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser()).select("w|t").eachText()
            .stream().reduce("", (a, b) -> a + b);
        if (field == Samples.Field.LABEL || field == Samples.Field.PARAGRAPH) {
          assertThat(plain).contains(payload);
        }
        break;
      default:
        throw new AssertionError(format);
    }
  }

  static void noActiveHtml(Document doc) {
    assertThat(doc.select("script, img, iframe, object, embed, svg, link, style:not(head style)")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
        assertThat(a.getValue().strip().toLowerCase()).doesNotStartWith("javascript:");
      }
    }
  }

  static String part(byte[] zip, String name) throws IOException {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }
}
