package vn.cchc.testkit;

import java.util.List;
import vn.cchc.model.Report;

/**
 * A report written as text in one {@link TextLayout}, with what that text states: a reader of the
 * text should return {@link #stated()}, apart from source locations and source lines.
 *
 * @param text the text
 * @param layout the layout it was written in
 * @param report the report that was written
 * @param stated the report as the text states it: the issuer as the header (or, without a header, the
 *     caption or metadata line) names it, with the superior body the header names; the place only when
 *     a place-and-date line was written; the title in the case written; narrative texts with the dates
 *     of cited documents in the form written. Locations and source lines are those of {@code report}
 * @param issuerForms every form in which the text names the issuer, as written, header first ("UBND
 *     THỊ TRẤN ĐÌNH CẢ", "UBND thị trấn Đình Cả"); a reader may take the issuer from any of them. A
 *     name written over two lines is given joined by one space
 * @param rejoinedLines how many lines continue the line before them (hard-wrapped paragraphs and list
 *     items, a title over two lines): a reader that rejoins them may say so, at most once for each
 */
public record LaidOutReport(String text, TextLayout layout, Report report, Report stated, List<String> issuerForms,
    int rejoinedLines) {
  /**
   * Validates and copies.
   *
   * @param text the text
   * @param layout the layout
   * @param report the written report
   * @param stated the report as the text states it
   * @param issuerForms the issuer's forms
   * @param rejoinedLines the number of continuation lines
   * @throws IllegalArgumentException when an argument is null or the count is negative
   */
  public LaidOutReport {
    if (text == null || layout == null || report == null || stated == null || issuerForms == null || rejoinedLines < 0) {
      throw new IllegalArgumentException("laid-out report: every part is required and the count is >= 0");
    }
    issuerForms = List.copyOf(issuerForms);
  }

  /** {@return the layout and the report's number and issuer, not the whole text} */
  @Override
  public String toString() {
    return report.numberOrDraft() + " of " + report.issuer().asWritten() + " (" + report.issuer().level() + ", "
        + report.period() + ") in " + layout;
  }
}
