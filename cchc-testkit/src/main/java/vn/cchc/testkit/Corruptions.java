package vn.cchc.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.catalogue.CodeList;
import vn.cchc.model.CodedValue;
import vn.cchc.model.CountValue;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.DocumentType;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.PercentageValue;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.UnitKind;
import vn.cchc.model.ValueState;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.rules.CatalogueStructure;
import vn.cchc.rules.Derivation;
import vn.cchc.rules.Severity;
import vn.cchc.rules.tolerance.Tolerance;

/**
 * The standard corruptions: one planted inconsistency each, with the finding the standard rules
 * must produce. Each works on any catalogue that has a place for it (see
 * {@link Corruption#appliesTo}): the rows are found from the catalogue's structure, never by id.
 *
 * <table>
 *   <caption>Corruptions and the findings they oblige</caption>
 *   <tr><th>corruption</th><th>what changes</th><th>expected finding</th></tr>
 *   <tr><td>{@link #ratioOff()}</td><td>a ratio k ≥ 2 units of its last decimal away from its terms</td><td>ratio.mismatch ERROR</td></tr>
 *   <tr><td>{@link #numeratorExceedsDenominator()}</td><td>numerator &gt; denominator</td><td>ratio.numerator-exceeds ERROR</td></tr>
 *   <tr><td>{@link #partExceedsWhole()}</td><td>one part larger than its whole</td><td>parts.exceed-whole ERROR</td></tr>
 *   <tr><td>{@link #percentagePartsOverHundred()}</td><td>percentage parts summing over 100</td><td>parts.percent-sum ERROR</td></tr>
 *   <tr><td>{@link #exceedsLimit()}</td><td>a count above its {@code notAbove} limit ("… có mặt" &gt; "… được giao")</td><td>range.not-above ERROR</td></tr>
 *   <tr><td>{@link #codeOutsideList()}</td><td>a number outside the code list on a coded row</td><td>code.unknown ERROR</td></tr>
 *   <tr><td>{@link #percentageOverHundred()}</td><td>a percentage over 100</td><td>range.percentage ERROR</td></tr>
 *   <tr><td>{@link #negativeCount()}</td><td>a negative count or amount</td><td>range.negative ERROR</td></tr>
 *   <tr><td>{@link #valueOnRowNotForLevel()}</td><td>a value on a row that does not apply to the level</td><td>level.not-applicable WARNING</td></tr>
 *   <tr><td>{@link #groupRowWithValue()}</td><td>a value on a group row</td><td>kind.group-value WARNING</td></tr>
 *   <tr><td>{@link #narrativeFractionAgainstTable()}</td><td>a paragraph "đã thực hiện được a/b …" whose b is not the table's denominator</td><td>narrative.fraction-appendix ERROR</td></tr>
 *   <tr><td>{@link #narrativePercentAgainstFraction()}</td><td>a paragraph "a/b …, đạt x%" with x wrong by ≥ 2 units</td><td>narrative.fraction-mismatch ERROR</td></tr>
 *   <tr><td>{@link #narrativeTotalMismatch()}</td><td>"T người, trong đó: … A người, … B người" with A + B ≠ T</td><td>narrative.total-mismatch ERROR</td></tr>
 *   <tr><td>{@link #documentTypeAgainstSymbol()}</td><td>a citation "Kế hoạch số 12/QĐ-UBND …"</td><td>doc.type-symbol ERROR</td></tr>
 * </table>
 *
 * <p>A code outside its list cannot be built as a {@link CodedValue} (the model refuses it) and
 * the text reader reports it as a read problem; what reaches the rules is a number on a coded row
 * (a JSON {@code COUNT} value, or a value built by a program), which is what
 * {@link #codeOutsideList()} plants.
 */
public final class Corruptions {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final DocumentType[] TYPES = {DocumentType.PLAN, DocumentType.DECISION, DocumentType.REPORT,
    DocumentType.NOTICE, DocumentType.GUIDANCE, DocumentType.DIRECTIVE, DocumentType.PROGRAMME};

  private Corruptions() {}

