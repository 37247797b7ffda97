package vn.cchc.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.UnitKind;
import vn.cchc.model.ValueState;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;

/**
 * narrative.total-appendix: a total or a denominator the narrative states ("66/182 TTHC cung cấp dịch vụ
 * công toàn trình", "Tổng số hồ sơ đã tiếp nhận: … 1.492 hồ sơ") against the appendix indicator that counts
 * the same population. The match is made from the catalogue's labels and units and the words around the
 * figure, and is explainable: the unit word and the two-syllable words of the indicator's label found
 * around the figure ({@link Match#ties()}). Rules (docs/rules.md, "Narrative totals against the appendix"):
 *
 * <ul>
 *   <li>the figure is the denominator b of a fraction "a/b UNIT …" or the number of a phrase
 *       "Tổng số UNIT description: … N" / "Tổng số UNIT description là N";
 *   <li>UNIT, the word right after the fraction or after "Tổng số", must be the unit of the indicator
 *       (its catalogue unit label, or an abbreviation of it: "TTHC" for "Thủ tục", "VBQPPL" for "Văn bản");
 *   <li>the indicators considered count a population: a count whose label starts "Tổng số", or a ratio's
 *       DENOMINATOR child, in that unit, applying to the report's level;
 *   <li>the ties are the label's two-syllable words (without "Tổng số", the unit and function words such as
 *       "đã", "đang", "của") found in the clause around a fraction (between commas), or in a total's
 *       description, whose every syllable must also be in the label ("đang giải quyết" is not "đã giải quyết xong");
 *   <li>the indicators with the most ties (at least one) that carry a number are the match when they are
 *       exactly one; several → ambiguous, no match.
 * </ul>
 *
 * A fraction that the narrative-fraction rule already ties to a ratio (same unit, one number shared) is left
 * to it. Agreement is silent; a difference is a WARNING (the match is made from words). Internal.
 */
