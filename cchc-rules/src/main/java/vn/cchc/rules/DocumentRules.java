package vn.cchc.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.DocumentType;

/**
 * doc.*: the documents cited in the narrative — type word against symbol, a decree or circular
 * cited without the year in its symbol, date year against the
 * years of the subject, one number with two symbols or two dates, numbers out of date order within
 * one issuer and year. Internal.
 */
final class DocumentRules implements Rule {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2})(?!\\d)");
  private static final Pattern NAM_YEAR = Pattern.compile("năm\\s+(19\\d{2}|20\\d{2})(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Types that are always legal normative documents, whose symbol carries the year of issue
   * ("số/năm/ký hiệu": Luật Ban hành văn bản quy phạm pháp luật 2015, Art. 8; "45/2020/NĐ-CP").
   */
  private static final java.util.Set<DocumentType> LEGAL_NORMATIVE_WITH_YEAR =
      java.util.EnumSet.of(DocumentType.DECREE, DocumentType.CIRCULAR);

  @Override
  public String id() {
    return "doc";
  }

  private static ImmutableFinding.Builder at(ImmutableFinding.Builder b, DocumentReference r) {
    b.location(r.location());
    if (!r.sectionPath().isBlank()) {
      b.sectionPath(r.sectionPath());
    }
    return b;
  }

  private static String date(LocalDate d) {
    return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<DocumentReference> refs = ctx.report().references();
    for (DocumentReference r : refs) {
      Optional<DocumentType> word = r.typeWord().flatMap(DocumentType::ofLabel);
      Optional<DocumentType> symbol = r.number().type();
      if (word.isPresent() && symbol.isPresent() && word.get() != symbol.get()) {
        out.add(at(Findings.of("doc.type-symbol", Severity.ERROR, r.typeWord().get(), r.number().asWritten(),
            symbol.get().label()), r).build());
      }
      if (symbol.filter(LEGAL_NORMATIVE_WITH_YEAR::contains).isPresent() && r.number().year().isEmpty()) {
        out.add(at(Findings.of("doc.symbol-year", Severity.WARNING, symbol.get().label(), r.number().asWritten(),
            r.number().sequence() + "/<năm>/" + r.number().firstPart() + "-" + r.number().secondPart()), r).build());
      }
      if (r.date().isPresent() && r.subject().isPresent() && NAM_YEAR.matcher(r.subject().get()).find()) {
        Matcher y = YEAR.matcher(r.subject().get());
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        while (y.find()) {
          int v = Integer.parseInt(y.group(1));
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
        int d = r.date().get().getYear();
        if (d < min - 1 || d > max + 1) {
          String years = min == max ? Integer.toString(min) : min + "–" + max;
          out.add(at(Findings.of("doc.subject-year", Severity.WARNING, r.number().asWritten(), date(r.date().get()), years), r)
              .expected(java.math.BigDecimal.valueOf(min)).actual(java.math.BigDecimal.valueOf(d)).build());
        }
      }
    }
    twoDates(refs, out);
    twoSymbols(refs, out);
    order(refs, out);
    return out;
  }

  /** One number and symbol cited with two different dates. */
  private static void twoDates(List<DocumentReference> refs, List<Finding> out) {
    Map<String, DocumentReference> first = new LinkedHashMap<>();
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (DocumentReference r : refs) {
      if (r.date().isEmpty()) {
        continue;
      }
      String key = r.number().asWritten();
      DocumentReference f = first.putIfAbsent(key, r);
      if (f != null && !f.date().get().equals(r.date().get()) && reported.add(key + "@" + r.date().get())) {
        boolean sameYear = f.date().get().getYear() == r.date().get().getYear();
        out.add(at(Findings.of("doc.number-dates", sameYear ? Severity.ERROR : Severity.WARNING, key,
            date(f.date().get()), f.location().toString(), date(r.date().get())), r).build());
      }
    }
  }

  /** One sequence number of one issuer in one year cited with two type abbreviations. */
  private static void twoSymbols(List<DocumentReference> refs, List<Finding> out) {
    Map<String, DocumentReference> first = new LinkedHashMap<>();
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (DocumentReference r : refs) {
      if (r.date().isEmpty() || r.number().type().isEmpty()) {
        continue;
      }
      String key = r.number().sequence() + "|" + r.number().issuerAbbreviation() + "|" + r.date().get().getYear();
      DocumentReference f = first.putIfAbsent(key, r);
      if (f != null && !f.number().firstPart().equals(r.number().firstPart())
          && reported.add(key + "|" + r.number().asWritten())) {
        out.add(at(Findings.of("doc.number-symbols", Severity.WARNING, r.number().asWritten(), f.number().asWritten(),
            f.location().toString()), r).build());
      }
    }
  }

  /** Within one issuer and year, a higher number with an earlier date than the next lower number. */
  private static void order(List<DocumentReference> refs, List<Finding> out) {
    Map<String, TreeMap<Integer, DocumentReference>> byIssuerYear = new TreeMap<>();
    for (DocumentReference r : refs) {
      if (r.date().isEmpty() || r.number().year().isPresent()) {
        continue;
      }
      String key = r.number().issuerAbbreviation() + "|" + r.date().get().getYear();
      TreeMap<Integer, DocumentReference> m = byIssuerYear.computeIfAbsent(key, k -> new TreeMap<>());
      m.merge(r.number().sequence(), r, (a, b) -> a.date().get().isAfter(b.date().get()) ? a : b);
    }
    for (TreeMap<Integer, DocumentReference> m : byIssuerYear.values()) {
      DocumentReference prev = null;
      for (DocumentReference r : m.values()) {
        if (prev != null && prev.date().get().isAfter(r.date().get())) {
          out.add(at(Findings.of("doc.number-order", Severity.WARNING, prev.number().asWritten(), date(prev.date().get()),
              r.number().asWritten(), date(r.date().get())), prev).build());
        }
        prev = r;
      }
    }
  }
}
