package vn.cchc.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;

/** The human-readable form of {@code cchc read}: metadata, narrative outline, references and the appendix. */
final class ReportSummary {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private ReportSummary() {}

  static void print(Report r, PrintWriter out) {
    out.println("Báo cáo số " + r.numberOrDraft() + r.issueDate().map(d -> " ngày " + DATE.format(d)).orElse(""));
    out.println("Đơn vị:    " + r.issuer().displayName() + " (" + r.issuer().level().label() + ")");
    out.println("Tiêu đề:   " + r.title());
    out.println("Kỳ:        " + period(r.period()));
    r.signer().ifPresent(s -> out.println("Ký:        " + s.position() + " " + s.name()));
    out.println("Nơi nhận:  " + String.join("; ", r.recipients()));
    out.println("Danh mục:  " + r.catalogueId());
    out.println();
    out.println("Nội dung:");
    for (NarrativeSection s : r.sections()) {
      outline(s, 1, out);
    }
    out.println();
    out.println("Văn bản được dẫn (" + r.references().size() + "):");
    for (DocumentReference ref : r.references()) {
      out.println("  " + ref.location() + "  " + ref.typeWord().map(w -> w + " ").orElse("") + ref.number().asWritten()
          + ref.date().map(d -> " ngày " + DATE.format(d)).orElse("") + "  [" + ref.sectionPath() + "]");
    }
    out.println();
    out.println("Phụ lục (" + r.appendix().size() + " chỉ tiêu):");
    for (AppendixEntry e : r.appendix()) {
      String value = e.value().asWritten().isEmpty() ? "(trống)" : e.value().asWritten();
      out.println("  " + pad(e.indicatorId(), 18) + pad(value, 10) + pad(e.unitAsWritten(), 12) + e.label());
    }
  }

  private static void outline(NarrativeSection s, int depth, PrintWriter out) {
    out.println("  ".repeat(depth) + s.marker() + " " + abbreviate(s.title(), 90));
    for (NarrativeSection c : s.children()) {
      outline(c, depth + 1, out);
    }
  }

  private static String period(ReportingPeriod p) {
    String base = p.kind().label() + " " + p.index() + "/" + p.year();
    return p.dataWindow().map(w -> base + " (số liệu từ " + DATE.format(w.from()) + " đến " + DATE.format(w.to()) + ")")
        .orElse(base);
  }

  private static String abbreviate(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static String pad(String s, int width) {
    int len = s.codePointCount(0, s.length());
    return len >= width ? s + " " : s + " ".repeat(width - len);
  }
}