final class NarrativeTotals implements Rule {
  /** Abbreviations of unit words the narrative uses, by the catalogue unit label they stand for (normalised). */
  static final Map<String, String> ABBREVIATIONS = Map.of("tthc", "thủ tục", "thủ tục hành chính", "thủ tục",
      "vbqppl", "văn bản", "văn bản quy phạm pháp luật", "văn bản");
  /** Syllables that tie nothing by themselves: function words, aspect markers, "tổng số". */
  static final Set<String> STOP = Set.of("của", "các", "và", "là", "được", "có", "trong", "tại", "theo", "cả", "với",
      "cho", "trên", "số", "tổng", "đã", "đang", "những", "đến", "từ", "này", "đó", "thì", "về", "bị", "do", "tthc");
  static final Pattern TOTAL = Pattern.compile("tổng số\\s+([\\p{L} ]{1,80}?)\\s*(?::|\\s+là\\s)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)");
  private static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{M}]+");

  private final Structure s;
  /** How the rule sees a block's text: the text itself, or in tests a view that counts the characters read. */
  private final java.util.function.UnaryOperator<CharSequence> view;

  NarrativeTotals(Structure s) {
    this(s, java.util.function.UnaryOperator.identity());
  }

  /** For tests: {@code view} wraps each block's text (e.g. to count how many characters the rule reads). */
  NarrativeTotals(Structure s, java.util.function.UnaryOperator<CharSequence> view) {
    this.s = s;
    this.view = view;
  }

  @Override
  public String id() {
    return "narrative-totals";
  }

  /**
   * A narrative figure tied to an appendix indicator.
   *
   * @param figure the narrative's number
   * @param indicatorId the indicator it was matched to
   * @param value the indicator's number
   * @param unitWord the unit word as the narrative wrote it
   * @param ties the words of the indicator's label found around the figure
   * @param location the narrative block
   * @param path the section path, or ""
   * @param quote the clause quoted
   */
  record Match(BigDecimal figure, String indicatorId, BigDecimal value, String unitWord, List<String> ties,
      SourceLocation location, String path, String quote) {}

  /**
   * An indicator that counts a population, with its label read into syllables, and the label's two-syllable words
   * that can tie it to a figure (neither syllable a function word; in label order, each once), read once per
   * catalogue rather than for every figure compared with it.
   */
  private record Population(IndicatorDefinition def, String unit, List<String> syllables, List<String> words) {
    Population(IndicatorDefinition def, String unit, List<String> syllables) {
      this(def, unit, syllables, labelWords(syllables));
    }
  }

  private static List<String> labelWords(List<String> l) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < l.size(); i++) {
      String w = l.get(i) + " " + l.get(i + 1);
      if (!STOP.contains(l.get(i)) && !STOP.contains(l.get(i + 1)) && !out.contains(w)) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Match m : matches(ctx)) {
      if (m.figure().compareTo(m.value()) != 0) {
        AppendixEntry row = ctx.entry(m.indicatorId()).orElseThrow();
        ImmutableFinding.Builder b = Findings.of("narrative.total-appendix", Severity.WARNING, m.quote(), m.figure(),
            m.unitWord(), m.indicatorId(), row.location().line(), m.value(), String.join(", ", m.ties()))
            .addIndicatorIds(m.indicatorId()).location(m.location()).expected(m.value()).actual(m.figure());
        if (!m.path().isEmpty()) {
          b.sectionPath(m.path());
        }
        out.add(b.build());
      }
    }
    return out;
  }

  /** What the rule reads of a catalogue at one level: its unit words and its populations, read once. */
  private record Vocabulary(vn.cchc.model.catalogue.Catalogue catalogue, vn.cchc.model.AdministrativeLevel level,
      Map<String, String> units, List<Population> populations, int longestUnit) {}

  private static volatile Vocabulary last;

  private static Vocabulary vocabulary(RuleContext ctx) {
    Vocabulary v = last;
    if (v != null && v.catalogue() == ctx.catalogue() && v.level() == ctx.level()) {
      return v;
    }
    Map<String, String> units = units(ctx);
    v = new Vocabulary(ctx.catalogue(), ctx.level(), units, populations(ctx),
        units.keySet().stream().mapToInt(String::length).max().orElse(0));
    last = v;
    return v;
  }

  /** Every narrative figure the rule ties to an appendix indicator, agreeing or not. */
  List<Match> matches(RuleContext ctx) {
    Vocabulary vocabulary = vocabulary(ctx);
    Map<String, String> units = vocabulary.units();
    List<Population> pops = vocabulary.populations();
    if (pops.isEmpty()) {
      return List.of();
    }
    int longestUnit = vocabulary.longestUnit();
    List<Match> out = new ArrayList<>();
    for (NarrativeRules.Located l : ctx.blocks()) {
      CharSequence text = view.apply(l.block().text());
      int[] ends = null; // the clause ends, found when the block's first fraction needs them: most blocks have none
      // the fractions found where they can start, as the narrative rules find them, not tried at every character
      for (NarrativeRules.Span f : NarrativeRules.fractionsOf(text)) {
        Optional<BigDecimal> a = NarrativeRules.tryParse(text.subSequence(f.start(1), f.end(1)));
        Optional<BigDecimal> b = NarrativeRules.tryParse(text.subSequence(f.start(2), f.end(2)));
        if (a.isEmpty() || b.isEmpty()) {
          continue;
        }
        if (ends == null) {
          ends = clauseEnds(text);
        }
        int start = Math.max(clauseStart(ends, f.start()), f.start() - CLAUSE_REACH);
        int end = Math.min(clauseEnd(ends, f.end(), text.length()), f.end() + CLAUSE_REACH);
        String after = Structure.norm(text.subSequence(f.end(), Math.min(text.length(), f.end() + longestUnit + 2)).toString());
        Optional<Map.Entry<String, String>> unit = unitAt(after, units);
        if (unit.isEmpty() || claimedByRatio(ctx, after, a.get(), b.get())) {
          continue;
        }
        String clause = text.subSequence(start, f.start()) + " " + text.subSequence(f.end(), end);
        String written = asWritten(text, f.end(), unit.get().getKey());
        List<String> words = syllables(clause);
        best(ctx, pops, unit.get().getValue(), words, null).ifPresent(p -> out.add(match(ctx, p, b.get(),
            written, words, l, text.subSequence(start, end).toString().strip())));
      }
      NarrativeRules.Occurrences o = new NarrativeRules.Occurrences(text, 'ổ', 'Ổ');
      if (o.next(1) >= 0) { // a "tổng số" has its "ổ" after the "t": most blocks have none
        totals(ctx, l, text, o, units, pops, out);
      }
    }
    return out;
  }

  /** The "tổng số UNIT …: N" of a block that has an "ổ" ({@code o}) the rule ties to an appendix indicator. */
  private void totals(RuleContext ctx, NarrativeRules.Located l, CharSequence text, NarrativeRules.Occurrences o,
      Map<String, String> units, List<Population> pops, List<Match> out) {
    Matcher t = TOTAL.matcher(text);
    int next = 0;
    while (findTotal(t, text, o, next)) {
      next = t.end();
      String phrase = Structure.norm(t.group(1));
      Optional<Map.Entry<String, String>> unit = unitAt(phrase, units);
      if (unit.isEmpty()) {
        continue;
      }
      List<String> description = syllables(phrase.substring(unit.get().getKey().length()));
      int reach = clauseOrSentenceEnd(text, t.end());
      Optional<List<BigDecimal>> ns = NarrativeRules.numbers(text.subSequence(t.end(), reach));
      if (description.isEmpty() || ns.isEmpty() || ns.get().size() != 1) {
        continue;
      }
      String written = asWritten(text, t.start(1), unit.get().getKey());
      best(ctx, pops, unit.get().getValue(), description, description).ifPresent(p -> out.add(match(ctx, p,
          ns.get().get(0), written, description, l, NarrativeRules.quote(text.subSequence(t.start(), reach).toString().strip()))));
    }
  }

  private static Match match(RuleContext ctx, Population p, BigDecimal figure, String unitWord, List<String> words,
      NarrativeRules.Located l, String quote) {
    return new Match(figure, p.def().id(), ctx.number(p.def().id()).orElseThrow(), unitWord, ties(p, words),
        l.block().location(), l.path(), NarrativeRules.quote(quote));
  }

  /** The unit word as the narrative wrote it ("TTHC"), from the first letter at or after {@code from}. */
  private static String asWritten(CharSequence text, int from, String normalised) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    String w = text.subSequence(i, Math.min(text.length(), i + normalised.length())).toString();
    return Structure.norm(w).equals(normalised) ? w : normalised;
  }

  /** The unit words the narrative may use, normalised, to the catalogue unit label (normalised) they stand for; longest first. */
  private static Map<String, String> units(RuleContext ctx) {
    Set<String> labels = new LinkedHashSet<>();
    for (IndicatorDefinition d : ctx.catalogue().indicators()) {
      d.unit().filter(u -> u.kind() == UnitKind.COUNT).ifPresent(u -> labels.add(Structure.norm(u.label())));
    }
    Map<String, String> all = new LinkedHashMap<>();
    labels.forEach(u -> all.put(u, u));
    ABBREVIATIONS.forEach((abbr, unit) -> {
      if (labels.contains(unit)) {
        all.put(abbr, unit);
      }
    });
    Map<String, String> sorted = new LinkedHashMap<>();
    all.entrySet().stream().sorted((x, y) -> Integer.compare(y.getKey().length(), x.getKey().length()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** The unit word a normalised text starts with, as a whole word. */
  private static Optional<Map.Entry<String, String>> unitAt(String text, Map<String, String> units) {
    String t = text.strip();
    for (Map.Entry<String, String> e : units.entrySet()) {
      if (t.startsWith(e.getKey()) && (t.length() == e.getKey().length() || !Character.isLetter(t.charAt(e.getKey().length())))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static List<Population> populations(RuleContext ctx) {
    List<Population> out = new ArrayList<>();
    for (IndicatorDefinition d : ctx.catalogue().indicators()) {
      if (d.kind() != vn.cchc.model.catalogue.IndicatorKind.COUNT || !d.levels().contains(ctx.level())) {
        continue;
      }
      Optional<String> unit = d.unit().filter(u -> u.kind() == UnitKind.COUNT).map(u -> Structure.norm(u.label()));
      String label = Structure.norm(d.label());
      boolean total = label.startsWith("tổng số ") || d.role().equals(Optional.of(ChildRole.DENOMINATOR));
      if (unit.isEmpty() || !total) {
        continue;
      }
      String rest = PARENS.matcher(label.startsWith("tổng số ") ? label.substring(8) : label).replaceAll(" ");
      List<String> syl = syllables(rest);
      List<String> unitSyl = syllables(unit.get());
      // the unit's own syllables describe nothing about the population
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < syl.size(); i++) {
        if (i + unitSyl.size() <= syl.size() && syl.subList(i, i + unitSyl.size()).equals(unitSyl)) {
          i += unitSyl.size() - 1;
          continue;
        }
        kept.add(syl.get(i));
      }
      out.add(new Population(d, unit.get(), List.copyOf(kept)));
    }
    return out;
  }

  /**
   * The one population the words tie to best. {@code description} (a total's own words), when given, must lie
   * wholly within the label's syllables.
   */
  private Optional<Population> best(RuleContext ctx, List<Population> pops, String unit, List<String> words,
      List<String> description) {
    int most = 0;
    List<Population> top = new ArrayList<>();
    Set<String> have = pairs(words);
    for (Population p : pops) {
      if (!p.unit().equals(unit) || ctx.value(p.def().id()).map(v -> v.state() != ValueState.COUNT).orElse(true)) {
        continue;
      }
      if (description != null && !p.syllables().containsAll(description)) {
        continue;
      }
      int n = ties(p, have).size();
      if (n == 0 || n < most) {
        continue;
      }
      if (n > most) {
        top.clear();
        most = n;
      }
      top.add(p);
    }
    return top.size() == 1 ? Optional.of(top.get(0)) : Optional.empty();
  }

  /** The label's two-syllable words (neither syllable a function word) that occur in the words, in label order. */
  static List<String> ties(Population p, List<String> words) {
    return ties(p, pairs(words));
  }

  /** {@return every two consecutive words, joined by a space} */
  private static Set<String> pairs(List<String> words) {
    Set<String> have = new java.util.HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      have.add(words.get(i) + " " + words.get(i + 1));
    }
    return have;
  }

  /** The label's two-syllable words that are among {@code have}, in label order. */
  private static List<String> ties(Population p, Set<String> have) {
    List<String> out = new ArrayList<>();
    for (String w : p.words()) {
      if (have.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * A fraction the narrative-fraction rule already compares: the text after it starts with the unit label of a
   * ratio's numerator (as that rule reads it, abbreviations not included), and the ratio shares one of its numbers.
   */
  private boolean claimedByRatio(RuleContext ctx, String after, BigDecimal a, BigDecimal b) {
    for (Structure.RatioSpec r : s.ratios) {
      Optional<String> u = s.unitLabel(ctx.catalogue(), r.numeratorId());
      DerivedValue dv = ctx.derived().get(r.id());
      if (u.isPresent() && after.strip().startsWith(u.get()) && dv != null
          && (dv.numerator().orElseThrow().compareTo(a) == 0 || dv.denominator().orElseThrow().compareTo(b) == 0)) {
        return true;
      }
    }
    return false;
  }

  static List<String> syllables(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = SYLLABLE.matcher(Structure.norm(text));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * Finds the next "tổng số …" from where the last match ended, as {@code t.find()} would, trying the pattern only
   * where an "ổ" (in either case: no other character matches it case-insensitively) follows a "t" or "T": its first
   * two letters can be nothing else. A case-insensitive pattern tried at every character case-folds every character
   * of the block; one tried at every "t", among the commonest letters of Vietnamese, resets the matcher each time;
   * an "ổ" is one character in 400 of a real report.
   *
   * @param t the matcher of {@link #TOTAL} on the text
   * @param text the text
   * @param o where "ổ" and "Ổ" are in the text, asked for positions that only go forward
   * @param from where the last match ended, or 0
   * @return whether a match was found; the matcher then holds it
   */
  static boolean findTotal(Matcher t, CharSequence text, NarrativeRules.Occurrences o, int from) {
    for (int p = o.next(from + 1); p >= 0; p = o.next(p + 1)) {
      char c = text.charAt(p - 1);
      if ((c == 't' || c == 'T') && t.region(p - 1, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The positions of every clause end of a text, in one pass: ",", ";", ":", and "." before white space or at the
   * end (what "[,;:]|\\.(?=\\s|$)" finds, "$" being the end or a line break that ends the text).
   */
  private static int[] clauseEnds(CharSequence t) {
    int n = t.length();
    int[] out = new int[16];
    int k = 0;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == ',' || c == ';' || c == ':' || (c == '.' && (i + 1 == n || isRegexSpace(t.charAt(i + 1))
          || endsAt(t, i + 1)))) {
        if (k == out.length) {
          out = java.util.Arrays.copyOf(out, k * 2);
        }
        out[k++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /** {@return whether a character is white space as "\\s" means it: space, tab, line feed, vertical tab, form feed, return} */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** {@return whether "$" matches at {@code p}: only a line terminator (or CR LF) follows it} */
  private static boolean endsAt(CharSequence t, int p) {
    int n = t.length();
    if (p == n - 2) {
      return t.charAt(p) == '\r' && t.charAt(p + 1) == '\n';
    }
    if (p == n - 1) {
      char c = t.charAt(p);
      return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return p == n;
  }

  /** The start of the clause holding a position: just after the last clause end before it (a binary search). */
  private static int clauseStart(int[] ends, int from) {
    int k = java.util.Arrays.binarySearch(ends, from);
    int before = k >= 0 ? k - 1 : -k - 2;
    return before < 0 ? 0 : ends[before] + 1;
  }

  /** The end of the clause holding a position: the first clause end at or after it. */
  private static int clauseEnd(int[] ends, int from, int length) {
    int k = java.util.Arrays.binarySearch(ends, from);
    int at = k >= 0 ? k : -k - 1;
    return at < ends.length ? ends[at] : length;
  }

  /**
   * The most characters on each side of a fraction read as its clause: a clause describing a figure is short,
   * and a paragraph of many fractions without punctuation is then read in linear time.
   */
  static final int CLAUSE_REACH = 160;

  /** The most characters after a total's colon in which its number is looked for. */
  static final int TOTAL_REACH = 200;

  /**
   * A total's number lies after its colon, up to the end of the sentence (commas allowed: "hồ sơ, trong đó:
   * 1.492 hồ sơ"), and within {@link #TOTAL_REACH} characters, so that a paragraph of many totals is read in
   * linear time.
   */
  private static int clauseOrSentenceEnd(CharSequence t, int from) {
    int reach = Math.min(t.length(), from + TOTAL_REACH);
    Matcher m = NarrativeRules.SENTENCE_END.matcher(t).region(from, reach);
    return m.find() ? m.start() : reach;
  }
}
