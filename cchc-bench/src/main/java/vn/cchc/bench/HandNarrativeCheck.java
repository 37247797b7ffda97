package vn.cchc.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.DateWindow;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.DocumentType;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.UnitKind;
import vn.cchc.model.ValueState;
import vn.cchc.model.Unit;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/**
 * What a developer would write by hand for the same narrative and document-reference claims as the standard
 * narrative and doc rules: a fraction "a/b" against the "đạt x%" after it in its sentence and against the
 * appendix ratio counting the same unit (fractions found from each '/', not by a pattern tried everywhere); "N …, trong đó a, b" and a total's sub-bullets against their sum; a
 * reference's type word against its symbol, a decree's symbol without its year, the subject's years against the
 * date, one number with two dates or two symbols, numbers out of date order; a fraction's denominator or a
 * "Tổng số UNIT …: N" against the appendix indicator that counts the same population (the unit word after it and the
 * two-syllable words of the indicator's label around it); the data window against the default of the period; the
 * catalogue's validity and levels. Regular expressions compiled once, the catalogue's vocabulary read once, each
 * text scanned once per claim kind. Used with {@link HandCheck} for the appendix arithmetic.
 */
public final class HandNarrativeCheck {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern PERCENT = Pattern.compile("(?:đạt|tỷ lệ|tỉ lệ)\\s*(?:tỷ lệ\\s*|tỉ lệ\\s*)?(?:là\\s*)?(\\d+(?:,\\d+)?)\\s*%");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+|\\d+");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
  private final List<String[]> unitRatios = new ArrayList<>(); // ratio id, numerator id, denominator id, unit label
  private static final Set<String> STOP = Set.of("của", "các", "và", "là", "được", "có", "trong", "tại", "theo", "cả", "với",
      "cho", "trên", "số", "tổng", "đã", "đang", "những", "đến", "từ", "này", "đó", "thì", "về", "bị", "do", "tthc");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  private final Catalogue catalogue;
  /** Unit words the narrative may use (lower case, longest first) to the unit label they stand for. */
  private final List<String[]> unitWords = new ArrayList<>();
  /** Per level: the indicators that count a population, with their label's syllables and two-syllable words. */
  private final Map<AdministrativeLevel, List<Population>> populations = new EnumMap<>(AdministrativeLevel.class);

