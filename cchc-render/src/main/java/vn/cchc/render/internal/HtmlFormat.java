package vn.cchc.render.internal;

import java.util.Locale;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;
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
 * One self-contained HTML5 page (inline CSS, no script, no external resource): metadata header,
 * narrative, the appendix table with units, derived values and findings on their rows, and the
 * findings that concern no row. Every piece of report text — in element content and in attribute
 * values, which are always double-quoted — goes through unbescape's HTML escaper at level 1
 * (the five markup-significant characters {@code < > & " '}); Vietnamese letters stay literal UTF-8.
 * Markup is written only from constants of this class.
 */
final class HtmlFormat implements TextRenderer {
  static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("html",
      "One self-contained HTML page: header, narrative, appendix table with findings", "text/html; charset=UTF-8",
      "html", false);

  private static final String CSS = "body{font-family:'Times New Roman','DejaVu Serif','Noto Serif',serif;"
      + "max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111}"
      + "header.cchc-head{display:flex;justify-content:space-between;gap:2rem;text-align:center}"
      + ".issuer{font-weight:bold}.nation{font-weight:bold}.motto{font-weight:bold;text-decoration:underline}"
      + ".place-date{font-style:italic;text-align:right}h1{text-align:center;font-size:1.3rem}"
      + "p.title{text-align:center;font-weight:bold}dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}"
      + "dt{font-weight:bold}ul.blocks{list-style:none;padding-left:1rem}li.sub{padding-left:1.5rem}"
      + "table{border-collapse:collapse;width:100%;margin:1rem 0}caption{font-weight:bold;padding:.5rem}"
      + "th,td{border:1px solid #555;padding:.25rem .4rem;vertical-align:top;text-align:left}tbody th{font-weight:normal}thead th{background:#eee}"
      + "td.num{text-align:right;white-space:nowrap}tr.child .label{padding-left:1.5rem;font-style:italic}"
      + "tr.finding-error{background:#fde2e2}tr.finding-warning{background:#fff4cc}tr.finding-info{background:#e6f0ff}"
      + "ul.findings{margin:0;padding-left:1rem}.sev{font-weight:bold}ol.explanations{margin:.2rem 0 0;padding-left:1.2rem;font-size:.92em}"
      + ".signature{display:flex;justify-content:space-between;gap:2rem;margin-top:2rem}"
      + ".recipients{font-size:.9rem}.sign{text-align:center;font-weight:bold}article+article{border-top:3px double #333;margin-top:3rem}"
      // the summary box, and flagged narrative paragraphs
      + "section.summary{border:2px solid #555;border-radius:4px;padding:.5rem 1rem;margin:1rem 0;background:#fafafa}"
      + "section.summary h2{font-size:1.1rem;margin:.2rem 0}ul.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}"
      + ".count-error{color:#a00000}.count-warning{color:#8a6d00}.count-info{color:#1f4e9a}"
      + ".flagged.finding-error{background:#fde2e2}.flagged.finding-warning{background:#fff4cc}.flagged.finding-info{background:#e6f0ff}"
      + "sup.flag a{text-decoration:none;font-weight:bold}"
      // a phone: the table scrolls inside its box, the page never runs off the screen
      + ".table-wrap{overflow-x:auto;max-width:100%}thead{display:table-header-group}"
      + "@media (max-width:600px){body{margin:.5rem auto;padding:0 .5rem}header.cchc-head,.signature{flex-direction:column;gap:.5rem}"
      + ".place-date{text-align:center}dl.meta{grid-template-columns:1fr}}"
      // print: A4 with the decree's margins, the table's header repeated on every page, rows not split
      + "@media print{@page{size:A4;margin:20mm 15mm 20mm 30mm}body{max-width:none;margin:0;padding:0;font-size:12pt}"
      + ".table-wrap{overflow:visible}tr,section.summary,.signature{break-inside:avoid}h1,h2,h3,h4,h5,h6{break-after:avoid}"
      + "thead{display:table-header-group}a{color:inherit}}";

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** Writes text escaped for element content or a double-quoted attribute value. */
  static void text(Writer out, String s) throws IOException {
    HtmlEscape.escapeHtml(RenderTexts.printable(DisplayWidth.nfc(s)), out,
        HtmlEscapeType.HTML5_NAMED_REFERENCES_DEFAULT_TO_DECIMAL, HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT);
  }

  /** Writes {@code <tag attrs>text</tag>}; {@code attrs} is a constant of this class. */
  private static void el(Writer out, String open, String s, String close) throws IOException {
    out.write(open);
    text(out, s);
    out.write(close);
  }

  @Override
  public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, Writer out) throws IOException {
    Iterator<? extends RenderInput> it = inputs.iterator();
    RenderInput first = it.hasNext() ? it.next() : null;
    boolean batch = first != null && it.hasNext();
    out.write("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"cchc\">\n<title>");
    if (first == null || batch) {
      text(out, Label.BATCH_TITLE.text(options.locale()));
    } else {
      text(out, first.report().numberOrDraft() + " – " + first.report().title());
    }
    out.write("</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n");
    // in a batch, ids carry the report's position so that they stay unique in the page
    int n = 1;
    if (first != null) {
      report(first, options, out, batch ? "r1-" : "");
    }
    while (it.hasNext()) {
      report(it.next(), options, out, "r" + (++n) + "-");
    }
    out.write("</body>\n</html>\n");
    out.flush();
  }

  private void report(RenderInput in, RenderOptions o, Writer out, String idPrefix) throws IOException {
    Report r = in.report();
    Locale l = o.locale();
    String uiLang = " lang=\"" + l.toLanguageTag() + "\"";
    out.write("<article class=\"cchc-report\" id=\"");
    text(out, idPrefix + "report-" + r.numberOrDraft());
    out.write("\">\n<header class=\"cchc-head\">\n<div>");
    el(out, "<div class=\"issuer\">", r.issuer().displayName(), "</div>");
    el(out, "<div class=\"number\">Số: ", r.numberOrDraft(), "</div>");
    out.write("</div>\n<div>");
    el(out, "<div class=\"nation\">", RenderTexts.NATIONAL_NAME, "</div>");
    el(out, "<div class=\"motto\">", RenderTexts.MOTTO, "</div>");
    el(out, "<p class=\"place-date\">", RenderTexts.placeAndDate(r), "</p>");
    out.write("</div>\n</header>\n");
    el(out, "<h1>", Label.REPORT.text(RenderOptions.VIETNAMESE), "</h1>\n");
    el(out, "<p class=\"title\">", r.title(), "</p>\n");
    out.write("<dl class=\"meta\"" + uiLang + ">\n");
    meta(out, Label.NUMBER.text(l), r.numberOrDraft());
    meta(out, Label.ISSUE_DATE.text(l), r.issueDate().map(RenderTexts::date).orElse(""));
    meta(out, Label.ISSUER.text(l), r.issuer().displayName());
    meta(out, Label.PERIOD.text(l), RenderTexts.period(r.period(), RenderOptions.VIETNAMESE));
    if (r.period().dataWindow().isPresent()) {
      meta(out, Label.DATA_WINDOW.text(l), RenderTexts.window(r.period().dataWindow().get()));
    }
    if (r.signer().isPresent()) {
      meta(out, Label.SIGNER.text(l), r.signer().get().position() + " " + r.signer().get().name());
    }
    out.write("</dl>\n");
    summary(in, o, out, idPrefix);
    java.util.Map<Integer, List<Finding>> byLine = new java.util.HashMap<>();
    if (o.includeFindings()) {
      for (Finding f : in.narrativeFindings()) {
        f.location().ifPresent(x -> byLine.computeIfAbsent(x.line(), k -> new java.util.ArrayList<>()).add(f));
      }
    }
    Flags flags = new Flags(byLine, in.narrativeFindings(), l, idPrefix);
    out.write("<section class=\"narrative\">\n");
    blocks(r.preamble(), out, flags);
    for (NarrativeSection s : r.sections()) {
      section(s, 2, out, flags);
    }
    blocks(r.closing(), out, flags);
    out.write("</section>\n<div class=\"signature\">\n<div class=\"recipients\">");
    if (!r.recipients().isEmpty()) {
      el(out, "<p><strong><em>", Label.RECIPIENTS.text(RenderOptions.VIETNAMESE) + ":", "</em></strong></p>\n<ul>");
      for (String rec : r.recipients()) {
        el(out, "<li>", rec, "</li>");
      }
      out.write("</ul>");
    }
    out.write("</div>\n<div class=\"sign\">");
    if (r.signer().isPresent()) {
      if (r.signer().get().onBehalfOf().isPresent()) {
        el(out, "<div>", r.signer().get().onBehalfOf().get(), "</div>");
      }
      el(out, "<div>", r.signer().get().position(), "</div>");
      el(out, "<div class=\"signer-name\">", r.signer().get().name(), "</div>");
    }
    out.write("</div>\n</div>\n");
    if (!r.appendix().isEmpty()) {
      table(in, o, out, idPrefix);
    }
    if (o.includeFindings() && !in.narrativeFindings().isEmpty()) {
      out.write("<section class=\"other-findings\"" + uiLang + ">\n");
      el(out, "<h2>", Label.OTHER_FINDINGS.text(l), "</h2>\n<ul class=\"findings\">\n");
      List<Finding> nf = in.narrativeFindings();
      for (int i = 0; i < nf.size(); i++) {
        Finding f = nf.get(i);
        finding(f, l, out, idPrefix + "nf-" + (i + 1));
        f.sectionPath().ifPresent(p -> {
          try {
            el(out, " <span class=\"where\">(", p, ")</span>");
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        out.write("</li>\n");
      }
      out.write("</ul>\n</section>\n");
    }
    out.write("</article>\n");
  }

  private static void meta(Writer out, String term, String value) throws IOException {
    el(out, "<dt>", term, "</dt>");
    el(out, "<dd>", value, "</dd>\n");
  }

  private static void finding(Finding f, Locale l, Writer out) throws IOException {
    finding(f, l, out, null);
  }

  private static void finding(Finding f, Locale l, Writer out, String id) throws IOException {
    out.write("<li");
    if (id != null) {
      out.write(" id=\"");
      text(out, id);
      out.write("\"");
    }
    // the rule id is for programs: an attribute, not part of the sentence a person reads
    out.write(" class=\"finding finding-" + f.severity().name().toLowerCase(java.util.Locale.ROOT) + "\" data-rule=\"");
    text(out, f.ruleId());
    out.write("\">");
    el(out, "<span class=\"sev\">", RenderTexts.severity(f.severity(), l), "</span>: ");
    text(out, f.message(l));
    if (f.location().isPresent()) {
      el(out, " <span class=\"line\">(", RenderTexts.line(f.location().get().line(), l), ")</span>");
    }
    if (!f.explanations().isEmpty()) {
      out.write("<ol class=\"explanations\">");
      for (vn.cchc.rules.Explanation e : f.explanations()) {
        out.write("<li class=\"explanation\" data-cause=\"");
        text(out, e.causeId());
        out.write("\">");
        el(out, "<span class=\"cause-label\">", Label.LIKELY_CAUSE.text(l) + " " + e.rank(), "</span>: ");
        text(out, e.message(l));
        el(out, " <code class=\"cause\">", e.causeId(), "</code>");
        out.write("</li>");
      }
      out.write("</ol>");
    }
  }

  /**
   * The narrative findings by source line: the paragraph of a flagged line gets the class of its most severe
   * finding and a numbered mark linking to the finding in the list below.
   */
  private static final class Flags {
    final java.util.Map<Integer, List<Finding>> byLine;
    final List<Finding> all;
    final Locale l;
    final String idPrefix;

    Flags(java.util.Map<Integer, List<Finding>> byLine, List<Finding> all, Locale l, String idPrefix) {
      this.byLine = byLine;
      this.all = all;
      this.l = l;
      this.idPrefix = idPrefix;
    }

    List<Finding> at(int line) {
      return byLine.getOrDefault(line, List.of());
    }

    String cls(int line) {
      return at(line).stream().map(Finding::severity).min(Enum::compareTo)
          .map(sv -> " class=\"flagged finding-" + sv.name().toLowerCase(java.util.Locale.ROOT) + "\"").orElse("");
    }

    void marks(int line, Writer out) throws IOException {
      for (Finding f : at(line)) {
        int n = indexOf(f) + 1;
        out.write(" <sup class=\"flag\"><a href=\"#");
        text(out, idPrefix + "nf-" + n);
        out.write("\" title=\"");
        text(out, RenderTexts.finding(f, l));
        out.write("\">");
        text(out, RenderTexts.severity(f.severity(), l) + " " + n);
        out.write("</a></sup>");
      }
    }

    private int indexOf(Finding f) {
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i) == f) {
          return i;
        }
      }
      return -1;
    }
  }

  /** The summary box: findings counted by severity, and the report's ratios with their recomputed values. */
  private void summary(RenderInput in, RenderOptions o, Writer out, String idPrefix) throws IOException {
    Locale l = o.locale();
    List<AppendixEntry> ratios = new java.util.ArrayList<>();
    for (AppendixEntry e : in.report().appendix()) {
      if (e.value().state() == vn.cchc.model.ValueState.PERCENTAGE && in.derivedFor(e.indicatorId()).isPresent()
          && o.includeDerived()) {
        ratios.add(e);
      }
    }
    if (!(o.includeFindings() && !in.findings().isEmpty()) && ratios.isEmpty()) {
      return;
    }
    out.write("<section class=\"summary\" lang=\"" + l.toLanguageTag() + "\">\n");
    el(out, "<h2>", Label.SUMMARY.text(l), "</h2>\n");
    if (o.includeFindings()) {
      out.write("<ul class=\"counts\">");
      for (vn.cchc.rules.Severity sv : vn.cchc.rules.Severity.values()) {
        long n = in.findings().stream().filter(f -> f.severity() == sv).count();
        String name = sv.name().toLowerCase(java.util.Locale.ROOT);
        out.write("<li class=\"count-" + name + "\" data-severity=\"" + name + "\" data-count=\"" + n + "\">");
        el(out, "<strong>", Long.toString(n), "</strong> ");
        text(out, RenderTexts.severity(sv, l));
        out.write("</li>");
      }
      out.write("</ul>\n");
    }
    if (!ratios.isEmpty()) {
      el(out, "<h3>", Label.KEY_RATIOS.text(l), "</h3>\n<table class=\"ratios\"><thead><tr>");
      el(out, "<th scope=\"col\">", Label.CODE.text(l), "</th>");
      el(out, "<th scope=\"col\">", Label.INDICATOR.text(l), "</th>");
      el(out, "<th scope=\"col\">", Label.VALUE.text(l), "</th>");
      el(out, "<th scope=\"col\">", Label.DERIVED.text(l), "</th></tr></thead><tbody>\n");
      for (AppendixEntry e : ratios) {
        out.write("<tr><td><a href=\"#");
        text(out, idPrefix + "ind-" + e.indicatorId());
        out.write("\">");
        text(out, Rows.code(e));
        out.write("</a></td>");
        el(out, "<th scope=\"row\">", e.label(), "</th>");
        el(out, "<td class=\"num\">", RenderTexts.value(e.value(), in.catalogue()) + "%", "</td>");
        el(out, "<td class=\"num\">", Rows.derived(in, e, o) + "%", "</td></tr>\n");
      }
      out.write("</tbody></table>\n");
    }
    out.write("</section>\n");
  }

  private void section(NarrativeSection s, int level, Writer out, Flags flags) throws IOException {
    int h = Math.min(level, 6);
    int line = s.location().line();
    out.write("<section class=\"level-" + level + "\">\n<h" + h + flags.cls(line) + ">");
    text(out, s.marker() + (s.title().isEmpty() ? "" : " " + s.title()));
    flags.marks(line, out);
    out.write("</h" + h + ">\n");
    blocks(s.blocks(), out, flags);
    for (NarrativeSection c : s.children()) {
      section(c, level + 1, out, flags);
    }
    out.write("</section>\n");
  }

  private void blocks(List<NarrativeBlock> blocks, Writer out, Flags flags) throws IOException {
    boolean inList = false;
    for (NarrativeBlock b : blocks) {
      if (b.kind() == NarrativeBlock.Kind.PARAGRAPH) {
        if (inList) {
          out.write("</ul>\n");
          inList = false;
        }
        int line = b.location().line();
        out.write("<p" + flags.cls(line) + ">");
        text(out, b.text());
        flags.marks(line, out);
        out.write("</p>\n");
      } else {
        if (!inList) {
          out.write("<ul class=\"blocks\">\n");
          inList = true;
        }
        String fl = flags.cls(b.location().line());
        String cls = (b.kind() == NarrativeBlock.Kind.SUB_BULLET ? "sub " : "") + (fl.isEmpty() ? "" : fl.substring(8, fl.length() - 1));
        out.write(cls.isBlank() ? "<li>" : "<li class=\"" + cls.strip() + "\">");
        el(out, "<span class=\"marker\">", b.marker().orElse(""), "</span> ");
        text(out, b.text());
        flags.marks(b.location().line(), out);
        out.write("</li>\n");
      }
    }
    if (inList) {
      out.write("</ul>\n");
    }
  }

  private void table(RenderInput in, RenderOptions o, Writer out, String idPrefix) throws IOException {
    Locale l = o.locale();
    boolean derived = o.includeDerived() && !in.derivedValues().isEmpty();
    boolean findings = o.includeFindings() && !in.findings().isEmpty();
    out.write("<section class=\"appendix\">\n");
    el(out, "<h2>", Label.APPENDIX.text(l), "</h2>\n");
    out.write("<div class=\"table-wrap\">\n<table class=\"appendix\">\n");
    el(out, "<caption>", Label.APPENDIX_CAPTION.text(l) + " – " + in.report().numberOrDraft() + ", "
        + RenderTexts.period(in.report().period(), RenderOptions.VIETNAMESE), "</caption>\n");
    out.write("<thead><tr>");
    el(out, "<th scope=\"col\">", Label.CODE.text(l), "</th>");
    el(out, "<th scope=\"col\">", Label.INDICATOR.text(l), "</th>");
    el(out, "<th scope=\"col\">", Label.UNIT.text(l), "</th>");
    el(out, "<th scope=\"col\">", Label.VALUE.text(l), "</th>");
    if (derived) {
      el(out, "<th scope=\"col\">", Label.DERIVED.text(l), "</th>");
    }
    el(out, "<th scope=\"col\">", Label.NOTE.text(l), "</th>");
    if (findings) {
      el(out, "<th scope=\"col\">", Label.FINDINGS.text(l), "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    for (AppendixEntry e : in.report().appendix()) {
      List<Finding> fs = Rows.findings(in, e, o);
      StringBuilder cls = new StringBuilder(Rows.isChild(in, e) ? "child" : "coded");
      fs.stream().map(f -> f.severity()).min(Enum::compareTo).ifPresent(
          s -> cls.append(" finding-").append(s.name().toLowerCase(java.util.Locale.ROOT)));
      out.write("<tr class=\"" + cls + "\" id=\"");
      text(out, idPrefix + "ind-" + e.indicatorId());
      out.write("\" data-indicator=\"");
      text(out, e.indicatorId());
      out.write("\" data-state=\"" + e.value().state().name() + "\">");
      el(out, "<td class=\"code\">", Rows.code(e), "</td>");
      el(out, "<th scope=\"row\" class=\"label\">", e.label(), "</th>");
      el(out, "<td class=\"unit\">", e.unitAsWritten(), "</td>");
      el(out, "<td class=\"num value\">", RenderTexts.value(e.value(), in.catalogue()), "</td>");
      if (derived) {
        el(out, "<td class=\"num derived\">", Rows.derived(in, e, o), "</td>");
      }
      el(out, "<td class=\"note\">", e.note().orElse(""), "</td>");
      if (findings) {
        out.write("<td class=\"findings\">");
        if (!fs.isEmpty()) {
          out.write("<ul class=\"findings\">");
          for (Finding f : fs) {
            finding(f, l, out);
            out.write("</li>");
          }
          out.write("</ul>");
        }
        out.write("</td>");
      }
      out.write("</tr>\n");
    }
    out.write("</tbody>\n</table>\n</div>\n</section>\n");
  }
}