  /** {@return every standard corruption, in the order of the table above} */
  public static List<Corruption> standard() {
    return List.of(ratioOff(), numeratorExceedsDenominator(), partExceedsWhole(), percentagePartsOverHundred(),
        exceedsLimit(), codeOutsideList(), percentageOverHundred(), negativeCount(), valueOnRowNotForLevel(),
        groupRowWithValue(), narrativeFractionAgainstTable(), narrativePercentAgainstFraction(), narrativeTotalMismatch(),
        documentTypeAgainstSymbol());
  }

  /**
   * The standard corruptions that have a place in a catalogue at a level.
   *
   * @param catalogue the catalogue
   * @param level the level
   * @return the applicable corruptions, in standard order
   */
  public static List<Corruption> applicable(Catalogue catalogue, AdministrativeLevel level) {
    java.util.Objects.requireNonNull(catalogue, "catalogue");
    java.util.Objects.requireNonNull(level, "level");
    return standard().stream().filter(c -> c.appliesTo(catalogue, level)).collect(Collectors.toUnmodifiableList());
  }

  // ---------------------------------------------------------------- ratios

  /** {@return a ratio off by a random 2 to 25 units of its last written decimal} */
  public static Corruption ratioOff() {
    return ratioOff("ratio-off", 2, 25);
  }

  /**
   * A ratio off by exactly {@code units} units of its last written decimal ("99,3" off by 2 is
   * "99,5" or "99,1"). Two units is the least that no rounding or truncation explains: one unit
   * below can be a truncated figure, which the rules report only as INFO.
   *
   * @param units how far off, 2 to 50
   * @return the corruption
   * @throws IllegalArgumentException when {@code units} is out of 2..50
   */
  public static Corruption ratioOffBy(int units) {
    if (units < 2 || units > 50) {
      throw new IllegalArgumentException("units must be 2..50 (1 unit may be a truncation), was " + units);
    }
    return ratioOff("ratio-off-by-" + units, units, units);
  }

  private static Corruption ratioOff(String name, int min, int max) {
    return Corruption.of(name, (cat, level) -> !ratioSites(cat, level, false).isEmpty(), (report, cat, random) -> {
      Shape s = Shape.of(cat);
      CatalogueStructure.Ratio r = pick(ratioSites(cat, report.issuer().level(), false), random);
      Terms t = terms(report, s, r, random);
      int d = decimalsOf(t.report, r.id(), random);
      BigDecimal exact = Tolerance.percentage(t.numerator, t.denominator);
      BigDecimal correct = exact.setScale(d, RoundingMode.HALF_UP);
      int k = min == max ? min : random.nextInt(min, max + 1);
      BigDecimal step = BigDecimal.valueOf(k).scaleByPowerOfTen(-d).setScale(d);
      boolean up = correct.add(step).compareTo(HUNDRED) <= 0
          && (correct.subtract(step).signum() < 0 || random.nextBoolean());
      BigDecimal wrong = up ? correct.add(step) : correct.subtract(step);
      Report out = Edit.withValue(cat, t.report, s.def(r.id()), Edit.percent(wrong));
      return new Corrupted(out, ExpectedFinding.of("ratio.mismatch", Severity.ERROR, r.id(), r.numeratorId(), r.denominatorId())
          .withExpected(Tolerance.display(exact, d)).withActual(wrong),
          r.id() + " written " + wrong.toPlainString() + " instead of " + correct.toPlainString() + " (" + k + " units off)");
    });
  }

  /** {@return a numerator larger than its denominator; the ratio is written as computed (over 100)} */
  public static Corruption numeratorExceedsDenominator() {
    return Corruption.of("numerator-exceeds-denominator", (cat, level) -> !ratioSites(cat, level, false).isEmpty(),
        (report, cat, random) -> {
          Shape s = Shape.of(cat);
          CatalogueStructure.Ratio r = pick(ratioSites(cat, report.issuer().level(), false), random);
          IndicatorDefinition nd = s.def(r.numeratorId());
          IndicatorDefinition dd = s.def(r.denominatorId());
          long den = random.nextInt(1, 3_000);
          IndicatorValue dv = Edit.typed(dd, den);
          IndicatorValue nv = Edit.typed(nd, Edit.ceilInUnit(nd, Derivation.amount(dv)) + random.nextInt(1, 50));
          BigDecimal num = Derivation.amount(nv);
          BigDecimal dn = Derivation.amount(dv);
          int d = decimalsOf(report, r.id(), random);
          Report out = Edit.withValue(cat, Edit.withValue(cat, report, nd, nv), dd, dv);
          out = Edit.withValue(cat, out, s.def(r.id()), Edit.percent(Tolerance.percentage(num, dn).setScale(d, RoundingMode.HALF_UP)));
          return new Corrupted(out, ExpectedFinding.of("ratio.numerator-exceeds", Severity.ERROR, r.id(), r.numeratorId(),
              r.denominatorId()).withExpected(dn).withActual(num),
              r.numeratorId() + " = " + nv.asWritten() + " above " + r.denominatorId() + " = " + dv.asWritten());
        });
  }

