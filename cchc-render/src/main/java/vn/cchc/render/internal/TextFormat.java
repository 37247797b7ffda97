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

/** Plain UTF-8 text: the report as a reader sees it, with the appendix in aligned columns. */
final class TextFormat implements TextRenderer {
  static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("text",
      "Plain text, appendix in aligned columns (display widths of Vietnamese text)", "text/plain; charset=UTF-8",
      "txt", false);
  private static final String NL = "\n";
  private static final int LABEL_MAX = 48;
  private static final int UNIT_MAX = 16;
  private static final int NOTE_MAX = 24;
  private static final int FINDING_MAX = 40;

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, Writer out) throws IOException {
    boolean first = true;
    for (RenderInput in : inputs) {
      if (!first) {
        out.write(NL + "=".repeat(80) + NL + NL);
      }
      first = false;
      report(in, options, out);
    }
    out.flush();
  }

  private static String t(String s) {
    return RenderTexts.printable(DisplayWidth.nfc(s));
  }

  private void report(RenderInput in, RenderOptions o, Writer out) throws IOException {
    Report r = in.report();
    Locale l = o.locale();
    String left1 = t(r.issuer().displayName());
    String left2 = "Số: " + t(r.numberOrDraft());
    int lw = Math.max(DisplayWidth.of(left1), DisplayWidth.of(left2)) + 4;
    out.write(DisplayWidth.padRight(left1, lw) + RenderTexts.NATIONAL_NAME + NL);
    out.write(DisplayWidth.padRight(left2, lw) + RenderTexts.MOTTO + NL);
    out.write(" ".repeat(lw) + t(RenderTexts.placeAndDate(r)) + NL + NL);
    out.write(Label.REPORT.text(RenderOptions.VIETNAMESE) + NL + t(r.title()) + NL + NL);
    blocks(r.preamble(), out);
    for (NarrativeSection s : r.sections()) {
      section(s, out);
    }
    blocks(r.closing(), out);
    if (!r.recipients().isEmpty()) {
      out.write(Label.RECIPIENTS.text(RenderOptions.VIETNAMESE) + ":" + NL);
      for (String rec : r.recipients()) {
        out.write("- " + t(rec) + NL);
      }
      out.write(NL);
    }
    if (r.signer().isPresent()) {
      r.signer().get().onBehalfOf().ifPresent(b -> write(out, t(b) + NL));
      out.write(t(r.signer().get().position()) + NL + t(r.signer().get().name()) + NL + NL);
    }
    if (!r.appendix().isEmpty()) {
      out.write(Label.APPENDIX.text(l) + NL + Label.APPENDIX_CAPTION.text(l) + NL + NL);
      table(in, o, out);
    }
    if (o.includeFindings() && !in.narrativeFindings().isEmpty()) {
      out.write(NL + Label.OTHER_FINDINGS.text(l) + NL);
      for (Finding f : in.narrativeFindings()) {
        out.write("- " + t(RenderTexts.finding(f, l)) + f.sectionPath().map(p -> " @" + t(p)).orElse("") + NL);
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

  private void section(NarrativeSection s, Writer out) throws IOException {
    out.write(t(s.marker()) + (s.title().isEmpty() ? "" : " " + t(s.title())) + NL + NL);
    blocks(s.blocks(), out);
    for (NarrativeSection c : s.children()) {
      section(c, out);
    }
  }

  private void blocks(List<NarrativeBlock> blocks, Writer out) throws IOException {
    for (NarrativeBlock b : blocks) {
      String indent = b.kind() == NarrativeBlock.Kind.SUB_BULLET ? "  " : "";
      out.write(indent + b.marker().map(m -> t(m) + " ").orElse("") + t(b.text()) + NL + NL);
    }
  }

  private void table(RenderInput in, RenderOptions o, Writer out) throws IOException {
    List<Rows.Column> cols = Rows.columns(in, o);
    List<String> head = new ArrayList<>();
    for (Rows.Column c : cols) {
      head.add(c.header(o.locale()));
    }
    List<List<List<String>>> rows = new ArrayList<>();
    for (AppendixEntry e : in.report().appendix()) {
      List<List<String>> wrapped = new ArrayList<>();
      for (Rows.Column c : cols) {
        String text = (c == Rows.Column.INDICATOR && Rows.isChild(in, e) ? "  " : "") + t(Rows.cell(c, in, e, o));
        wrapped.add(DisplayWidth.wrap(text.replace('\t', ' '), maxWidth(c)));
      }
      rows.add(wrapped);
    }
    int[] width = new int[head.size()];
    for (int c = 0; c < head.size(); c++) {
      width[c] = DisplayWidth.of(head.get(c));
    }
    for (List<List<String>> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        for (String line : row.get(c)) {
          width[c] = Math.max(width[c], DisplayWidth.of(line));
        }
      }
    }
    StringBuilder sep = new StringBuilder();
    StringBuilder h = new StringBuilder();
    for (int c = 0; c < head.size(); c++) {
      h.append(c == 0 ? "" : "  ").append(cols.get(c).numeric() ? DisplayWidth.padLeft(head.get(c), width[c])
          : DisplayWidth.padRight(head.get(c), width[c]));
      sep.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
    }
    out.write(h.toString().stripTrailing() + NL + sep + NL);
    for (List<List<String>> row : rows) {
      int height = row.stream().mapToInt(List::size).max().orElse(1);
      for (int k = 0; k < height; k++) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.size(); c++) {
          String cell = k < row.get(c).size() ? row.get(c).get(k) : "";
          line.append(c == 0 ? "" : "  ").append(cols.get(c).numeric() ? DisplayWidth.padLeft(cell, width[c])
              : DisplayWidth.padRight(cell, width[c]));
        }
        out.write(line.toString().stripTrailing() + NL);
      }
    }
  }

  /** The widest a column may grow before its text wraps. */
  private static int maxWidth(Rows.Column c) {
    switch (c) {
      case CODE: return 10;
      case INDICATOR: return LABEL_MAX;
      case UNIT: return UNIT_MAX;
      case NOTE: return NOTE_MAX;
      case FINDINGS: return FINDING_MAX;
      default: return 16;
    }
  }
}
