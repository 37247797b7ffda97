package vn.cchc.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.rules.CatalogueStructure;
import vn.cchc.rules.Derivation;
import vn.cchc.rules.Severity;
import vn.cchc.rules.tolerance.Tolerance;
import vn.cchc.rules.tolerance.Verdict;

/**
 * Corruptions that plant a ratio inconsistency with a known cause, each with the finding it obliges and the
 * explanation ({@link vn.cchc.rules.Explanation}) that finding must carry ({@link Corrupted#explanation()}).
 * Like {@link Corruptions}, they find their rows from the catalogue's structure, never by id.
 *
 * <table>
 *   <caption>Corruptions with a known cause</caption>
 *   <tr><th>corruption</th><th>what changes</th><th>finding</th><th>explanation</th></tr>
 *   <tr><td>{@link #numeratorOmitsPart()}</td><td>the numerator counts one part of a breakdown the narrative lists
 *     ("- Kết quả: N, trong đó: + …: x + …: y"); the ratio is N's</td><td>ratio.mismatch</td><td>cause.part-omitted: numerator = N</td></tr>
 *   <tr><td>{@link #termsSwapped()}</td><td>numerator and denominator exchanged</td><td>ratio.mismatch</td><td>cause.swapped</td></tr>
 *   <tr><td>{@link #ratioAsFraction()}</td><td>the ratio written as a fraction (0,93 for 93 %)</td><td>ratio.mismatch</td><td>cause.fraction-not-percent</td></tr>
 *   <tr><td>{@link #thousandsSeparator()}</td><td>a money denominator written "2,000" for 2.000</td><td>ratio.mismatch</td><td>cause.thousands-separator</td></tr>
 *   <tr><td>{@link #ratioTruncated()}</td><td>the ratio truncated, not rounded</td><td>ratio.truncated INFO</td><td>cause.truncated</td></tr>
 *   <tr><td>{@link #ratioCopiedFromNeighbour()}</td><td>the ratio holds a sibling ratio's value</td><td>ratio.mismatch</td><td>cause.copied-value</td></tr>
 * </table>
 */
public final class ExplainedCorruptions {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ExplainedCorruptions() {}

  /** {@return every corruption with a known cause, in the order of the table above} */
  public static List<Corruption> all() {
    return List.of(numeratorOmitsPart(), termsSwapped(), ratioAsFraction(), thousandsSeparator(), ratioTruncated(),
        ratioCopiedFromNeighbour());
  }

  /**
   * The corruptions with a known cause that have a place in a catalogue at a level.
   *
   * @param catalogue the catalogue
   * @param level the level
   * @return the applicable corruptions
   */
  public static List<Corruption> applicable(Catalogue catalogue, AdministrativeLevel level) {
    java.util.Objects.requireNonNull(catalogue, "catalogue");
    java.util.Objects.requireNonNull(level, "level");
    return all().stream().filter(c -> c.appliesTo(catalogue, level)).collect(Collectors.toUnmodifiableList());
  }

