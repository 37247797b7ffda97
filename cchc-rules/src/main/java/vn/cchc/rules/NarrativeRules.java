package vn.cchc.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.rules.tolerance.Verdict;

/**
 * narrative.*: figures claimed in the running text. Patterns (documented in docs/rules.md):
 * a fraction "a/b" followed in the same sentence by "đạt x%" or "tỷ lệ x%"; a total with "trong
 * đó" and its breakdown, inline ("19, trong đó: cán bộ là 11 người, công chức là 08 người") or as
 * the sub-bullets ("+ …: n") under the total's bullet. Internal.
 */
final class NarrativeRules implements Rule {
  static final String NUM = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)";
  static final Pattern FRACTION = Pattern.compile("(?<![\\d/.,\\p{L}])" + NUM + "/" + NUM + "(?![\\d/]|\\.\\d)");
  static final Pattern PERCENT_CLAIM = Pattern.compile(
      "(?:đạt|tỷ lệ|tỉ lệ)\\s*(?:tỷ lệ\\s*|tỉ lệ\\s*)?(?:là\\s*)?(\\d+(?:,\\d+)?)\\s*%", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  static final Pattern NUMBER = Pattern.compile("(?<![\\d/.,%\\p{L}])" + NUM + "(?![\\d/%\\p{L}]|,\\d|\\.\\d)");
  static final Pattern SENTENCE_END = Pattern.compile("[.;](?=\\s|$)");
  /**
   * "trong đó" in any case, spelled letter by letter: the same matches as the case-insensitive literal on NFC
   * text, without converting every character of every block to upper and lower case (the slowest part of
   * checking a real report's narrative).
   */
  static final Pattern TRONG_DO = Pattern.compile("[tT][rR][oO][nN][gG] [đĐ][óÓ]");

  private final Structure s;
  /** How the rule sees a block's text: the text itself, or in tests a view that counts the characters read. */
  private final UnaryOperator<CharSequence> view;

  NarrativeRules(Structure s) {
    this(s, UnaryOperator.identity());
  }

  /** For tests: {@code view} wraps each block's text (e.g. to count how many characters the rule reads). */
  NarrativeRules(Structure s, UnaryOperator<CharSequence> view) {
    this.s = s;
    this.view = view;
  }

  @Override
  public String id() {
    return "narrative";
  }

  record Located(NarrativeBlock block, String path) {}

  record Titled(NarrativeSection section, String path) {}

  /** {@return the report's sections depth first, with their paths; their blocks are not listed} */
  static List<Titled> titles(vn.cchc.model.Report r) {
    List<Titled> out = new ArrayList<>();
    for (NarrativeSection sec : r.sections()) {
      titles(sec, "", out);
    }
    return out;
  }

  private static void titles(NarrativeSection sec, String parent, List<Titled> out) {
    String path = path(sec, parent);
    out.add(new Titled(sec, path));
    sec.children().forEach(c -> titles(c, path, out));
  }

  static List<Located> blocks(vn.cchc.model.Report r) {
    List<Located> out = new ArrayList<>();
    r.preamble().forEach(b -> out.add(new Located(b, "")));
    for (NarrativeSection sec : r.sections()) {
      walk(sec, "", out);
    }
    r.closing().forEach(b -> out.add(new Located(b, "")));
    return out;
  }

  private static void walk(NarrativeSection sec, String parent, List<Located> out) {
    String path = path(sec, parent);
    sec.blocks().forEach(b -> out.add(new Located(b, path)));
    sec.children().forEach(c -> walk(c, path, out));
  }

  /** {@return the path of a section under its parent's path ("II.2" and "2.3" make "II.2.3")} */
  private static String path(NarrativeSection sec, String parent) {
    String m = NarrativeSection.normalizeMarker(sec.marker());
    if (parent.isEmpty()) {
      return m;
    }
    String last = parent.contains(".") ? parent.substring(parent.lastIndexOf('.') + 1) : parent;
    return m.startsWith(last + ".") ? parent + m.substring(last.length()) : parent + "." + m;
  }

  /**
   * Where a match and its groups are: {@code Matcher.toMatchResult()} would copy the whole text for each
   * match of a text that is not a {@code String}.
   */
  record Span(int start, int end, int[] groups) {
    static Span of(Matcher m) {
      int[] g = new int[2 * (m.groupCount() + 1)];
      for (int i = 0; i <= m.groupCount(); i++) {
        g[2 * i] = m.start(i);
        g[2 * i + 1] = m.end(i);
      }
      return new Span(m.start(), m.end(), g);
    }

    int start(int group) {
      return groups[2 * group];
    }

    int end(int group) {
      return groups[2 * group + 1];
    }
  }

  /** A ratio of the catalogue with its numerator's unit label (normalised), for matching narrative fractions. */
  private record UnitRatio(Structure.RatioSpec ratio, String unit) {}

  @Override
  public List<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<UnitRatio> units = new ArrayList<>();
    int longest = 0;
    for (Structure.RatioSpec r : s.ratios) {
      Optional<String> unit = s.unitLabel(ctx.catalogue(), r.numeratorId());
      if (unit.isPresent()) {
        units.add(new UnitRatio(r, unit.get()));
        longest = Math.max(longest, unit.get().length());
      }
    }
    List<Located> all = ctx.blocks();
    for (int i = 0; i < all.size(); i++) {
      Located l = all.get(i);
      CharSequence t = view.apply(l.block().text());
      SentenceEnds ends = new SentenceEnds(t);
      fractions(ctx, l, t, ends, units, longest, out);
      List<Span> clauses = clausesOf(t);
      inlineTotals(l, t, ends, clauses, out);
      if (!clauses.isEmpty()) {
        bulletTotals(all, i, out);
      }
    }
    return out;
  }

  /**
   * The "trong đó" of a text, in order: the matches of {@link #TRONG_DO}, eight fixed letters each in one of two
   * cases, compared letter by letter where its rarest letter, the "ó", is (one character in 400 of a real
   * report, against one in 20 for the "t" it starts with). Running a matcher at every "t" — resetting its
   * region each time — and then comparing at every "t" cost more than any other part of the narrative rules.
   */
  static List<Span> clausesOf(CharSequence t) {
    List<Span> found = new ArrayList<>();
    int o = TRONG_DO_LETTERS.indexOf('ó');
    Occurrences at = new Occurrences(t, 'ó', 'Ó');
    for (int p = at.next(o), from = o; p >= 0; p = at.next(from)) {
      int i = p - o;
      if (trongDoAt(t, i)) {
        found.add(new Span(i, i + TRONG_DO_LETTERS.length(), new int[] {i, i + TRONG_DO_LETTERS.length()}));
        from = i + TRONG_DO_LETTERS.length() + o; // matches do not overlap: the next one starts after this one
      } else {
        from = p + 1;
      }
    }
    return found;
  }

  /**
   * Where a letter is in a text, in either of its two cases, in order: for scans that try a word only where one of
   * its rarer letters is. Each case is searched for with {@link #indexOf} ({@link String#indexOf(int, int)},
   * vectorised, for a string), and as the positions asked for only go forward, each character of the text is read
   * at most once per case however many times it is asked.
   */
  static final class Occurrences {
    private final CharSequence t;
    private final char lower;
    private final char upper;
    private int a;
    private int b;

    Occurrences(CharSequence t, char lower, char upper) {
      this.t = t;
      this.lower = lower;
      this.upper = upper;
      this.a = indexOf(t, lower, 0);
      this.b = indexOf(t, upper, 0);
    }

    /** {@return the first position at or after {@code from} (never less than the last asked) of the letter, or -1} */
    int next(int from) {
      if (a >= 0 && a < from) {
        a = indexOf(t, lower, from);
      }
      if (b >= 0 && b < from) {
        b = indexOf(t, upper, from);
      }
      return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
  }

  /** "trong đó" in lower case: each letter of {@link #TRONG_DO} is this letter or its upper case. */
  private static final String TRONG_DO_LETTERS = "trong đó";

  /** The same in upper case, letter for letter. */
  private static final String TRONG_DO_UPPER = TRONG_DO_LETTERS.toUpperCase(java.util.Locale.ROOT);

  /** {@return whether {@link #TRONG_DO} matches at {@code i}: each letter in lower or upper case, the space as is} */
  private static boolean trongDoAt(CharSequence t, int i) {
    for (int k = 0; k < TRONG_DO_LETTERS.length(); k++) {
      char c = t.charAt(i + k);
      if (c != TRONG_DO_LETTERS.charAt(k) && c != TRONG_DO_UPPER.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The numbers of a text, in order: the matches of {@link #NUMBER}, tried only at a digit that does not follow
   * a digit or a dot (where its lookbehind can hold), rather than at every character.
   */
  static List<Span> numbersOf(CharSequence t) {
    List<Span> found = new ArrayList<>();
    Matcher m = NUMBER.matcher(t).useTransparentBounds(true);
    int n = t.length();
    char before = ' ';
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9' && !(before >= '0' && before <= '9' || before == '.') && m.region(i, n).lookingAt()) {
        found.add(Span.of(m));
        i = m.end() - 1;
        c = t.charAt(i);
      }
      before = c;
    }
    return found;
  }

  /**
   * The fractions of a text, in order: the matches of {@link #FRACTION}, found where they can start. A
   * numerator is a run of digits and dots that ends at a '/' followed by a digit (the denominator's first), so
   * the text is searched for its '/' only, and the pattern tried once at the start of the run before each such
   * '/', rather than at every character of the text (its lookbehind made every character cost several tests).
   * Walking back over the run reads at most the characters since the previous '/', so the text is read in
   * linear time.
   */
  static List<Span> fractionsOf(CharSequence t) {
    List<Span> found = new ArrayList<>();
    Matcher m = null; // made at the first '/' that can end a numerator: most blocks have none
    int n = t.length();
    int last = 0; // the end of the last fraction: matches do not overlap
    for (int slash = indexOf(t, '/', 0); slash >= 0; slash = indexOf(t, '/', slash + 1)) {
      int run = slash;
      while (run > 0 && isDigitOrDot(t.charAt(run - 1))) {
        run--;
      }
      if (run == slash || run < last || slash + 1 >= n || !isDigit(t.charAt(slash + 1))) {
        continue;
      }
      if (m == null) {
        m = FRACTION.matcher(t).useTransparentBounds(true);
      }
      m.region(run, n);
      if (m.lookingAt()) {
        found.add(Span.of(m));
        last = m.end();
      }
    }
    return found;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDigitOrDot(char c) {
    return c >= '0' && c <= '9' || c == '.';
  }

  /** {@return whether {@code c} is in {@code t} between {@code from} (included) and {@code to} (excluded)} */
  private static boolean contains(CharSequence t, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** {@return the first index of {@code c} at or after {@code from}, or -1: {@link String#indexOf(int, int)} for a string} */
  static int indexOf(CharSequence t, char c, int from) {
    if (t instanceof String) {
      return ((String) t).indexOf(c, from);
    }
    for (int i = from; i < t.length(); i++) {
      if (t.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private ImmutableFinding.Builder place(ImmutableFinding.Builder b, Located l) {
    b.location(l.block().location());
    if (!l.path().isEmpty()) {
      b.sectionPath(l.path());
    }
    return b;
  }

  /**
   * Reads a number the narrative patterns matched.
   *
   * @throws vn.cchc.model.VietnameseNumberException when it cannot be read (longer than
   *     {@link VietnameseNumber#MAX_LENGTH} characters)
   */
  static BigDecimal parse(String vn) {
    return VietnameseNumber.parse(vn).value();
  }

  /** {@return the number, or empty when it is too long to compute with} */
  static Optional<BigDecimal> tryParse(CharSequence vn) {
    if (vn.length() > VietnameseNumber.MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      return Optional.of(VietnameseNumber.parse(vn.toString()).value());
    } catch (vn.cchc.model.VietnameseNumberException e) {
      return Optional.empty();
    }
  }

  /** A number of the narrative that cannot be computed with: an INFO finding, and the claim is not checked. */
  private void unreadable(Located l, CharSequence claim, CharSequence number, List<Finding> out) {
    out.add(place(Findings.of("narrative.number-unreadable", Severity.INFO, quote(claim), number.length(),
        VietnameseNumber.MAX_LENGTH), l).build());
  }

  /** The claim as quoted in a message: at most 80 characters, the rest shown as "…". */
  static String quote(CharSequence text) {
    return text.length() <= 80 ? text.toString() : text.subSequence(0, 40) + "…" + text.subSequence(text.length() - 20, text.length());
  }

  /**
   * The end of the sentence from a position on, found with one scan of the text however many times it is
   * asked, as long as the positions asked for do not go back: the last answer stays right for every position
   * up to it.
   */
  static final class SentenceEnds {
    private final CharSequence t;
    private Matcher e; // made when first asked: most blocks have no claim to end
    private int from = -1;
    private int end = -1;

    SentenceEnds(CharSequence t) {
      this.t = t;
    }

    int from(int position) {
      if (position < from || position > end) {
        if (e == null) {
          e = SENTENCE_END.matcher(t);
        }
        from = position;
        end = e.find(position) ? e.start() : t.length();
      }
      return end;
    }
  }

  private void fractions(RuleContext ctx, Located l, CharSequence t, SentenceEnds ends, List<UnitRatio> units, int longest,
      List<Finding> out) {
    List<Span> found = fractionsOf(t);
    for (int k = 0; k < found.size(); k++) {
      Span f = found.get(k);
      CharSequence frac = t.subSequence(f.start(), f.end());
      Optional<BigDecimal> a = tryParse(t.subSequence(f.start(1), f.end(1)));
      Optional<BigDecimal> b = tryParse(t.subSequence(f.start(2), f.end(2)));
      if (a.isEmpty() || b.isEmpty()) {
        unreadable(l, frac, a.isEmpty() ? t.subSequence(f.start(1), f.end(1)) : t.subSequence(f.start(2), f.end(2)), out);
        continue;
      }
      int end = ends.from(f.end());
      // the claim belongs to this fraction up to the next fraction: regions never overlap, so all of them read the text once
      int limit = k + 1 < found.size() && found.get(k + 1).start() < end ? found.get(k + 1).start() : end;
      // a claim ends with "%": without one before the limit, the pattern (and a matcher made for it) cannot find one
      if (b.get().signum() != 0 && contains(t, '%', f.end(), limit)) {
        Matcher p = PERCENT_CLAIM.matcher(t).region(f.end(), limit);
        if (p.find()) {
          percentClaim(l, t, f, p, frac, a.get(), b.get(), out);
        }
      }
      appendix(ctx, l, after(t, f.end(), limit, 2 * longest + 8), a.get(), b.get(), frac.toString(), units, out);
    }
  }

  /**
   * The percentage claimed for a fraction ("đạt x%") against the fraction: decided by exact cross-multiplication
   * ({@link RatioVerdict}, the verdict of {@code Tolerance.verdict(Tolerance.percentage(a, b), x, decimals)}), and the
   * percentage shown only for a finding, divided once to the decimals shown ({@link RoundedQuotient#displayed}).
   */
  private void percentClaim(Located l, CharSequence t, Span f, Matcher p, CharSequence frac, BigDecimal a, BigDecimal b,
      List<Finding> out) {
    Optional<BigDecimal> claimed = tryParse(t.subSequence(p.start(1), p.end(1)));
    if (claimed.isEmpty()) {
      unreadable(l, t.subSequence(f.start(), p.end()), t.subSequence(p.start(1), p.end(1)), out);
      return;
    }
    BigDecimal x = claimed.get();
    int d = Math.max(0, x.scale());
    Verdict v = RatioVerdict.of(a, b, x);
    if (v == Verdict.INCONSISTENT) {
      BigDecimal shown = RoundedQuotient.displayed(a, b, d);
      out.add(place(Findings.of("narrative.fraction-mismatch", Severity.ERROR, frac, x, shown), l)
          .expected(shown).actual(x).build());
    } else if (v == Verdict.TRUNCATED) {
      BigDecimal shown = RoundedQuotient.displayed(a, b, d);
      out.add(place(Findings.of("narrative.fraction-truncated", Severity.INFO, frac, x, shown), l)
          .expected(shown).actual(x).build());
    }
  }

  /**
   * The normalised text right after a fraction, long enough to start with any unit label: the blanks after
   * the fraction (which lie before the next fraction, so each is read once) and then at most {@code length}
   * characters — never the whole rest of the paragraph, which made a paragraph of fractions quadratic.
   */
  private static String after(CharSequence t, int from, int limit, int length) {
    int i = from;
    while (i < limit && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return Structure.norm(t.subSequence(i, Math.min(t.length(), i + length)).toString());
  }

  /** Compares a narrative fraction with the appendix ratio that counts the same unit and shares one of its numbers. */
  private void appendix(RuleContext ctx, Located l, String rest, BigDecimal a, BigDecimal b, String frac, List<UnitRatio> units,
      List<Finding> out) {
    List<Finding> found = new ArrayList<>();
    int candidates = 0;
    for (UnitRatio u : units) {
      Structure.RatioSpec r = u.ratio();
      if (!rest.startsWith(u.unit())) {
        continue;
      }
      DerivedValue dv = ctx.derived().get(r.id());
      if (dv == null) {
        continue;
      }
      BigDecimal n = dv.numerator().orElseThrow();
      BigDecimal d = dv.denominator().orElseThrow();
      boolean sameN = n.compareTo(a) == 0;
      boolean sameD = d.compareTo(b) == 0;
      if (sameN && sameD) {
        return;
      }
      if (sameN || sameD) {
        candidates++;
        BigDecimal expected = sameN ? d : n;
        BigDecimal actual = sameN ? b : a;
        found.add(place(Findings.of("narrative.fraction-appendix", Severity.ERROR, frac, r.id(),
            n.toPlainString() + "/" + d.toPlainString()), l)
            .addIndicatorIds(r.id(), r.numeratorId(), r.denominatorId()).expected(expected).actual(actual).build());
      }
    }
    if (candidates == 1) {
      out.addAll(found);
    }
  }

  /** {@return the numbers of a text, or empty when one of them is too long to compute with} */
  static Optional<List<BigDecimal>> numbers(CharSequence text) {
    List<BigDecimal> out = new ArrayList<>();
    for (Span m : numbersOf(text)) {
      Optional<BigDecimal> n = tryParse(text.subSequence(m.start(1), m.end(1)));
      if (n.isEmpty()) {
        return Optional.empty();
      }
      out.add(n.get());
    }
    return Optional.of(out);
  }

  private static final Pattern TOTAL_BEFORE = Pattern.compile(NUM + "[\\p{L}\\s]{0,20},\\s*$");
  private static final Pattern LEADING_COLON = Pattern.compile("^\\s*:");
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,;]");

  /**
   * "N …, trong đó: a, b, c": the breakdown runs to the end of the sentence or to the next "trong đó",
   * whichever comes first (the next one breaks down an item of this one: "…, công chức 08 người, trong đó
   * nữ 3, nam 5"), so every clause reads its own part of the text only.
   */
  private void inlineTotals(Located l, CharSequence t, SentenceEnds ends, List<Span> clauses, List<Finding> out) {
    for (int k = 0; k < clauses.size(); k++) {
      Span c = clauses.get(k);
      CharSequence before = t.subSequence(Math.max(0, c.start() - 40), c.start());
      Matcher total = TOTAL_BEFORE.matcher(before);
      if (!total.find()) {
        continue;
      }
      int end = ends.from(c.end());
      if (k + 1 < clauses.size() && clauses.get(k + 1).start() < end) {
        end = clauses.get(k + 1).start();
      }
      String tail = LEADING_COLON.matcher(t.subSequence(c.end(), end)).replaceFirst("").stripTrailing();
      List<BigDecimal> parts = new ArrayList<>();
      for (String item : ITEM_SEPARATOR.split(tail)) {
        Optional<List<BigDecimal>> ns = numbers(item);
        if (ns.isEmpty()) {
          unreadable(l, t.subSequence(c.start(), end), longestNumber(item), out);
          parts.clear();
          break;
        }
        if (ns.get().size() != 1) {
          parts.clear();
          break;
        }
        parts.add(ns.get().get(0));
      }
      Optional<BigDecimal> whole = tryParse(total.group(1));
      if (parts.size() >= 2 && whole.isPresent()) {
        sum(l, whole.get(), parts, out);
      }
    }
  }

  /** A block that says "trong đó" (checked by the caller) followed by the sub-bullets of its breakdown. */
  private void bulletTotals(List<Located> all, int i, List<Finding> out) {
    Located l = all.get(i);
    if (l.block().kind() == NarrativeBlock.Kind.SUB_BULLET) {
      return;
    }
    Optional<List<BigDecimal>> head = numbers(l.block().text());
    if (head.isEmpty()) {
      if (i + 1 < all.size() && all.get(i + 1).block().kind() == NarrativeBlock.Kind.SUB_BULLET) {
        unreadable(l, l.block().text(), longestNumber(l.block().text()), out);
      }
      return;
    }
    if (head.get().size() != 1) {
      return;
    }
    List<BigDecimal> parts = new ArrayList<>();
    for (int j = i + 1; j < all.size() && all.get(j).block().kind() == NarrativeBlock.Kind.SUB_BULLET; j++) {
      Optional<List<BigDecimal>> ns = numbers(all.get(j).block().text());
      if (ns.isEmpty() || ns.get().size() != 1) {
        return;
      }
      parts.add(ns.get().get(0));
    }
    if (parts.size() >= 2) {
      sum(l, head.get().get(0), parts, out);
    }
  }

  /** {@return the longest number the narrative patterns match in a text (the one too long to read)} */
  private static CharSequence longestNumber(CharSequence text) {
    CharSequence longest = "";
    for (Span m : numbersOf(text)) {
      if (m.end(1) - m.start(1) > longest.length()) {
        longest = text.subSequence(m.start(1), m.end(1));
      }
    }
    return longest;
  }

  private void sum(Located l, BigDecimal total, List<BigDecimal> parts, List<Finding> out) {
    BigDecimal s = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (s.compareTo(total) != 0) {
      StringBuilder sb = new StringBuilder();
      for (BigDecimal p : parts) {
        sb.append(sb.length() == 0 ? "" : " + ").append(p.toPlainString());
      }
      out.add(place(Findings.of("narrative.total-mismatch", Severity.ERROR, total, sb.toString(), s), l)
          .expected(s).actual(total).build());
    }
  }
}