  private record Population(String id, String unit, Set<String> syllables, List<String> words) {}

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private HandNarrativeCheck(Catalogue c) {
    this.catalogue = c;
    Set<String> labels = new LinkedHashSet<>();
    for (IndicatorDefinition d : c.indicators()) {
      d.unit().filter(u -> u.kind() == UnitKind.COUNT).ifPresent(u -> labels.add(u.label().toLowerCase(Locale.ROOT)));
    }
    labels.forEach(u -> unitWords.add(new String[] {u, u}));
    Map.of("tthc", "thủ tục", "thủ tục hành chính", "thủ tục", "vbqppl", "văn bản", "văn bản quy phạm pháp luật", "văn bản")
        .forEach((abbr, unit) -> {
          if (labels.contains(unit)) {
            unitWords.add(new String[] {abbr, unit});
          }
        });
    unitWords.sort((x, y) -> y[0].length() - x[0].length());
    for (AdministrativeLevel level : AdministrativeLevel.values()) {
      List<Population> ps = new ArrayList<>();
      for (IndicatorDefinition d : c.indicators()) {
        String label = d.label().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        boolean total = label.startsWith("tổng số ") || d.role().equals(Optional.of(ChildRole.DENOMINATOR));
        if (d.kind() != IndicatorKind.COUNT || !d.levels().contains(level) || !total
            || d.unit().filter(u -> u.kind() == UnitKind.COUNT).isEmpty()) {
          continue;
        }
        String unit = d.unit().get().label().toLowerCase(Locale.ROOT);
        List<String> unitSyllables = words(unit);
        List<String> syl = words((label.startsWith("tổng số ") ? label.substring(8) : label).replaceAll("\\([^)]*\\)", " "));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < syl.size(); i++) {
          if (i + unitSyllables.size() <= syl.size() && syl.subList(i, i + unitSyllables.size()).equals(unitSyllables)) {
            i += unitSyllables.size() - 1;
          } else {
            kept.add(syl.get(i));
          }
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < kept.size(); i++) {
          String w = kept.get(i) + " " + kept.get(i + 1);
          if (!STOP.contains(kept.get(i)) && !STOP.contains(kept.get(i + 1)) && !pairs.contains(w)) {
            pairs.add(w);
          }
        }
        ps.add(new Population(d.id(), unit, new HashSet<>(kept), pairs));
      }
      populations.put(level, ps);
    }
    for (IndicatorDefinition d : c.indicators()) {
      Optional<IndicatorDefinition> n = c.child(d.id(), ChildRole.NUMERATOR);
      Optional<IndicatorDefinition> m = c.child(d.id(), ChildRole.DENOMINATOR);
      if (n.isPresent() && m.isPresent() && n.get().unit().isPresent()) {
        unitRatios.add(new String[] {d.id(), n.get().id(), m.get().id(),
            n.get().unit().map(Unit::label).orElseThrow().toLowerCase(Locale.ROOT)});
      }
    }
  }

  /**
   * Precomputes the ratios and their units of a catalogue.
   *
   * @param c the catalogue
   * @return the checker
   */
  public static HandNarrativeCheck of(Catalogue c) {
    return new HandNarrativeCheck(c);
  }

  private static BigDecimal number(String vn) {
    return new BigDecimal(vn.replace(".", "").replace(',', '.'));
  }

  private static void blocks(NarrativeSection s, List<NarrativeBlock> out) {
    out.addAll(s.blocks());
    s.children().forEach(c -> blocks(c, out));
  }

  /**
   * Checks a report's narrative and references.
   *
   * @param r the report
   * @return one line per problem
   */
  public List<String> check(Report r) {
    List<String> out = new ArrayList<>();
    List<NarrativeBlock> all = new ArrayList<>(r.preamble());
    r.sections().forEach(s -> blocks(s, all));
    all.addAll(r.closing());
    List<Population> pops = populations.get(r.issuer().level());
    for (int i = 0; i < all.size(); i++) {
      String t = all.get(i).text();
      fractions(r, pops, t, out);
      totals(r, pops, t, out);
      int td = t.indexOf("trong đó");
      if (td < 0) {
        td = t.indexOf("Trong đó");
      }
      if (td < 0) {
        td = t.indexOf("TRONG ĐÓ");
      }
      if (td >= 0) {
        inlineTotal(t, td, out);
        bulletTotal(all, i, out);
      }
    }
    references(r.references(), out);
    r.period().dataWindow().filter(w -> !w.equals(defaultWindow(r.period()))).ifPresent(w -> out.add("data window " + w));
    catalogue.whyNotFor(r.period(), r.issuer().level()).ifPresent(why -> out.add("catalogue: " + why));
    return out;
  }

  private static DateWindow defaultWindow(ReportingPeriod p) {
    int y = p.year();
    switch (p.kind()) {
      case MONTH:
        return DateWindow.of(LocalDate.of(y, p.index(), 15).minusMonths(1), LocalDate.of(y, p.index(), 14));
      case QUARTER:
        return DateWindow.of(LocalDate.of(y, 3 * p.index(), 15).minusMonths(3), LocalDate.of(y, 3 * p.index(), 14));
      case SIX_MONTHS:
        return p.index() == 1 ? DateWindow.of(LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 6, 14))
            : DateWindow.of(LocalDate.of(y, 6, 15), LocalDate.of(y, 12, 14));
      case NINE_MONTHS:
        return DateWindow.of(LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 9, 14));
      default:
        return DateWindow.of(LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 12, 14));
    }
  }

  /** {@return the unit word a lower-case text starts with (as a whole word): {word, unit label}, or null} */
  private String[] unitAt(String lower) {
    for (String[] u : unitWords) {
      if (lower.startsWith(u[0]) && (lower.length() == u[0].length() || !Character.isLetter(lower.charAt(u[0].length())))) {
        return u;
      }
    }
    return null;
  }

  /** The one population of a unit whose label's two-syllable words are most among the words (and contain the description), or null. */
  private static Population best(Report r, List<Population> pops, String unit, List<String> words, List<String> description) {
    Set<String> have = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      have.add(words.get(i) + " " + words.get(i + 1));
    }
    Population top = null;
    int most = 0;
    int tied = 0;
    for (Population p : pops) {
      if (!p.unit().equals(unit) || r.value(p.id()).filter(v -> v.state() == ValueState.COUNT).isEmpty()
          || description != null && !p.syllables().containsAll(description)) {
        continue;
      }
      int n = (int) p.words().stream().filter(have::contains).count();
      if (n > most) {
        top = p;
        most = n;
        tied = 1;
      } else if (n == most && n > 0) {
        tied++;
      }
    }
    return tied == 1 ? top : null;
  }

  /** A figure tied to a population: its number against the appendix's. */
  private static void compare(Report r, Population p, BigDecimal figure, List<String> out) {
    if (p != null && r.value(p.id()).flatMap(IndicatorValue::number).orElseThrow().compareTo(figure) != 0) {
      out.add(p.id() + " total " + figure + " vs appendix");
    }
  }

  /** "Tổng số UNIT description: … N" (or "… là N"): N against the population the description names. */
  private void totals(Report r, List<Population> pops, String t, List<String> out) {
    String lower = t.toLowerCase(Locale.ROOT);
    for (int at = lower.indexOf("tổng số"); at >= 0; at = lower.indexOf("tổng số", at + 1)) {
      int p = at + 7;
      int q = p;
      while (q < lower.length() && (Character.isLetter(lower.charAt(q)) || lower.charAt(q) == ' ') && q - p <= 81) {
        q++;
      }
      String phrase = lower.substring(p, q).strip();
      int colon = q < lower.length() && lower.charAt(q) == ':' ? q + 1 : -1;
      int la = phrase.indexOf(" là ");
      if (la >= 0) {
        phrase = phrase.substring(0, la);
        colon = p + lower.substring(p).indexOf(" là ") + 4;
      }
      String[] unit = unitAt(phrase);
      if (colon < 0 || unit == null) {
        continue;
      }
      List<String> description = words(phrase.substring(unit[0].length()));
      List<BigDecimal> ns = numbers(t.substring(colon, Math.min(sentenceEnd(t, colon), colon + 200)));
      if (!description.isEmpty() && ns.size() == 1) {
        compare(r, best(r, pops, unit[1], description, description), ns.get(0), out);
      }
    }
  }

  private static int sentenceEnd(String t, int from) {
    for (int i = from; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == ';') && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)))) {
        return i;
      }
    }
    return t.length();
  }

  private void fractions(Report r, List<Population> pops, String t, List<String> out) {
    Matcher p = PERCENT.matcher(t);
    for (int slash = t.indexOf('/'); slash >= 0; slash = t.indexOf('/', slash + 1)) {
      int s = slash;
      while (s > 0 && (Character.isDigit(t.charAt(s - 1)) || t.charAt(s - 1) == '.')) {
        s--;
      }
      int e = slash + 1;
      while (e < t.length() && (Character.isDigit(t.charAt(e)) || t.charAt(e) == '.' && e + 1 < t.length()
          && Character.isDigit(t.charAt(e + 1)))) {
        e++;
      }
      char before = s == 0 ? ' ' : t.charAt(s - 1);
      if (s == slash || e == slash + 1 || !Character.isDigit(t.charAt(s)) || Character.isLetter(before) || before == '/'
          || before == ',' || e < t.length() && t.charAt(e) == '/') {
        continue;
      }
      String fraction = t.substring(s, e);
      BigDecimal a = number(t.substring(s, slash));
      BigDecimal b = number(t.substring(slash + 1, e));
      int end = sentenceEnd(t, e);
      p.region(e, end);
      if (p.find() && b.signum() != 0) {
        BigDecimal x = number(p.group(1));
        int d = Math.max(0, x.scale());
        BigDecimal exact = a.multiply(HUNDRED).divide(b, MathContext.DECIMAL128);
        BigDecimal half = BigDecimal.valueOf(5, d + 1);
        if (exact.compareTo(x.subtract(half)) < 0 || exact.compareTo(x.add(half)) > 0) {
          out.add(fraction + " claims " + x + "%, is " + exact.setScale(d, RoundingMode.HALF_UP));
        }
      }
      int w = e;
      while (w < t.length() && t.charAt(w) == ' ') {
        w++;
      }
      String rest = t.substring(w, Math.min(t.length(), w + 40)).toLowerCase(Locale.ROOT);
      String[] match = null;
      int candidates = 0;
      boolean claimed = false;
      for (String[] u : unitRatios) {
        if (!rest.startsWith(u[3])) {
          continue;
        }
        Optional<BigDecimal> n = r.value(u[1]).flatMap(IndicatorValue::number);
        Optional<BigDecimal> m = r.value(u[2]).flatMap(IndicatorValue::number);
        if (n.isEmpty() || m.isEmpty()) {
          continue;
        }
        boolean sameN = n.get().compareTo(a) == 0;
        boolean sameD = m.get().compareTo(b) == 0;
        claimed |= sameN || sameD;
        if (sameN && sameD) {
          match = null;
          candidates = 0;
          break;
        }
        if (sameN || sameD) {
          candidates++;
          match = u;
        }
      }
      if (candidates == 1) {
        out.add(fraction + " vs appendix " + match[0]);
      }
      String[] unit = claimed ? null : unitAt(rest);
      if (unit != null) {
        // the clause around the fraction: from the punctuation before it to the punctuation after it
        int from = s;
        while (from > 0 && s - from < 160 && ",;:.".indexOf(t.charAt(from - 1)) < 0) {
          from--;
        }
        int to = e;
        while (to < t.length() && to - e < 160 && ",;:".indexOf(t.charAt(to)) < 0 && !(t.charAt(to) == '.'
            && (to + 1 == t.length() || Character.isWhitespace(t.charAt(to + 1))))) {
          to++;
        }
        compare(r, best(r, pops, unit[1], words(t.substring(from, s) + " " + t.substring(e, to)), null), b, out);
      }
    }
  }

  private static List<BigDecimal> numbers(String s) {
    List<BigDecimal> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      out.add(number(m.group()));
    }
    return out;
  }

  private static void inlineTotal(String t, int td, List<String> out) {
    List<BigDecimal> before = numbers(t.substring(Math.max(0, td - 40), td));
    if (before.isEmpty()) {
      return;
    }
    int end = sentenceEnd(t, td + 8);
    BigDecimal sum = BigDecimal.ZERO;
    int parts = 0;
    for (String item : t.substring(td + 8, end).split("[,;]")) {
      List<BigDecimal> ns = numbers(item);
      if (ns.size() != 1) {
        return;
      }
      sum = sum.add(ns.get(0));
      parts++;
    }
    BigDecimal total = before.get(before.size() - 1);
    if (parts >= 2 && sum.compareTo(total) != 0) {
      out.add("total " + total + " != " + sum);
    }
  }

  private static void bulletTotal(List<NarrativeBlock> all, int i, List<String> out) {
    if (all.get(i).kind() == NarrativeBlock.Kind.SUB_BULLET) {
      return;
    }
    List<BigDecimal> head = numbers(all.get(i).text());
    if (head.size() != 1) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    int parts = 0;
    for (int j = i + 1; j < all.size() && all.get(j).kind() == NarrativeBlock.Kind.SUB_BULLET; j++) {
      List<BigDecimal> ns = numbers(all.get(j).text());
      if (ns.size() != 1) {
        return;
      }
      sum = sum.add(ns.get(0));
      parts++;
    }
    if (parts >= 2 && sum.compareTo(head.get(0)) != 0) {
      out.add("bullets " + head.get(0) + " != " + sum);
    }
  }

  private static void references(List<DocumentReference> refs, List<String> out) {
    Map<String, DocumentReference> byNumber = new HashMap<>();
    Map<String, DocumentReference> bySequence = new HashMap<>();
    Map<String, TreeMap<Integer, DocumentReference>> byIssuerYear = new HashMap<>();
    for (DocumentReference r : refs) {
      Optional<DocumentType> symbol = r.number().type();
      Optional<DocumentType> word = r.typeWord().flatMap(DocumentType::ofLabel);
      if (word.isPresent() && symbol.isPresent() && word.get() != symbol.get()) {
        out.add(r.number().asWritten() + " type");
      }
      if ((symbol.equals(Optional.of(DocumentType.DECREE)) || symbol.equals(Optional.of(DocumentType.CIRCULAR)))
          && r.number().year().isEmpty()) {
        out.add(r.number().asWritten() + " year");
      }
      if (r.date().isEmpty()) {
        continue;
      }
      int year = r.date().get().getYear();
      String issuer = r.issuer().orElse("").toLowerCase(Locale.ROOT);
      if (r.subject().isPresent() && r.subject().get().toLowerCase(Locale.ROOT).contains("năm ")) {
        String subject = r.subject().get();
        Matcher y = YEAR.matcher(subject);
        int lowest = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        while (y.find()) {
          int v = Integer.parseInt(y.group());
          max = Math.max(max, v);
          String lead = subject.substring(Math.max(0, y.start() - 12), y.start()).toLowerCase(Locale.ROOT);
          if (!lead.contains("đến") && !lead.contains("tới") && !lead.contains("tầm nhìn") && !lead.contains("-")) {
            lowest = Math.min(lowest, v);
          }
        }
        if (max != Integer.MIN_VALUE && (year < lowest - 1 || year > max + 1)) {
          out.add(r.number().asWritten() + " subject year");
        }
      }
      String number = r.number().sequence() + "/" + r.number().firstPart() + "-" + r.number().secondPart() + "|" + issuer;
      DocumentReference first = byNumber.putIfAbsent(number, r);
      if (first != null && !first.date().get().equals(r.date().get())) {
        out.add(r.number().asWritten() + " two dates");
      }
      if (symbol.isPresent()) {
        String seq = r.number().sequence() + "|" + r.number().secondPart() + "|" + year + "|" + issuer;
        DocumentReference f = bySequence.putIfAbsent(seq, r);
        if (f != null && !f.number().firstPart().equals(r.number().firstPart())) {
          out.add(r.number().asWritten() + " two symbols");
        }
      }
      if (r.number().year().isEmpty()) {
        byIssuerYear.computeIfAbsent(r.number().secondPart() + "|" + year + "|" + issuer, k -> new TreeMap<>())
            .merge(r.number().sequence(), r, (a, b) -> a.date().get().isAfter(b.date().get()) ? a : b);
      }
    }
    for (TreeMap<Integer, DocumentReference> m : byIssuerYear.values()) {
      DocumentReference prev = null;
      for (DocumentReference r : m.values()) {
        if (prev != null && prev.date().get().isAfter(r.date().get())) {
          out.add(prev.number().asWritten() + " order");
        }
        prev = r;
      }
    }
  }
}
