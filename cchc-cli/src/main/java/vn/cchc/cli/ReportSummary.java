package vn.cchc.cli;

import java.io.PrintWriter;
import java.util.Locale;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.rules.units.AdministrativeLevels;

/**
 * The human-readable form of {@code cchc read}: metadata, narrative outline, references and the appendix, its
 * labels in {@code --lang} (the report's own text — titles, names, values as written — as it is). Dates are
 * {@link java.time.LocalDate} arguments, written dd/MM/yyyy in Vietnamese and English.
 */
final class ReportSummary {
  private ReportSummary() {}

  static void print(Report r, Locale locale, PrintWriter out) {
    out.println(r.issueDate().map(d -> Texts.text(locale, "summary.heading.dated", r.numberOrDraft(), d))
        .orElseGet(() -> Texts.text(locale, "summary.heading", r.numberOrDraft())));
    out.println(Texts.text(locale, "summary.issuer", r.issuer().displayName(),
        AdministrativeLevels.text(r.issuer().level())));
    out.println(Texts.text(locale, "summary.title", r.title()));
    out.println(Texts.text(locale, "summary.period", period(r.period(), locale)));
    r.signer().ifPresent(s -> out.println(Texts.text(locale, "summary.signer", s.position(), s.name())));
    out.println(Texts.text(locale, "summary.recipients", String.join("; ", r.recipients())));
    out.println(Texts.text(locale, "summary.catalogue", r.catalogueId()));
    out.println();
    out.println(Texts.text(locale, "summary.contents"));
    for (NarrativeSection s : r.sections()) {
      outline(s, 1, out);
    }
    out.println();
    // counts as text, never grouped, as they have always been written
    out.println(Texts.text(locale, "summary.references", Integer.toString(r.references().size())));
    for (DocumentReference ref : r.references()) {
      out.println("  " + ref.location() + "  " + ref.typeWord().map(w -> w + " ").orElse("") + ref.number().asWritten()
          + ref.date().map(d -> " " + Texts.text(locale, "summary.reference.date", d)).orElse("")
          + "  [" + ref.sectionPath() + "]");
    }
    out.println();
    out.println(Texts.text(locale, "summary.appendix", Integer.toString(r.appendix().size())));
    String blank = Texts.text(locale, "summary.blank");
    for (AppendixEntry e : r.appendix()) {
      String value = e.value().asWritten().isEmpty() ? blank : e.value().asWritten();
      out.println("  " + pad(e.indicatorId(), 18) + pad(value, 10) + pad(e.unitAsWritten(), 12) + e.label());
    }
  }

  private static void outline(NarrativeSection s, int depth, PrintWriter out) {
    out.println("  ".repeat(depth) + s.marker() + " " + abbreviate(s.title(), 90));
    for (NarrativeSection c : s.children()) {
      outline(c, depth + 1, out);
    }
  }

  private static String period(ReportingPeriod p, Locale locale) {
    String base = Texts.text(locale, "summary.period.value",
        Texts.text(locale, "period-kind." + p.kind().name().toLowerCase(Locale.ROOT)), Integer.toString(p.index()),
        Integer.toString(p.year()));
    return p.dataWindow().map(w -> Texts.text(locale, "summary.period.window", base, w.from(), w.to())).orElse(base);
  }

  private static String abbreviate(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static String pad(String s, int width) {
    int len = s.codePointCount(0, s.length());
    return len >= width ? s + " " : s + " ".repeat(width - len);
  }
}