  /** {@return the numerator left without one part of a breakdown the narrative gives; the ratio written for the whole} */
  public static Corruption numeratorOmitsPart() {
    return Corruption.of("numerator-omits-part", (cat, level) -> !sameUnitSites(cat, level).isEmpty(), (report, cat, random) -> {
      Shape s = Shape.of(cat);
      CatalogueStructure.Ratio r = Corruptions.pick(sameUnitSites(cat, report.issuer().level()), random);
      long d = random.nextLong(50, 3_000);
      long n = random.nextLong(d / 2, d + 1);
      long part = random.nextLong(Math.max(1, n / 4), n);
      long kept = n - part;
      BigDecimal p = rounded(BigDecimal.valueOf(n), BigDecimal.valueOf(d), random.nextInt(0, 2));
      Report out = terms(cat, s, report, r, kept, d, p);
      String unit = s.def(r.numeratorId()).unit().orElseThrow().label().toLowerCase(Locale.forLanguageTag("vi"));
      int line = Edit.lastLine(out) + 1;
      out = Edit.withBlock(out, block(NarrativeBlock.Kind.BULLET, "-", "Kết quả thực hiện: " + fmt(n) + " " + unit + ", trong đó:", line));
      out = Edit.withBlock(out, block(NarrativeBlock.Kind.SUB_BULLET, "- +", "Nhóm thứ nhất: " + fmt(part) + " " + unit + ".", line + 1));
      out = Edit.withBlock(out, block(NarrativeBlock.Kind.SUB_BULLET, "- +", "Nhóm thứ hai: " + fmt(kept) + " " + unit + ".", line + 2));
      return new Corrupted(out, mismatch(r), r.numeratorId() + " = " + kept + " counts one part of " + n + " = " + part + " + "
          + kept + " (narrative, line " + line + "); " + r.id() + " = " + p.toPlainString() + " is " + n + "/" + d,
          Optional.of(ExpectedExplanation.of("cause.part-omitted", r.numeratorId(), BigDecimal.valueOf(n))));
    });
  }

  /** {@return numerator and denominator written in each other's row} */
  public static Corruption termsSwapped() {
    return Corruption.of("terms-swapped", (cat, level) -> !sameUnitSites(cat, level).isEmpty(), (report, cat, random) -> {
      Shape s = Shape.of(cat);
      CatalogueStructure.Ratio r = Corruptions.pick(sameUnitSites(cat, report.issuer().level()), random);
      long d = random.nextLong(20, 3_000);
      long n = random.nextLong(1, d * 9 / 10 + 1);
      BigDecimal p = rounded(BigDecimal.valueOf(n), BigDecimal.valueOf(d), random.nextInt(0, 2));
      Report out = terms(cat, s, report, r, d, n, p);
      return new Corrupted(out, mismatch(r), r.numeratorId() + " = " + d + " and " + r.denominatorId() + " = " + n
          + " swapped; " + r.id() + " = " + p.toPlainString(), Optional.of(new ExpectedExplanation("cause.swapped",
              Map.of(r.numeratorId(), BigDecimal.valueOf(n), r.denominatorId(), BigDecimal.valueOf(d)))));
    });
  }

  /** {@return the ratio written as a fraction of 1 ("0,93" for 93 %)} */
  public static Corruption ratioAsFraction() {
    return Corruption.of("ratio-as-fraction", (cat, level) -> !samePower(cat, level).isEmpty(),
        (report, cat, random) -> {
          Shape s = Shape.of(cat);
          CatalogueStructure.Ratio r = Corruptions.pick(samePower(cat, report.issuer().level()), random);
          long d = random.nextLong(20, 3_000);
          long n = random.nextLong(d / 10 + 1, d + 1);
          Report out = terms(cat, s, report, r, n, d, BigDecimal.ZERO);
          BigDecimal p = rounded(amount(out, r.numeratorId()), amount(out, r.denominatorId()), random.nextInt(0, 2));
          BigDecimal written = p.movePointLeft(2);
          out = Edit.withValue(cat, out, s.def(r.id()), Edit.percent(written));
          return new Corrupted(out, mismatch(r), r.id() + " written " + written.toPlainString() + " for " + p.toPlainString() + "%",
              Optional.of(ExpectedExplanation.of("cause.fraction-not-percent", r.id(), p)));
        });
  }

