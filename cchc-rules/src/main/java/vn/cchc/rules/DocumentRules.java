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
 * one issuer and year. The doc.number-* rules compare only references of the same issuer
 * ({@link #issuerKey}). Internal.
 */
final class DocumentRules implements Rule {
  static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2})(?!\\d)");
  /** "năm Y" in any case ("Năm", "NĂM"), spelled letter by letter: no case conversion of every character. */
  private static final Pattern NAM_YEAR = Pattern.compile("[nN][ăĂ][mM]\\s+(19\\d{2}|20\\d{2})(?!\\d)");
  /**
   * What stands right before a year that the subject only looks forward to: "đến năm 2025", "tới hết năm
   * 2025", "tầm nhìn (đến) (năm) 2030", "định hướng (đến) (năm) 2030", the end of a range "2021-2025",
   * "2021 đến 2025".
   */
  static final Pattern HORIZON_BEFORE = Pattern.compile("(?:(?:đến|tới)(?:\\s+hết)?\\s+năm"
      + "|(?:tầm nhìn|định hướng)(?:\\s+(?:đến|tới))?(?:\\s+năm)?|(?:19|20)\\d{2}\\s*[-–—]|(?:19|20)\\d{2}\\s+(?:đến|tới))\\s*$",
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

  /** dd/mm/yyyy, as {@code String.format("%02d/%02d/%04d", …)} writes it, without parsing a format per call. */
  static String date(LocalDate d) {
    StringBuilder sb = new StringBuilder(10);
    pad(sb, d.getDayOfMonth(), 2).append('/');
    pad(sb, d.getMonthValue(), 2).append('/');
    return pad(sb, d.getYear(), 4).toString();
  }

  private static StringBuilder pad(StringBuilder sb, int v, int width) {
    String s = Integer.toString(Math.abs(v));
    if (v < 0) {
      sb.append('-');
      width--;
    }
    for (int i = s.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(s);
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<DocumentReference> refs = ctx.report().references();
    // the type each word names, looked up once per word: a report's references use a few type words many times
    Map<String, Optional<DocumentType>> types = new java.util.HashMap<>();
    for (DocumentReference r : refs) {
      Optional<DocumentType> word = r.typeWord().flatMap(w -> types.computeIfAbsent(w, DocumentType::ofLabel));
      Optional<DocumentType> symbol = r.number().type();
      if (word.isPresent() && symbol.isPresent() && word.get() != symbol.get()) {
        out.add(at(Findings.of("doc.type-symbol", Severity.ERROR, r.typeWord().get(), r.number().asWritten(),
            symbol.get().label()), r).build());
      }
      if (symbol.filter(LEGAL_NORMATIVE_WITH_YEAR::contains).isPresent() && r.number().year().isEmpty()) {
        out.add(at(Findings.of("doc.symbol-year", Severity.WARNING, symbol.get().label(), r.number().asWritten(),
            r.number().sequence() + "/<năm>/" + r.number().firstPart() + "-" + r.number().secondPart()), r).build());
      }
      subjectYear(r).ifPresent(out::add);
    }
    String own = issuerKey(ctx.report().issuer().agency().orElse(ctx.report().issuer().asWritten()));
    List<String> issuers = new ArrayList<>(refs.size()); // each reference's issuer key, for the three comparisons
    for (DocumentReference r : refs) {
      issuers.add(issuer(r, own));
    }
    twoDates(refs, issuers, out);
    twoSymbols(refs, issuers, out);
    order(refs, issuers, out);
    return out;
  }

  /**
   * The subject names "năm Y" and the date's year is outside what its years allow: not before the earliest
   * year it names other than a horizon ("đến năm 2025", "tầm nhìn đến năm 2030", the end of "2021-2025"),
   * less one, and not after the latest year it names, plus one. A plan dated 2022 "đến năm 2025, định hướng
   * đến năm 2030" looks forward and is fine; one dated 2022 "… năm 2024" is not.
   */
  private static Optional<Finding> subjectYear(DocumentReference r) {
    if (r.date().isEmpty() || r.subject().isEmpty() || !NAM_YEAR.matcher(r.subject().get()).find()) {
      return Optional.empty();
    }
    String subject = r.subject().get();
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    int lowest = Integer.MAX_VALUE; // the earliest year that is not a horizon
    for (int at = nextYear(subject, 0); at >= 0; at = nextYear(subject, at + 4)) {
      int v = Integer.parseInt(subject, at, at + 4, 10);
      min = Math.min(min, v);
      max = Math.max(max, v);
      if (!horizonBefore(subject.substring(Math.max(0, at - 30), at))) {
        lowest = Math.min(lowest, v);
      }
    }
    int d = r.date().get().getYear();
    boolean early = lowest != Integer.MAX_VALUE && d < lowest - 1;
    if (!early && d <= max + 1) {
      return Optional.empty();
    }
    String years = min == max ? Integer.toString(min) : min + "–" + max;
    int expected = early ? lowest : max;
    return Optional.of(at(Findings.of("doc.subject-year", Severity.WARNING, r.number().asWritten(), date(r.date().get()),
        years), r).expected(java.math.BigDecimal.valueOf(expected)).actual(java.math.BigDecimal.valueOf(d)).build());
  }

  /**
   * {@return where the next match of {@link #YEAR} starts at or after {@code from}, or -1}: four digits "19.." or
   * "20..", neither preceded nor followed by a digit. Tested character by character instead of running the pattern,
   * whose lookbehind was tried at every character of every subject.
   */
  static int nextYear(String s, int from) {
    for (int i = Math.max(from, 0); i + 4 <= s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '1' && s.charAt(i + 1) == '9' || c == '2' && s.charAt(i + 1) == '0') && isDigit(s.charAt(i + 2))
          && isDigit(s.charAt(i + 3)) && (i == 0 || !isDigit(s.charAt(i - 1))) && (i + 4 == s.length() || !isDigit(s.charAt(i + 4)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * {@return whether {@link #HORIZON_BEFORE} finds a match in {@code before}}: the pattern is tried only where one
   * of its words can start ("đến", "tới", "tầm nhìn", "định hướng" — a "đ", "Đ", "t" or "T" — or a year's "1" or
   * "2"), not at every character with every alternative case-folded.
   */
  static boolean horizonBefore(String before) {
    Matcher h = null;
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      if (c == 'đ' || c == 'Đ' || c == 't' || c == 'T' || c == '1' || c == '2') {
        if (h == null) {
          h = HORIZON_BEFORE.matcher(before);
        }
        if (h.region(i, before.length()).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@return who issued a reference, for comparing numbers: the issuer it names, or the report's own
   * ({@code own}) when it names none; normalised by {@link #issuerKey(String)}}
   */
  private static String issuer(DocumentReference r, String own) {
    return r.issuer().map(DocumentRules::issuerKey).orElse(own);
  }

  /**
   * Normalises an issuer's name for comparison: NFC, lower case, white space collapsed, "uỷ" as "ủy", and
   * "Ủy ban nhân dân" as "UBND", "Hội đồng nhân dân" as "HĐND" ("Ủy ban nhân dân huyện Lạc Dương" and
   * "UBND huyện  Lạc Dương" are one issuer).
   *
   * @param issuer the name as written
   * @return the key
   */
  static String issuerKey(String issuer) {
    String s = Structure.norm(issuer).replace("uỷ", "ủy");
    return s.replace("ủy ban nhân dân", "ubnd").replace("hội đồng nhân dân", "hđnd");
  }

  /** {@return the number and symbol without the way it is written: "45 /BC-UBND" and "45/BC-UBND" are one} */
  private static String number(DocumentReference r) {
    return r.number().sequence() + "/" + (r.number().year().isPresent() ? r.number().year().getAsInt() + "/" : "")
        + r.number().firstPart() + "-" + r.number().secondPart();
  }

  /** One number and symbol of one issuer cited with two different dates. */
  private static void twoDates(List<DocumentReference> refs, List<String> issuers, List<Finding> out) {
    Map<String, DocumentReference> first = new LinkedHashMap<>();
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (int i = 0; i < refs.size(); i++) {
      DocumentReference r = refs.get(i);
      if (r.date().isEmpty()) {
        continue;
      }
      String key = number(r) + "|" + issuers.get(i);
      DocumentReference f = first.putIfAbsent(key, r);
      if (f != null && !f.date().get().equals(r.date().get()) && reported.add(key + "@" + r.date().get())) {
        boolean sameYear = f.date().get().getYear() == r.date().get().getYear();
        out.add(at(Findings.of("doc.number-dates", sameYear ? Severity.ERROR : Severity.WARNING, r.number().asWritten(),
            date(f.date().get()), Integer.toString(f.location().line()), date(r.date().get())), r).build());
      }
    }
  }

  /** One sequence number of one issuer in one year cited with two type abbreviations. */
  private static void twoSymbols(List<DocumentReference> refs, List<String> issuers, List<Finding> out) {
    Map<String, DocumentReference> first = new LinkedHashMap<>();
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (int i = 0; i < refs.size(); i++) {
      DocumentReference r = refs.get(i);
      if (r.date().isEmpty() || r.number().type().isEmpty()) {
        continue;
      }
      String key = r.number().sequence() + "|" + r.number().issuerAbbreviation() + "|" + r.date().get().getYear() + "|"
          + issuers.get(i);
      DocumentReference f = first.putIfAbsent(key, r);
      if (f != null && !f.number().firstPart().equals(r.number().firstPart())
          && reported.add(key + "|" + number(r))) {
        out.add(at(Findings.of("doc.number-symbols", Severity.WARNING, r.number().asWritten(), f.number().asWritten(),
            Integer.toString(f.location().line())), r).build());
      }
    }
  }

  /** Within one issuer and year, a higher number with an earlier date than the next lower number. */
  private static void order(List<DocumentReference> refs, List<String> issuers, List<Finding> out) {
    Map<String, TreeMap<Integer, DocumentReference>> byIssuerYear = new TreeMap<>();
    for (int i = 0; i < refs.size(); i++) {
      DocumentReference r = refs.get(i);
      if (r.date().isEmpty() || r.number().year().isPresent()) {
        continue;
      }
      String key = r.number().issuerAbbreviation() + "|" + r.date().get().getYear() + "|" + issuers.get(i);
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
