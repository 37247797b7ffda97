package vn.cchc.testkit;

import java.util.Objects;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;

/**
 * Writes a {@link Report} as report text in a chosen {@link TextLayout}: test input for text readers,
 * in every layout real reports come in. The writers are independent of the project's renderers and
 * of the reader: they write what published reports look like, not what a reader expects.
 *
 * <p>What is written, in order: the header the layout chooses (none, a metadata sentence, or the
 * Nghị định 30 header), "BÁO CÁO" and the title, the narrative (preamble, sections with their
 * headings, paragraphs and list items, closing), "Nơi nhận:" with the recipients, the signature, the
 * appendix heading, the appendix title, the caption "(Kèm theo Báo cáo số … ngày … của …)" and the
 * table with one row per appendix entry ("Trong đó" in the STT cell of the first child row, as the
 * sample). Blocks are separated by blank lines; a hard-wrapped block has no blank line between its
 * pieces and is never cut before a word that could start a heading, a list item or another part of
 * the report ("- ", "1.2.", "a.", "Trên đây", "Nơi nhận", …), so the text has one reading.
 *
 * <pre>{@code
 * Report report = ReportGenerators.consistent(catalogue).generate(42L);
 * LaidOutReport laid = TextLayouts.layOut(report, catalogue, TextLayout.random(new SplittableRandom(7)));
 * ReadResult read = ReportTextReader.of(catalogue).readTextLenient(laid.text());
 * // read.report() should equal laid.stated() apart from locations and source lines
 * }</pre>
 */
public final class TextLayouts {
  private TextLayouts() {}

  /**
   * The report as text in a layout.
   *
   * @param report a report with a number and an issue date (not a draft) matched to {@code catalogue}
   * @param catalogue the catalogue the report's appendix is matched to
   * @param layout the layout
   * @return the text
   * @throws IllegalArgumentException when the report is a draft without number or date, or belongs to another catalogue
   */
  public static String write(Report report, Catalogue catalogue, TextLayout layout) {
    return layOut(report, catalogue, layout).text();
  }

  /**
   * The report as text in a layout, with what the text states (the expectation for a reader).
   *
   * @param report a report with a number and an issue date (not a draft) matched to {@code catalogue}
   * @param catalogue the catalogue the report's appendix is matched to
   * @param layout the layout
   * @return the text, the layout, the report, and what the text states
   * @throws IllegalArgumentException when the report is a draft without number or date, or belongs to another catalogue
   */
  public static LaidOutReport layOut(Report report, Catalogue catalogue, TextLayout layout) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(layout, "layout");
    if (!report.catalogueId().equals(catalogue.id())) {
      throw new IllegalArgumentException("report " + report.numberOrDraft() + " is matched to catalogue "
          + report.catalogueId() + ", not " + catalogue.id());
    }
    if (report.number().isEmpty() || report.issueDate().isEmpty()) {
      throw new IllegalArgumentException("report " + report.numberOrDraft() + " has no number or no issue date: "
          + "the layouts write issued reports only");
    }
    return new LayoutWriter(report, layout).write();
  }
}