  /** {@return a money denominator written with its thousands separator as a decimal comma ("2,000" for 2.000)} */
  public static Corruption thousandsSeparator() {
    return Corruption.of("thousands-separator", (cat, level) -> !moneySites(cat, level).isEmpty(), (report, cat, random) -> {
      Shape s = Shape.of(cat);
      CatalogueStructure.Ratio r = Corruptions.pick(moneySites(cat, report.issuer().level()), random);
      long d = random.nextLong(1_000, 10_000);
      long n = random.nextLong(d / 10 + 1, d + 1);
      Report out = terms(cat, s, report, r, n, d, BigDecimal.ZERO);
      BigDecimal p = rounded(amount(out, r.numeratorId()), amount(out, r.denominatorId()), random.nextInt(0, 2));
      out = Edit.withValue(cat, out, s.def(r.id()), Edit.percent(p));
      IndicatorValue misread = Edit.money(s.def(r.denominatorId()), BigDecimal.valueOf(d, 3));
      out = Edit.withValue(cat, out, s.def(r.denominatorId()), misread);
      return new Corrupted(out, mismatch(r), r.denominatorId() + " written \"" + misread.asWritten() + "\" for " + fmt(d),
          Optional.of(ExpectedExplanation.of("cause.thousands-separator", r.denominatorId(), BigDecimal.valueOf(d))));
    });
  }

  /** {@return the ratio truncated to its decimals instead of rounded} */
  public static Corruption ratioTruncated() {
    return Corruption.of("ratio-truncated", (cat, level) -> !samePower(cat, level).isEmpty(),
        (report, cat, random) -> {
          Shape s = Shape.of(cat);
          CatalogueStructure.Ratio r = Corruptions.pick(samePower(cat, report.issuer().level()), random);
          int dec = random.nextInt(0, 2);
          for (int attempt = 0; ; attempt++) {
            long d = attempt < 200 ? random.nextLong(20, 3_000) : 3;
            long n = attempt < 200 ? random.nextLong(1, d) : 2;
            Report out = terms(cat, s, report, r, n, d, BigDecimal.ZERO);
            BigDecimal exact = Tolerance.percentage(amount(out, r.numeratorId()), amount(out, r.denominatorId()));
            BigDecimal truncated = exact.setScale(dec, RoundingMode.DOWN);
            BigDecimal round = exact.setScale(dec, RoundingMode.HALF_UP);
            if (truncated.compareTo(round) == 0 || Tolerance.verdict(exact, truncated, dec) != Verdict.TRUNCATED) {
              continue;
            }
            out = Edit.withValue(cat, out, s.def(r.id()), Edit.percent(truncated));
            return new Corrupted(out, ExpectedFinding.of("ratio.truncated", Severity.INFO, r.id(), r.numeratorId(), r.denominatorId()),
                r.id() + " written " + truncated.toPlainString() + " for " + exact.toPlainString(),
                Optional.of(ExpectedExplanation.of("cause.truncated", r.id(), round)));
          }
        });
  }

  /** {@return a ratio holding the value of a sibling ratio (another ratio under the same parent)} */
  public static Corruption ratioCopiedFromNeighbour() {
    return Corruption.of("ratio-copied-from-neighbour", (cat, level) -> !siblingPairs(cat, level).isEmpty(),
        (report, cat, random) -> {
          Shape s = Shape.of(cat);
          List<CatalogueStructure.Ratio[]> pairs = siblingPairs(cat, report.issuer().level());
          CatalogueStructure.Ratio[] pair = Corruptions.pick(pairs, random);
          CatalogueStructure.Ratio r = pair[0];
          CatalogueStructure.Ratio q = pair[1];
          int dec = random.nextInt(0, 2);
          // q: a ratio strictly between 10 and 45 %; r: one strictly between 55 and 90 % (never 0 or 100: those carry no evidence)
          long dq = random.nextLong(100, 3_000);
          Report out = terms(cat, s, report, q, dq * random.nextLong(11, 45) / 100, dq, BigDecimal.ZERO);
          BigDecimal pq = rounded(amount(out, q.numeratorId()), amount(out, q.denominatorId()), dec);
          out = Edit.withValue(cat, out, s.def(q.id()), Edit.percent(pq));
          long dr = random.nextLong(100, 3_000);
          out = terms(cat, s, out, r, dr * random.nextLong(56, 90) / 100, dr, BigDecimal.ZERO);
          BigDecimal pr = rounded(amount(out, r.numeratorId()), amount(out, r.denominatorId()), dec);
          out = Edit.withValue(cat, out, s.def(r.id()), Edit.percent(pq));
          return new Corrupted(out, mismatch(r), r.id() + " = " + pq.toPlainString() + " copied from " + q.id() + "; it is "
              + pr.toPlainString(), Optional.of(ExpectedExplanation.of("cause.copied-value", r.id(), pr)));
        });
  }

