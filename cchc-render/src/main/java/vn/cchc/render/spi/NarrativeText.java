package vn.cchc.render.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;

/**
 * The report's narrative as a printed document shows it, for renderers of official documents (DOCX, PDF):
 * the artefacts that text copied out of an office file carries are cleaned, nothing else is changed.
 *
 * <ul>
 *   <li>a sub-bullet written "- +" (two list markers, one from the list and one typed) is shown with its own
 *       marker "+" only;</li>
 *   <li>emphasis marks of the copy, {@code *…*} around a phrase and the {@code ** …*} of an italic lead-in line,
 *       become italic text without asterisks ({@link #runs(String)});</li>
 *   <li>a numbered item of a section that has no body of its own and reads as a sentence (section IV's numbered
 *       tasks: "1. Tiếp tục triển khai … năm 2024.") is a numbered paragraph, not a heading
 *       ({@link #isNumberedParagraph(NarrativeSection)}).</li>
 * </ul>
 * The model keeps the text as written; only the rendering changes.
 */
public final class NarrativeText {
  /**
   * A phrase in single asterisks, not touching a space inside: {@code *như ứng dụng C-Thái Nguyên*}; doubled
   * asterisks ({@code **đậm**}) are left as written, being no artefact the copy is known to make.
   */
  private static final Pattern EMPHASIS = Pattern.compile("(?<!\\*)\\*(?=[^\\s*])([^*]*?[^\\s*])\\*(?!\\*)");
  /** A whole line wrapped as {@code ** text*} or {@code *text*}. */
  private static final Pattern LEAD_IN = Pattern.compile("\\*{1,3}\\s*([^*]+?)\\s*\\*{1,3}");
  private static final int LONG_HEADING = 160;

  private NarrativeText() {}

  /**
   * A piece of text with its emphasis.
   *
   * @param text the text, never null
   * @param italic whether it is shown in italics
   */
  public record Run(String text, boolean italic) {
    /**
     * A run.
     *
     * @param text the text
     * @param italic whether italic
     */
    public Run {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * The marker a list item is shown with: "+" for the doubled "- +", otherwise as written.
   *
   * @param block the block
   * @return the marker; empty for a paragraph
   */
  public static String marker(NarrativeBlock block) {
    String m = block.marker().orElse("");
    if (block.kind() == NarrativeBlock.Kind.SUB_BULLET) {
      return "+";
    }
    return m;
  }

  /**
   * The text as runs of plain and italic text, the copy's asterisks removed: {@code "** Công tác tuyên truyền:*"}
   * is one italic run "Công tác tuyên truyền:"; {@code "ứng dụng thông minh (*như ứng dụng VssID...*)."} is three
   * runs, the middle one italic. A lone asterisk that closes nothing is kept.
   *
   * @param text the text as written
   * @return the runs, in order; one plain run when there is no emphasis; empty for an empty text
   */
  public static List<Run> runs(String text) {
    List<Run> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    Matcher whole = LEAD_IN.matcher(text);
    if (text.startsWith("*") && whole.matches()) {
      out.add(new Run(whole.group(1), true));
      return out;
    }
    Matcher m = EMPHASIS.matcher(text);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(new Run(text.substring(at, m.start()), false));
      }
      out.add(new Run(m.group(1), true));
      at = m.end();
    }
    if (at < text.length()) {
      out.add(new Run(text.substring(at), false));
    }
    return out;
  }

  /**
   * The text without the copy's emphasis marks: the runs of {@link #runs(String)} joined.
   *
   * @param text the text as written
   * @return the cleaned text
   */
  public static String plain(String text) {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs(text)) {
      sb.append(r.text());
    }
    return sb.toString();
  }

  /**
   * Whether a numbered section is in fact a numbered paragraph: it has no body and no subsections, and its
   * "title" is a sentence (ends with ".", ";" or "…", or is longer than a heading is) — as the numbered tasks of
   * section IV "Phương hướng, nhiệm vụ" are written.
   *
   * @param section the section
   * @return true to render it as a paragraph beginning with its number
   */
  public static boolean isNumberedParagraph(NarrativeSection section) {
    if (!section.blocks().isEmpty() || !section.children().isEmpty()) {
      return false;
    }
    String t = section.title().strip();
    if (t.length() > LONG_HEADING) {
      return true;
    }
    return (t.endsWith(".") || t.endsWith(";") || t.endsWith("…")) && t.split("\\s+").length >= 8;
  }
}