  // ---------------------------------------------------------------- parts

  /** {@return one part of a breakdown (counts or money) larger than its whole} */
  public static Corruption partExceedsWhole() {
    return Corruption.of("part-exceeds-whole", (cat, level) -> !wholeSites(cat, level).isEmpty(), (report, cat, random) -> {
      Shape s = Shape.of(cat);
      AdministrativeLevel level = report.issuer().level();
      CatalogueStructure.Breakdown b = pick(wholeSites(cat, level), random);
      IndicatorDefinition wd = s.def(b.wholeId());
      Report out = report;
      Optional<IndicatorValue> wv = out.value(b.wholeId()).filter(v -> v.isNumeric() && v.state() != ValueState.PERCENTAGE);
      if (wv.isEmpty()) {
        out = Edit.withValue(cat, out, wd, Edit.typed(wd, random.nextInt(0, 500)));
        wv = out.value(b.wholeId());
      }
      BigDecimal whole = Derivation.amount(wv.get());
      List<IndicatorDefinition> parts = b.partIds().stream().map(s::def)
          .filter(d -> d.levels().contains(level) && countOrMoney(d)).collect(Collectors.toList());
      IndicatorDefinition p = pick(parts, random);
      BigDecimal others = BigDecimal.ZERO;
      int power = Edit.power(wd);
      for (String id : b.partIds()) {
        power = Math.max(power, Edit.power(s.def(id)));
        if (!id.equals(p.id())) {
          others = others.add(out.value(id).filter(IndicatorValue::isNumeric).map(Derivation::amount).orElse(BigDecimal.ZERO));
        }
      }
      BigDecimal margin = BigDecimal.valueOf(b.partIds().size() + 2L + random.nextInt(0, 20)).scaleByPowerOfTen(power);
      long n = Math.max(Edit.ceilInUnit(p, whole.subtract(others).add(margin)), Edit.ceilInUnit(p, margin));
      IndicatorValue pv = Edit.typed(p, n);
      out = Edit.withValue(cat, out, p, pv);
      BigDecimal sum = BigDecimal.ZERO;
      for (String id : b.partIds()) {
        sum = sum.add(out.value(id).filter(IndicatorValue::isNumeric).map(Derivation::amount).orElse(BigDecimal.ZERO));
      }
      return new Corrupted(out, ExpectedFinding.of("parts.exceed-whole", Severity.ERROR, b.wholeId(), p.id())
          .withExpected(whole).withActual(sum), p.id() + " = " + pv.asWritten() + " above its whole " + b.wholeId());
    });
  }

  /** {@return two percentage parts of a breakdown summing, as written, over 100 by more than rounding explains} */
  public static Corruption percentagePartsOverHundred() {
    return Corruption.of("percentage-parts-over-100", (cat, level) -> !percentPartSites(cat, level).isEmpty(),
        (report, cat, random) -> {
          Shape s = Shape.of(cat);
          AdministrativeLevel level = report.issuer().level();
          CatalogueStructure.Breakdown b = pick(percentPartSites(cat, level), random);
          List<String> parts = b.partIds().stream().filter(id -> s.def(id).levels().contains(level)).collect(Collectors.toList());
          int i = random.nextInt(parts.size());
          int j = (i + 1 + random.nextInt(parts.size() - 1)) % parts.size();
          long first = random.nextInt(50, 96);
          long second = 100 - first + b.partIds().size() + 1 + random.nextInt(0, 10);
          Report out = Edit.withValue(cat, report, s.def(parts.get(i)), Edit.percent(BigDecimal.valueOf(first)));
          out = Edit.withValue(cat, out, s.def(parts.get(j)), Edit.percent(BigDecimal.valueOf(second)));
          BigDecimal sum = BigDecimal.ZERO;
          for (String id : b.partIds()) {
            sum = sum.add(out.value(id).filter(IndicatorValue::isNumeric).map(Derivation::amount).orElse(BigDecimal.ZERO));
          }
          return new Corrupted(out, ExpectedFinding.of("parts.percent-sum", Severity.ERROR, b.wholeId(), parts.get(i), parts.get(j))
              .withExpected(HUNDRED).withActual(sum), "parts of " + b.wholeId() + " sum to " + sum.toPlainString() + "%");
        });
  }

