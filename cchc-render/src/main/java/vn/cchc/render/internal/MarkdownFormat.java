package vn.cchc.render.internal;

import java.util.Locale;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Report;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.TextRenderer;
import vn.cchc.render.spi.Label;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.rules.Finding;

/**
 * GitHub-flavoured Markdown: headings, paragraphs, lists and the appendix as a GFM table. Report text is
 * escaped with CommonMark backslash escapes only where a character would change the rendering ({@link #esc}),
 * so no text can open a link, an emphasis, raw HTML or a table cell, and the raw file reads as the report;
 * line breaks inside a table cell become spaces.
 */
final class MarkdownFormat implements TextRenderer {
  static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("markdown",
      "GitHub-flavoured Markdown with the appendix as a GFM table", "text/markdown; charset=UTF-8", "md", false);
  private static final String NL = "\n";

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** An entity or numeric reference that CommonMark would decode: "&amp;", "&#123;", "&#x1F;". */
  private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
  /** An ordered-list marker at the start of a line: "1. ", "2) ". */
  private static final java.util.regex.Pattern ORDERED = java.util.regex.Pattern.compile("([0-9]{1,9})([.)])(?=[ \\t\\n]|$)");

  /**
   * Escapes only what would change the rendering, so the raw file still reads as the report ("45/BC-UBND",
   * "1.492", "99,3%" stay as they are): anywhere, {@code \\ ` * _ [ ] < | ~} and an {@code &} that starts an
   * entity; at the start of a line, {@code # > - + =} and the "." or ")" of an ordered-list marker. Controls
   * become spaces.
   */
  static String esc(String text) {
    String s = RenderTexts.printable(DisplayWidth.nfc(text));
    StringBuilder sb = new StringBuilder(s.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (lineStart && c != ' ' && c != '\t') {
        lineStart = false;
        if (c == '#' || c == '>' || c == '-' || c == '+' || c == '=') {
          sb.append('\\').append(c);
          continue;
        }
        java.util.regex.Matcher m = ORDERED.matcher(s).region(i, s.length());
        if (m.lookingAt()) {
          sb.append(m.group(1)).append('\\').append(m.group(2));
          i = m.end() - 1;
          continue;
        }
      }
      if (c == '\n') {
        lineStart = true;
      }
      inline(s, i, c, sb);
    }
    return sb.toString();
  }

