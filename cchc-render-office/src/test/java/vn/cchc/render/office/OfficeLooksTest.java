package vn.cchc.render.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.testing.Render;
import vn.cchc.render.testing.Samples;

/**
 * The Word document and the workbook as a person sees them: LibreOffice prints it to PDF, {@code pdftotext} reads each page and
 * {@code pdftoppm} renders them. Skipped with the reason when LibreOffice or poppler is absent.
 */
class OfficeLooksTest {
  private static final String SENTENCE = "Tính tới thời điểm báo cáo, UBND thị trấn đã thực hiện các nhiệm vụ theo "
      + "kế hoạch đề ra từ đầu năm. ";

  @TempDir
  static Path dir;
  private static List<Path> sweep;
  private static Path real;
  private static Path sheet;

  /** One LibreOffice run converts every document of this class (its start-up is most of the time). */
  @BeforeAll
  static void print() throws Exception {
    Looks.require("soffice");
    Looks.require("pdftotext");
    Looks.require("pdftoppm");
    // the narrative grows by one sentence (a line or two) a step, so the signature block's place sweeps a whole page
    // in steps finer than its lines: without the row that cannot split, LibreOffice splits it in this sweep
    // (seen at 20 sentences: "CHỦ TỊCH" on page 1, the name on page 2)
    List<Path> docs = new ArrayList<>();
    for (int k = 0; k <= 36; k++) {
      String text = SENTENCE.repeat(Math.max(1, k)).strip();
      Path f = dir.resolve("sig-" + (100 + k) + ".docx");
      Files.write(f, Render.bytes("docx", Samples.input(field -> field == Samples.Field.PARAGRAPH ? Optional.of(text)
          : Optional.empty()), RenderOptions.defaults()));
      docs.add(f);
    }
    Path docx = dir.resolve("bc-45.docx");
    Files.write(docx, Render.bytes("docx", RealReport.input(), RenderOptions.defaults()));
    docs.add(docx);
    Path xlsx = dir.resolve("bc-45-phu-luc.xlsx");
    Files.write(xlsx, Render.bytes("xlsx", RealReport.input(), RenderOptions.defaults()));
    docs.add(xlsx);
    List<Path> pdfs = Looks.toPdf(dir, docs);
    sweep = pdfs.subList(0, pdfs.size() - 2);
    real = pdfs.get(pdfs.size() - 2);
    sheet = pdfs.get(pdfs.size() - 1);
  }

  @Test
  void theSignatureBlockIsNeverSplitAcrossPagesWhereverTheTextEnds() throws Exception {
    TreeSet<Integer> signaturePages = new TreeSet<>();
    for (Path pdf : sweep) {
      List<String> pages = Looks.pages(pdf);
      int name = indexOf(pages, "Trịnh Thanh Phương");
      assertThat(name).as(pdf + ": the signer's name is printed").isNotNegative();
      String page = pages.get(name);
      assertThat(page).as(pdf + ", page " + (name + 1) + ": the position, recipients and name on one page")
          .contains("CHỦ TỊCH", "Nơi nhận:", "UBND huyện;", "Lưu: VP.");
      signaturePages.add(name);
    }
    // the sweep did move the block across a page break: the test can see a split when there is one
    assertThat(signaturePages).as("pages the signature block was printed on").hasSizeGreaterThan(1);
  }

  @Test
  void theRealReportPrintsWithTheAppendixOnItsOwnPagesAndItsHeaderOnEach() throws Exception {
    Path pdf = real;
    List<String> pages = Looks.pages(pdf);
    int appendix = -1;
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).strip().replaceFirst("^[0-9]+\\s+", "").startsWith("PHỤ LỤC")) {
        appendix = i;
        break;
      }
    }
    assertThat(appendix).as("a page that starts with PHỤ LỤC").isPositive();
    assertThat(pages.get(appendix - 1)).as("the page before the appendix ends the report").contains("Trịnh Thanh Phương");
    assertThat(pages.size() - appendix).as("the appendix of 121 rows takes several pages").isGreaterThan(1);
    for (int i = appendix; i < pages.size(); i++) {
      assertThat(pages.get(i)).as("page " + (i + 1) + " repeats the table header").contains("Các chỉ tiêu", "Số liệu");
    }
    int sig = indexOf(pages, "Trịnh Thanh Phương");
    assertThat(pages.get(sig)).contains("CHỦ TỊCH", "Nơi nhận:");
    assertThat(String.join("\f", pages)).doesNotContain("Giá trị tính lại", "Phát hiện", "- +", "**");
    // page numbers from page 2
    assertThat(pages.get(1).strip()).startsWith("2");
    // every page pdftoppm renders has ink: no blank page from a stray break
    List<Path> pngs = Looks.render(pdf, dir);
    assertThat(pngs).hasSize(pages.size());
    for (Path png : pngs) {
      assertThat(Looks.ink(png)).as(png.toString()).isGreaterThan(0.002);
    }
  }

  @Test
  void theWorkbookPrintsOnePageWideWithItsHeaderOnEveryPage() throws Exception {
    List<String> pages = Looks.pages(sheet);
    assertThat(pages.size()).as("121 rows and the findings sheet take several pages").isGreaterThan(2);
    int appendixPages = 0;
    for (String page : pages) {
      if (!page.contains("Mức độ")) {
        appendixPages++;
        // one page wide: every column of the header on every page, the last one ("Phát hiện") included
        assertThat(page).contains("Các chỉ tiêu", "Số liệu", "Giá trị tính lại", "Ghi chú", "Phát hiện");
      } else {
        assertThat(page).as("a findings-sheet page repeats its header").contains("Mức độ", "Nội dung");
      }
    }
    assertThat(appendixPages).isGreaterThan(1);
    String all = String.join("\f", pages);
    // the ratio formulas are computed by LibreOffice: 3.2.4 = 1.482 / 1.492
    assertThat(all).containsPattern("99[.,]3%");
    // the finding's years are numbers without grouping
    assertThat(all).doesNotContain("2,024", "2.024");
  }

  private static int indexOf(List<String> pages, String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