  /** {@return a count above the count the catalogue says it may not exceed ("… có mặt" above "… được giao")} */
  public static Corruption exceedsLimit() {
    return Corruption.of("exceeds-limit", (cat, level) -> !pairSites(cat, level).isEmpty(), (report, cat, random) -> {
      Shape s = Shape.of(cat);
      CatalogueStructure.Limit p = pick(pairSites(cat, report.issuer().level()), random);
      IndicatorDefinition ad = s.def(p.limitId());
      Report out = report;
      Optional<BigDecimal> a = Edit.numberOf(out, p.limitId()).filter(x -> x.signum() >= 0);
      if (a.isEmpty()) {
        out = Edit.withValue(cat, out, ad, Edit.count(ad, random.nextInt(1, 200)));
        a = Edit.numberOf(out, p.limitId());
      }
      long present = a.get().longValueExact() + random.nextInt(1, 20);
      out = Edit.withValue(cat, out, s.def(p.id()), Edit.count(s.def(p.id()), present));
      return new Corrupted(out, ExpectedFinding.of("range.not-above", Severity.ERROR, p.id(), p.limitId())
          .withExpected(a.get()).withActual(BigDecimal.valueOf(present)),
          p.id() + " = " + present + " above " + p.limitId() + " = " + a.get().toPlainString());
    });
  }

  // ---------------------------------------------------------------- single rows

  /** {@return a number that is not in the code list, written on a coded row} */
  public static Corruption codeOutsideList() {
    return Corruption.of("code-outside-list", (cat, level) -> !defs(cat, level, d -> d.kind() == IndicatorKind.CODED).isEmpty(),
        (report, cat, random) -> {
          IndicatorDefinition d = pick(defs(cat, report.issuer().level(), x -> x.kind() == IndicatorKind.CODED), random);
          CodeList list = cat.codeListOf(d).orElseThrow();
          int max = list.codes().stream().mapToInt(Integer::intValue).max().orElse(0);
          int code = max + 1 + random.nextInt(0, 9);
          Report out = Edit.withValue(cat, report, d, CountValue.of(code, Optional.empty(), Integer.toString(code)));
          return new Corrupted(out, ExpectedFinding.of("code.unknown", Severity.ERROR, d.id()).withActual(BigDecimal.valueOf(code)),
              d.id() + " answered " + code + ", outside " + list.asWritten());
        });
  }

  /** {@return a percentage over 100, preferably on a row that is neither a ratio nor a part} */
  public static Corruption percentageOverHundred() {
    return Corruption.of("percentage-over-100", (cat, level) -> !defs(cat, level, Corruptions::percentRow).isEmpty(),
        (report, cat, random) -> {
          Shape s = Shape.of(cat);
          List<IndicatorDefinition> all = defs(cat, report.issuer().level(), Corruptions::percentRow);
          List<IndicatorDefinition> plain = all.stream().filter(d -> s.ratioOf(d.id()).isEmpty() && d.role().isEmpty())
              .collect(Collectors.toList());
          IndicatorDefinition d = pick(plain.isEmpty() ? all : plain, random);
          int dec = random.nextInt(0, 3);
          BigDecimal p = HUNDRED.add(BigDecimal.valueOf(random.nextInt(1, 500)).scaleByPowerOfTen(-dec)).setScale(dec);
          Report out = Edit.withValue(cat, report, d, Edit.percent(p));
          return new Corrupted(out, ExpectedFinding.of("range.percentage", Severity.ERROR, d.id()).withExpected(HUNDRED).withActual(p),
              d.id() + " = " + p.toPlainString() + "%");
        });
  }