  private static void inline(String s, int i, char c, StringBuilder sb) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '|' || c == '~'
        || (c == '&' && ENTITY.matcher(s).region(i, s.length()).lookingAt())) {
      sb.append('\\');
    }
    sb.append(c);
  }

  /** Escapes for a table cell: inline escapes only (a cell holds no block), line breaks and tabs as spaces. */
  static String cell(String text) {
    String s = RenderTexts.printable(DisplayWidth.nfc(text.replace('\n', ' ').replace('\t', ' ')));
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      inline(s, i, s.charAt(i), sb);
    }
    return sb.toString().strip();
  }

  /** Escapes a paragraph: as {@link #esc}, with line breaks kept as hard breaks inside it. */
  static String para(String text) {
    return esc(text.strip()).replace("\t", " ").replace("\n", "  \n").strip();
  }

  @Override
  public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, Writer out) throws IOException {
    boolean first = true;
    for (RenderInput in : inputs) {
      if (!first) {
        out.write(NL + "---" + NL + NL);
      }
      first = false;
      report(in, options, out);
    }
    out.flush();
  }

  private void report(RenderInput in, RenderOptions o, Writer out) throws IOException {
    Report r = in.report();
    Locale l = o.locale();
    out.write("**" + esc(r.issuer().displayName()) + "**  " + NL + "Số: " + esc(r.numberOrDraft()) + NL + NL);
    out.write("**" + esc(RenderTexts.NATIONAL_NAME) + "**  " + NL + "**" + esc(RenderTexts.MOTTO) + "**" + NL + NL);
    out.write("*" + esc(RenderTexts.placeAndDate(r)) + "*" + NL + NL);
    out.write("# " + esc(Label.REPORT.text(RenderOptions.VIETNAMESE)) + ": " + esc(r.title()) + NL + NL);
    out.write("- " + esc(Label.PERIOD.text(l)) + ": " + esc(RenderTexts.period(r.period(), RenderOptions.VIETNAMESE)) + NL);
    r.period().dataWindow().ifPresent(w -> write(out, "- " + esc(Label.DATA_WINDOW.text(l)) + ": "
        + esc(RenderTexts.window(w)) + NL));
    out.write(NL);
    blocks(r.preamble(), out);
    for (NarrativeSection s : r.sections()) {
      section(s, 2, out);
    }
    blocks(r.closing(), out);
    if (!r.recipients().isEmpty()) {
      out.write("***" + esc(Label.RECIPIENTS.text(RenderOptions.VIETNAMESE)) + ":***" + NL + NL);
      for (String rec : r.recipients()) {
        out.write("- " + esc(rec.replace('\n', ' ').replace('\t', ' ').strip()) + NL);
      }
      out.write(NL);
    }
    if (r.signer().isPresent()) {
      r.signer().get().onBehalfOf().ifPresent(b -> write(out, "**" + esc(b) + "**  " + NL));
      out.write("**" + esc(r.signer().get().position()) + "**  " + NL + esc(r.signer().get().name()) + NL + NL);
    }
    if (!r.appendix().isEmpty()) {
      out.write("## " + esc(Label.APPENDIX.text(l)) + NL + NL);
      table(in, o, out);
    }
    if (o.includeFindings() && !in.narrativeFindings().isEmpty()) {
      out.write(NL + "## " + esc(Label.OTHER_FINDINGS.text(l)) + NL + NL);
      for (Finding f : in.narrativeFindings()) {
        out.write("- " + esc(RenderTexts.finding(f, l).replace('\n', ' ')) + f.sectionPath().map(p -> " " + cell("(" + p + ")")).orElse("") + NL);
      }
    }
  }

  private static void write(Writer out, String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void section(NarrativeSection s, int level, Writer out) throws IOException {
    out.write("#".repeat(Math.min(level, 6)) + " " + cell(s.marker()) + (s.title().isEmpty() ? "" : " " + cell(s.title()))
        + NL + NL);
    blocks(s.blocks(), out);
    for (NarrativeSection c : s.children()) {
      section(c, level + 1, out);
    }
  }

  private void blocks(List<NarrativeBlock> blocks, Writer out) throws IOException {
    boolean inList = false;
    for (NarrativeBlock b : blocks) {
      switch (b.kind()) {
        case PARAGRAPH:
          if (inList) {
            out.write(NL);
            inList = false;
          }
          out.write(para(b.text()) + NL + NL);
          break;
        case BULLET:
          out.write("- " + para(b.text()) + NL);
          inList = true;
          break;
        default:
          out.write("  - " + para(b.text()) + NL);
          inList = true;
      }
    }
    if (inList) {
      out.write(NL);
    }
  }

  private void table(RenderInput in, RenderOptions o, Writer out) throws IOException {
    List<Rows.Column> cols = Rows.columns(in, o);
    List<String> head = new ArrayList<>();
    List<String> align = new ArrayList<>();
    for (Rows.Column c : cols) {
      head.add(cell(c.header(o.locale())));
      align.add(c.numeric() ? "---:" : "---");
    }
    out.write("| " + String.join(" | ", head) + " |" + NL);
    out.write("|" + String.join("|", align) + "|" + NL);
    for (AppendixEntry e : in.report().appendix()) {
      List<String> cells = new ArrayList<>();
      for (Rows.Column c : cols) {
        String text = cell(Rows.cell(c, in, e, o));
        if (c == Rows.Column.INDICATOR && Rows.isChild(in, e)) {
          text = "— " + text;
        } else if (c == Rows.Column.FINDINGS && !text.isEmpty()) {
          text = "**" + text + "**";
        }
        cells.add(text);
      }
      out.write("| " + String.join(" | ", cells) + " |" + NL);
    }
  }
}