  // ---------------------------------------------------------------- helpers

  private static ExpectedFinding mismatch(CatalogueStructure.Ratio r) {
    return ExpectedFinding.of("ratio.mismatch", Severity.ERROR, r.id(), r.numeratorId(), r.denominatorId());
  }

  private static String fmt(long n) {
    return VietnameseNumber.format(BigDecimal.valueOf(n));
  }

  private static BigDecimal rounded(BigDecimal n, BigDecimal d, int decimals) {
    return Tolerance.percentage(n, d).setScale(decimals, RoundingMode.HALF_UP);
  }

  private static BigDecimal amount(Report r, String id) {
    return Derivation.amount(r.value(id).orElseThrow());
  }

  private static NarrativeBlock block(NarrativeBlock.Kind kind, String marker, String text, int line) {
    return NarrativeBlock.builder().kind(kind).marker(marker).text(text).location(SourceLocation.of(line, 1)).build();
  }

  /** The report with a ratio's numerator and denominator (whole numbers of their units) and the ratio's percentage. */
  private static Report terms(Catalogue cat, Shape s, Report report, CatalogueStructure.Ratio r, long n, long d, BigDecimal p) {
    Report out = Edit.withValue(cat, report, s.def(r.numeratorId()), Edit.typed(s.def(r.numeratorId()), n));
    out = Edit.withValue(cat, out, s.def(r.denominatorId()), Edit.typed(s.def(r.denominatorId()), d));
    return Edit.withValue(cat, out, s.def(r.id()), Edit.percent(p));
  }

  /** Counted ratios whose numerator and denominator share a unit. */
  private static List<CatalogueStructure.Ratio> sameUnitSites(Catalogue cat, AdministrativeLevel level) {
    Shape s = Shape.of(cat);
    return Corruptions.ratioSites(cat, level, true).stream()
        .filter(r -> s.def(r.numeratorId()).unit().map(u -> u.label()).equals(s.def(r.denominatorId()).unit().map(u -> u.label())))
        .collect(Collectors.toList());
  }

  /** Ratios whose numerator and denominator are counts, or amounts in one unit (so that n/d is the ratio of the numbers written). */
  private static List<CatalogueStructure.Ratio> samePower(Catalogue cat, AdministrativeLevel level) {
    Shape s = Shape.of(cat);
    return Corruptions.ratioSites(cat, level, false).stream()
        .filter(r -> Edit.power(s.def(r.numeratorId())) == Edit.power(s.def(r.denominatorId()))).collect(Collectors.toList());
  }

  /** Ratios whose denominator is an amount of money. */
  private static List<CatalogueStructure.Ratio> moneySites(Catalogue cat, AdministrativeLevel level) {
    Shape s = Shape.of(cat);
    return samePower(cat, level).stream()
        .filter(r -> s.def(r.denominatorId()).kind() == IndicatorKind.MONEY).collect(Collectors.toList());
  }

  /** Ordered pairs of ratios under one parent. */
  private static List<CatalogueStructure.Ratio[]> siblingPairs(Catalogue cat, AdministrativeLevel level) {
    Shape s = Shape.of(cat);
    List<CatalogueStructure.Ratio> sites = samePower(cat, level);
    List<CatalogueStructure.Ratio[]> out = new ArrayList<>();
    for (CatalogueStructure.Ratio a : sites) {
      for (CatalogueStructure.Ratio b : sites) {
        Optional<String> pa = s.def(a.id()).parentId();
        if (a != b && pa.isPresent() && pa.equals(s.def(b.id()).parentId())) {
          out.add(new CatalogueStructure.Ratio[] {a, b});
        }
      }
    }
    return out;
  }
}