  /** {@return a negative count or amount of money} */
  public static Corruption negativeCount() {
    return Corruption.of("negative-count", (cat, level) -> !defs(cat, level, Corruptions::countRow).isEmpty(),
        (report, cat, random) -> {
          IndicatorDefinition d = pick(defs(cat, report.issuer().level(), Corruptions::countRow), random);
          long n = -random.nextInt(1, 500);
          IndicatorValue v = Edit.typed(d, n);
          Report out = Edit.withValue(cat, report, d, v);
          return new Corrupted(out, ExpectedFinding.of("range.negative", Severity.ERROR, d.id())
              .withExpected(BigDecimal.ZERO).withActual(BigDecimal.valueOf(n)), d.id() + " = " + v.asWritten());
        });
  }

  /** {@return a non-zero value on a row that does not apply to the report's level} */
  public static Corruption valueOnRowNotForLevel() {
    return Corruption.of("value-on-row-not-for-level", (cat, level) -> !notForLevel(cat, level).isEmpty(),
        (report, cat, random) -> {
          IndicatorDefinition d = pick(notForLevel(cat, report.issuer().level()), random);
          IndicatorValue v;
          if (d.kind() == IndicatorKind.CODED) {
            CodeList list = cat.codeListOf(d).orElseThrow();
            int code = list.codes().get(random.nextInt(list.codes().size()));
            v = CodedValue.of(list.id(), code, Integer.toString(code));
          } else if (Shape.isPercentage(d)) {
            v = Edit.percent(BigDecimal.valueOf(random.nextInt(1, 101)));
          } else {
            v = Edit.typed(d, random.nextInt(1, 500));
          }
          Report out = Edit.withValue(cat, report, d, v);
          return new Corrupted(out, ExpectedFinding.of("level.not-applicable", Severity.WARNING, d.id())
              .withActual(v.number().orElseThrow()), d.id() + " = " + v.asWritten() + " although it does not apply to "
              + report.issuer().level());
        });
  }

  /** {@return a value on a group row, preferably one that applies to the level} */
  public static Corruption groupRowWithValue() {
    return Corruption.of("group-row-with-value", (cat, level) -> cat.indicators().stream().anyMatch(d -> d.kind() == IndicatorKind.GROUP),
        (report, cat, random) -> {
          AdministrativeLevel level = report.issuer().level();
          List<IndicatorDefinition> groups = defs(cat, level, d -> d.kind() == IndicatorKind.GROUP);
          if (groups.isEmpty()) {
            groups = cat.indicators().stream().filter(d -> d.kind() == IndicatorKind.GROUP).collect(Collectors.toList());
          }
          IndicatorDefinition d = pick(groups, random);
          long n = random.nextInt(1, 500);
          Report out = Edit.withValue(cat, report, d, CountValue.of(n, Optional.empty(), VietnameseNumber.format(BigDecimal.valueOf(n))));
          return new Corrupted(out, ExpectedFinding.of("kind.group-value", Severity.WARNING, d.id()).withActual(BigDecimal.valueOf(n)),
              "group row " + d.id() + " = " + n);
        });
  }

  // ---------------------------------------------------------------- narrative and documents

  /**
   * {@return a paragraph "Đã thực hiện được a/b nhiệm vụ." whose a is the table's numerator of a
   * ratio counted in that unit but whose b is not its denominator}
   */
  public static Corruption narrativeFractionAgainstTable() {
    return Corruption.of("narrative-fraction-against-table", (cat, level) -> !ratioSites(cat, level, true).isEmpty(),
        (report, cat, random) -> {
          Shape s = Shape.of(cat);
          CatalogueStructure.Ratio r = pick(ratioSites(cat, report.issuer().level(), true), random);
          Fresh f = fresh(report, s, r, random);
          String text = ConsistentReports.claimText(f.numerator, f.other, unitOf(s, r), Optional.empty());
          NarrativeBlock block = Edit.paragraph(f.report, text);
          Report out = Edit.withBlock(f.report, block);
          return new Corrupted(out, new ExpectedFinding("narrative.fraction-appendix", Severity.ERROR,
              List.of(r.id(), r.numeratorId(), r.denominatorId()), Optional.of(block.location()),
              Optional.of(f.denominator), Optional.of(f.other)), "paragraph \"" + text + "\" against " + r.id() + " = "
              + f.numerator.toPlainString() + "/" + f.denominator.toPlainString());
        });
  }

  /** {@return a paragraph "Đã thực hiện được a/b nhiệm vụ, đạt x%." (a/b as in the table) with x off by 2 to 20 units} */
  public static Corruption narrativePercentAgainstFraction() {
    return Corruption.of("narrative-percent-against-fraction", (cat, level) -> !ratioSites(cat, level, true).isEmpty(),
        (report, cat, random) -> {
          Shape s = Shape.of(cat);
          CatalogueStructure.Ratio r = pick(ratioSites(cat, report.issuer().level(), true), random);
          Fresh f = fresh(report, s, r, random);
          int d = random.nextInt(0, 3);
          BigDecimal exact = Tolerance.percentage(f.numerator, f.denominator);
          BigDecimal correct = exact.setScale(d, RoundingMode.HALF_UP);
          BigDecimal step = BigDecimal.valueOf(random.nextInt(2, 21)).scaleByPowerOfTen(-d).setScale(d);
          BigDecimal wrong = correct.subtract(step).signum() >= 0 && random.nextBoolean() ? correct.subtract(step) : correct.add(step);
          String text = ConsistentReports.claimText(f.numerator, f.denominator, unitOf(s, r), Optional.of(wrong));
          NarrativeBlock block = Edit.paragraph(f.report, text);
          Report out = Edit.withBlock(f.report, block);
          return new Corrupted(out, ExpectedFinding.at("narrative.fraction-mismatch", Severity.ERROR, block.location())
              .withExpected(Tolerance.display(exact, d)).withActual(wrong), "paragraph \"" + text + "\"");
        });
  }

  /** {@return a paragraph "Tổng số … là T người, trong đó: cán bộ là A người, công chức là B người." with A + B ≠ T} */
  public static Corruption narrativeTotalMismatch() {
    return Corruption.of("narrative-total-mismatch", (cat, level) -> true, (report, cat, random) -> {
      long total = random.nextInt(2, 500);
      long a = random.nextLong(0, total + 1);
      long delta = random.nextInt(1, 11) * (random.nextBoolean() ? 1L : -1L);
      long b = total - a + delta >= 0 ? total - a + delta : total - a - delta;
      String text = "Tổng số cán bộ, công chức là " + fmt(total) + " người, trong đó: cán bộ là " + fmt(a)
          + " người, công chức là " + fmt(b) + " người.";
      NarrativeBlock block = Edit.paragraph(report, text);
      Report out = Edit.withBlock(report, block);
      return new Corrupted(out, ExpectedFinding.at("narrative.total-mismatch", Severity.ERROR, block.location())
          .withExpected(BigDecimal.valueOf(a + b)).withActual(BigDecimal.valueOf(total)), "paragraph \"" + text + "\"");
    });
  }

  /** {@return a cited document whose type word names another type than its symbol ("Kế hoạch số 912/QĐ-UBND")} */
  public static Corruption documentTypeAgainstSymbol() {
    return Corruption.of("document-type-against-symbol", (cat, level) -> true, (report, cat, random) -> {
      DocumentType word = TYPES[random.nextInt(TYPES.length)];
      DocumentType symbol = TYPES[(java.util.Arrays.asList(TYPES).indexOf(word) + 1 + random.nextInt(TYPES.length - 1)) % TYPES.length];
      String number = (900 + random.nextInt(0, 100)) + "/" + symbol.abbreviation() + "-UBND";
      LocalDate date = report.issueDate().orElse(LocalDate.of(report.period().year(), 12, 1)).minusDays(1);
      String subject = "việc triển khai nhiệm vụ cải cách hành chính năm " + date.getYear();
      String text = "UBND đã ban hành " + word.label() + " số " + number + " ngày "
          + String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()) + " về " + subject + ".";
      NarrativeBlock block = Edit.paragraph(report, text);
      SourceLocation at = SourceLocation.of(block.location().line(), text.indexOf(word.label()) + 1);
      Report out = Edit.withReference(Edit.withBlock(report, block), DocumentReference.builder().typeWord(word.label())
          .number(DocumentNumber.parse(number).orElseThrow()).date(date).subject(subject).location(at)
          .sectionPath(Edit.pathOfAppended(report)).build());
      return new Corrupted(out, ExpectedFinding.at("doc.type-symbol", Severity.ERROR, at),
          "citation \"" + word.label() + " số " + number + "\"");
    });
  }

  // ---------------------------------------------------------------- sites and helpers

  private static String fmt(long n) {
    return VietnameseNumber.format(BigDecimal.valueOf(n));
  }

  static <T> T pick(List<T> list, RandomGenerator random) {
    return list.get(random.nextInt(list.size()));
  }

  static boolean countOrMoney(IndicatorDefinition d) {
    return (d.kind() == IndicatorKind.COUNT && !Shape.isPercentage(d)) || d.kind() == IndicatorKind.MONEY;
  }

  private static boolean percentRow(IndicatorDefinition d) {
    return d.kind() == IndicatorKind.PERCENTAGE;
  }

  private static boolean countRow(IndicatorDefinition d) {
    return countOrMoney(d);
  }

  private static List<IndicatorDefinition> defs(Catalogue cat, AdministrativeLevel level, Predicate<IndicatorDefinition> p) {
    return cat.indicators().stream().filter(d -> d.levels().contains(level) && p.test(d)).collect(Collectors.toList());
  }

  private static List<IndicatorDefinition> notForLevel(Catalogue cat, AdministrativeLevel level) {
    return cat.indicators().stream().filter(d -> d.kind() != IndicatorKind.GROUP && !d.levels().contains(level))
        .collect(Collectors.toList());
  }

  /** Ratios whose three rows apply to the level and whose terms are counts or money (counts with a unit when {@code counted}). */
  static List<CatalogueStructure.Ratio> ratioSites(Catalogue cat, AdministrativeLevel level, boolean counted) {
    Shape s = Shape.of(cat);
    return s.ratios.stream().filter(r -> {
      IndicatorDefinition n = s.def(r.numeratorId());
      IndicatorDefinition d = s.def(r.denominatorId());
      boolean applies = s.def(r.id()).levels().contains(level) && n.levels().contains(level) && d.levels().contains(level);
      boolean terms = countOrMoney(n) && countOrMoney(d);
      boolean unit = !counted || (n.kind() == IndicatorKind.COUNT && d.kind() == IndicatorKind.COUNT
          && n.unit().filter(u -> u.kind() == UnitKind.COUNT).isPresent());
      return applies && terms && unit;
    }).collect(Collectors.toList());
  }

  private static List<CatalogueStructure.Breakdown> wholeSites(Catalogue cat, AdministrativeLevel level) {
    Shape s = Shape.of(cat);
    return s.breakdowns.stream().filter(b -> !b.percentageParts() && countOrMoney(s.def(b.wholeId()))
        && s.def(b.wholeId()).levels().contains(level)
        && b.partIds().stream().map(s::def).anyMatch(d -> d.levels().contains(level) && countOrMoney(d)))
        .collect(Collectors.toList());
  }

  private static List<CatalogueStructure.Breakdown> percentPartSites(Catalogue cat, AdministrativeLevel level) {
    Shape s = Shape.of(cat);
    return s.breakdowns.stream().filter(b -> b.percentageParts()
        && b.partIds().stream().filter(id -> s.def(id).levels().contains(level)).count() >= 2)
        .collect(Collectors.toList());
  }

  private static List<CatalogueStructure.Limit> pairSites(Catalogue cat, AdministrativeLevel level) {
    Shape s = Shape.of(cat);
    return s.limits.stream().filter(p -> s.def(p.limitId()).levels().contains(level)
        && s.def(p.id()).levels().contains(level)).collect(Collectors.toList());
  }

  private static String unitOf(Shape s, CatalogueStructure.Ratio r) {
    return s.def(r.numeratorId()).unit().orElseThrow().label();
  }

  /** The decimals of the ratio as written, or drawn 0..2 when it is not a percentage. */
  static int decimalsOf(Report report, String id, RandomGenerator random) {
    return report.value(id).filter(v -> v instanceof PercentageValue).map(v -> ((PercentageValue) v).decimals())
        .orElseGet(() -> random.nextInt(0, 3));
  }

  private record Terms(Report report, BigDecimal numerator, BigDecimal denominator) {}

  /** The ratio's terms in base units, first given consistent values when they are not usable (0 ≤ num ≤ den, den &gt; 0). */
  private static Terms terms(Report report, Shape s, CatalogueStructure.Ratio r, RandomGenerator random) {
    Optional<BigDecimal> n = report.value(r.numeratorId()).filter(v -> v.isNumeric() && v.state() != ValueState.PERCENTAGE)
        .map(Derivation::amount);
    Optional<BigDecimal> d = report.value(r.denominatorId()).filter(v -> v.isNumeric() && v.state() != ValueState.PERCENTAGE)
        .map(Derivation::amount);
    if (n.isPresent() && d.isPresent() && d.get().signum() > 0 && n.get().signum() >= 0 && n.get().compareTo(d.get()) <= 0) {
      return new Terms(report, n.get(), d.get());
    }
    IndicatorDefinition nd = s.def(r.numeratorId());
    IndicatorDefinition dd = s.def(r.denominatorId());
    long den = random.nextInt(1, 3_000);
    IndicatorValue dv = Edit.typed(dd, den);
    long maxNum = Math.max(0, Derivation.amount(dv).scaleByPowerOfTen(-Edit.power(nd)).setScale(0, RoundingMode.FLOOR).longValue());
    IndicatorValue nv = Edit.typed(nd, random.nextLong(0, maxNum + 1));
    Report out = Edit.withValue(s.catalogue, Edit.withValue(s.catalogue, report, nd, nv), dd, dv);
    return new Terms(out, Derivation.amount(nv), Derivation.amount(dv));
  }

  private record Fresh(Report report, BigDecimal numerator, BigDecimal denominator, BigDecimal other) {}

  /**
   * Gives a counted ratio a numerator and denominator that no other ratio's terms share (so the
   * narrative rule can tie a fraction to this ratio alone), the ratio written as computed, and a
   * third fresh number above the denominator.
   */
  private static Fresh fresh(Report report, Shape s, CatalogueStructure.Ratio r, RandomGenerator random) {
    Set<BigDecimal> taken = new HashSet<>();
    for (CatalogueStructure.Ratio q : s.ratios) {
      Edit.numberOf(report, q.numeratorId()).ifPresent(x -> taken.add(x.stripTrailingZeros()));
      Edit.numberOf(report, q.denominatorId()).ifPresent(x -> taken.add(x.stripTrailingZeros()));
    }
    long den = freshIn(taken, 10, 9_999, random);
    taken.add(BigDecimal.valueOf(den).stripTrailingZeros());
    long num = freshIn(taken, 1, den - 1, random);
    taken.add(BigDecimal.valueOf(num).stripTrailingZeros());
    long other = freshIn(taken, den + 1, den + 500, random);
    IndicatorDefinition nd = s.def(r.numeratorId());
    IndicatorDefinition dd = s.def(r.denominatorId());
    int d = decimalsOf(report, r.id(), random);
    Report out = Edit.withValue(s.catalogue, Edit.withValue(s.catalogue, report, nd, Edit.count(nd, num)), dd, Edit.count(dd, den));
    out = Edit.withValue(s.catalogue, out, s.def(r.id()), Edit.percent(Tolerance.percentage(BigDecimal.valueOf(num), BigDecimal.valueOf(den))
        .setScale(d, RoundingMode.HALF_UP)));
    return new Fresh(out, BigDecimal.valueOf(num), BigDecimal.valueOf(den), BigDecimal.valueOf(other));
  }

  private static long freshIn(Set<BigDecimal> taken, long from, long to, RandomGenerator random) {
    for (int i = 0; i < 64; i++) {
      long x = random.nextLong(from, to + 1);
      if (!taken.contains(BigDecimal.valueOf(x).stripTrailingZeros())) {
        return x;
      }
    }
    for (long x = from; ; x++) {
      if (!taken.contains(BigDecimal.valueOf(x).stripTrailingZeros())) {
        return x;
      }
    }
  }
}
