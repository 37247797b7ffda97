package vn.cchc.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.catalogue.CodeList;
import vn.cchc.model.CodedValue;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.DocumentType;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.MoneyValue;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.NotApplicableValue;
import vn.cchc.model.NotReportedValue;
import vn.cchc.model.PercentageValue;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.Signer;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.UnitKind;
import vn.cchc.model.ValueState;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.rules.CatalogueStructure;
import vn.cchc.rules.Derivation;
import vn.cchc.rules.tolerance.Tolerance;

/**
 * A generator of reports that are consistent by construction for one catalogue, and the settings it
 * uses. Immutable: every setting returns a new generator. Obtain one from
 * {@link ReportGenerators#consistent(Catalogue)}.
 *
 * <p>What "consistent" means here, rule by rule of the standard rule set:
 * <ul>
 *   <li>every ratio (an indicator with a numerator and a denominator child) is the percentage of its
 *       numerator and denominator, rounded half-up to the decimals chosen with
 *       {@link #percentDecimals(int, int)}; numerator ≤ denominator; a zero denominator gives "-";</li>
 *   <li>the parts of a breakdown sum to at most their whole (in VND for money); percentage parts sum
 *       to at most 100 as written;</li>
 *   <li>"… có mặt" never exceeds the sibling "… được giao";</li>
 *   <li>coded rows carry a code of their list; percentages lie in [0, 100]; counts and money are ≥ 0;</li>
 *   <li>only rows that apply to the chosen level carry values; the others are "-" (sometimes blank);
 *       group rows are blank;</li>
 *   <li>rows left out by the size bound are blank (sometimes "-"); a ratio is filled before its
 *       numerator and denominator, so no ratio is left blank beside both its terms (which would
 *       give the INFO finding {@code ratio.not-reported});</li>
 *   <li>the optional narrative quotes fractions "a/b đơn vị, đạt x%" that agree with the appendix, and
 *       cites documents whose type word matches the symbol, whose subject year matches the date, with
 *       numbers in date order.</li>
 * </ul>
 *
 * <p>So the standard rules find nothing in a generated report — no ERROR, no WARNING, no INFO —
 * except the findings that the catalogue itself causes on every report, whatever its figures: in the bundled 2024 catalogue row 7.5.2 is labelled "Tỷ lệ …" but measured in "Văn bản",
 * which the standard rules report as the warning {@code kind.ratio-unit}. A blank report of the same
 * catalogue and level shows exactly these: {@link #catalogueFindings()}.
 *
 * <pre>{@code
 * ConsistentReports gen = ReportGenerators.consistent(Catalogues.bundled())
 *     .level(AdministrativeLevel.COMMUNE)
 *     .period(ReportingPeriod.of(2024, PeriodKind.QUARTER, 1))
 *     .maxFilledIndicators(10);
 * Report r = gen.generate(new SplittableRandom(42));
 * }</pre>
 */
public final class ConsistentReports {
  private static final String[] NAMES = {"Đình Cả", "Tràng Xá", "La Hiên", "Phú Thượng", "Bình Long", "Cúc Đường",
    "Dân Tiến", "Liên Minh", "Sảng Mộc", "Thượng Nung", "Hòa Bình", "Yên Thịnh"};
  private static final String[] SIGNERS = {"Trịnh Thanh Phương", "Nguyễn Văn An", "Lê Thị Hoa", "Hoàng Minh Đức",
    "Phạm Thu Trang", "Đỗ Quang Huy"};
  private static final DocumentType[] CITED = {DocumentType.PLAN, DocumentType.DECISION, DocumentType.REPORT,
    DocumentType.NOTICE, DocumentType.GUIDANCE};
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final Catalogue catalogue;
  private final Shape shape;
  private final AdministrativeLevel level;
  private final ReportingPeriod period;
  private final int maxFilled;
  private final int minDecimals;
  private final int maxDecimals;
  private final boolean narrative;

  private ConsistentReports(Catalogue catalogue, Shape shape, AdministrativeLevel level, ReportingPeriod period,
      int maxFilled, int minDecimals, int maxDecimals, boolean narrative) {
    this.catalogue = catalogue;
    this.shape = shape;
    this.level = level;
    this.period = period;
    this.maxFilled = maxFilled;
    this.minDecimals = minDecimals;
    this.maxDecimals = maxDecimals;
    this.narrative = narrative;
  }

  static ConsistentReports of(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    // the first quarter the catalogue is valid for (2024 Q1 for the bundled one), so no catalogue.validity finding
    java.time.LocalDate from = catalogue.validFrom();
    ReportingPeriod first = ReportingPeriod.of(from.getYear(), PeriodKind.QUARTER, (from.getMonthValue() + 2) / 3);
    return new ConsistentReports(catalogue, Shape.of(catalogue),
        catalogue.servedLevels().contains(AdministrativeLevel.COMMUNE) || catalogue.servedLevels().isEmpty()
            ? AdministrativeLevel.COMMUNE : catalogue.servedLevels().iterator().next(),
        first, Integer.MAX_VALUE, 0, 2, true);
  }

  /**
   * The same generator for another administrative level: only rows that apply to it carry values.
   *
   * @param level the level of the generated issuers
   * @return a new generator
   */
  public ConsistentReports level(AdministrativeLevel level) {
    return new ConsistentReports(catalogue, shape, Objects.requireNonNull(level, "level"), period, maxFilled,
        minDecimals, maxDecimals, narrative);
  }

  /**
   * The same generator for another reporting period (title, issue date and cited documents follow it).
   * A period with a data window other than the Decree 09/2019 default yields the INFO finding
   * {@code period.data-window}; the default period has none.
   *
   * @param period the period
   * @return a new generator
   */
  public ConsistentReports period(ReportingPeriod period) {
    return new ConsistentReports(catalogue, shape, level, Objects.requireNonNull(period, "period"), maxFilled,
        minDecimals, maxDecimals, narrative);
  }

  /**
   * The same generator with a size bound: at most {@code n} indicators carry a value (a number or a
   * code); the others applicable to the level are blank or "-". 0 gives a blank appendix. Related
   * rows (a ratio with its numerator and denominator, a whole with its parts) are filled together
   * while the bound allows.
   *
   * @param n the bound, at least 0; {@link Integer#MAX_VALUE} (the default) fills every applicable row
   * @return a new generator
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public ConsistentReports maxFilledIndicators(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("maxFilledIndicators must be >= 0, was " + n);
    }
    return new ConsistentReports(catalogue, shape, level, period, n, minDecimals, maxDecimals, narrative);
  }

  /**
   * The same generator writing percentages with {@code min} to {@code max} decimals (each figure
   * draws its own). Ratios are rounded half-up to the decimals drawn.
   *
   * @param min the fewest decimals, at least 0
   * @param max the most decimals, at most 6 and at least {@code min}
   * @return a new generator
   * @throws IllegalArgumentException when the range is empty or out of 0..6
   */
  public ConsistentReports percentDecimals(int min, int max) {
    if (min < 0 || max > 6 || min > max) {
      throw new IllegalArgumentException("percent decimals must satisfy 0 <= min <= max <= 6, were " + min + ".." + max);
    }
    return new ConsistentReports(catalogue, shape, level, period, maxFilled, min, max, narrative);
  }

  /**
   * The same generator with or without a narrative (sections I–II with fraction claims that agree
   * with the appendix, cited documents, a closing paragraph). On by default.
   *
   * @param on true for a narrative
   * @return a new generator
   */
  public ConsistentReports narrative(boolean on) {
    return new ConsistentReports(catalogue, shape, level, period, maxFilled, minDecimals, maxDecimals, on);
  }

  /** {@return the catalogue the reports are matched to} */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** {@return the administrative level of the generated issuers} */
  public AdministrativeLevel level() {
    return level;
  }

  /** {@return the reporting period} */
  public ReportingPeriod period() {
    return period;
  }

  /** {@return the size bound: at most this many indicators carry a value} */
  public int maxFilledIndicators() {
    return maxFilled;
  }

  /** {@return how many rows of the catalogue can carry a value at this level (non-group rows that apply)} */
  public int fillableIndicators() {
    return (int) catalogue.indicators().stream().filter(this::fillable).count();
  }

  /**
   * The findings the standard rules report on every report of this catalogue and level, whatever
   * its figures: those of a blank report. A generated report has no other finding.
   *
   * @return the findings as expectations (rule id, severity, indicators), in the rules' order
   */
  public List<ExpectedFinding> catalogueFindings() {
    Report blank = maxFilledIndicators(0).narrative(false).generate(0L);
    return vn.cchc.rules.Checker.check(blank, catalogue).findings().stream()
        .map(f -> f.indicatorIds().isEmpty()
            ? ExpectedFinding.at(f.ruleId(), f.severity(), f.location().orElse(SourceLocation.of(1, 1)))
            : ExpectedFinding.of(f.ruleId(), f.severity(), f.indicatorIds().toArray(String[]::new)))
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * A report from a seed; the same seed and settings always give the same report.
   *
   * @param seed the seed
   * @return a consistent report
   */
  public Report generate(long seed) {
    return generate(new SplittableRandom(seed));
  }

  /**
   * Reports from small to large: the {@code i}-th of {@code count} has a size bound growing
   * linearly from 0 to {@link #maxFilledIndicators()} (or to every fillable row), so that a failing
   * property shows its smallest failing report first.
   *
   * @param seed the seed of the whole sequence
   * @param count how many reports, at least 1
   * @return the reports, smallest first
   * @throws IllegalArgumentException when {@code count} is less than 1
   */
  public List<Report> smallestFirst(long seed, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, was " + count);
    }
    int top = Math.min(maxFilled, fillableIndicators());
    SplittableRandom root = new SplittableRandom(seed);
    List<Report> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int size = count == 1 ? top : (int) ((long) top * i / (count - 1));
      out.add(maxFilledIndicators(size).generate(root.split()));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A report.
   *
   * @param random the source of randomness
   * @return a consistent report
   */
  public Report generate(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    Map<String, IndicatorValue> v = new LinkedHashMap<>();
    Set<String> fixed = new HashSet<>();
    for (IndicatorDefinition d : catalogue.indicators()) {
      v.put(d.id(), free(d, random));
    }
    for (CatalogueStructure.Ratio r : shape.ratios) {
      ratio(r, v, fixed, random);
    }
    List<CatalogueStructure.Breakdown> bs = new ArrayList<>(shape.breakdowns);
    Collections.reverse(bs);
    for (CatalogueStructure.Breakdown b : bs) {
      breakdown(b, v, fixed, random);
    }
    for (CatalogueStructure.Limit p : shape.limits) {
      pair(p, v, fixed, random);
    }
    Set<String> keep = filled(v, random);
    for (IndicatorDefinition d : catalogue.indicators()) {
      if (!d.levels().contains(level)) {
        v.put(d.id(), random.nextInt(5) == 0 ? NotReportedValue.of() : NotApplicableValue.of());
      } else if (d.kind() == IndicatorKind.GROUP) {
        v.put(d.id(), NotReportedValue.of());
      } else if (!keep.contains(d.id()) && v.get(d.id()).state() != ValueState.NOT_APPLICABLE) {
        v.put(d.id(), random.nextInt(5) == 0 ? NotApplicableValue.of() : NotReportedValue.of());
      }
    }
    return report(v, random);
  }

  private boolean fillable(IndicatorDefinition d) {
    return d.kind() != IndicatorKind.GROUP && d.levels().contains(level);
  }

  /** Chooses which rows keep their values: whole clusters (a ratio with its terms, a whole with its parts) first. */
  private Set<String> filled(Map<String, IndicatorValue> v, RandomGenerator random) {
    Set<String> keep = new HashSet<>();
    List<List<String>> clusters = new ArrayList<>();
    Set<String> clustered = new HashSet<>();
    for (CatalogueStructure.Ratio r : shape.ratios) {
      List<String> c = List.of(r.id(), r.numeratorId(), r.denominatorId());
      if (Collections.disjoint(c, clustered)) {
        clusters.add(c);
        clustered.addAll(c);
      }
    }
    for (CatalogueStructure.Breakdown b : shape.breakdowns) {
      List<String> c = new ArrayList<>();
      c.add(b.wholeId());
      c.addAll(b.partIds());
      c.removeAll(clustered);
      if (!c.isEmpty()) {
        clusters.add(c);
        clustered.addAll(c);
      }
    }
    for (IndicatorDefinition d : catalogue.indicators()) {
      if (!clustered.contains(d.id())) {
        clusters.add(List.of(d.id()));
      }
    }
    Collections.shuffle(clusters, new java.util.Random(random.nextLong()));
    int budget = maxFilled;
    for (List<String> c : clusters) {
      for (String id : c) {
        IndicatorDefinition d = shape.def(id);
        if (budget > 0 && fillable(d) && v.get(id).state() != ValueState.NOT_APPLICABLE) {
          keep.add(id);
          budget--;
        }
      }
    }
    return keep;
  }

  private int decimals(RandomGenerator r) {
    return minDecimals == maxDecimals ? minDecimals : r.nextInt(minDecimals, maxDecimals + 1);
  }

  private IndicatorValue free(IndicatorDefinition d, RandomGenerator r) {
    switch (d.kind()) {
      case GROUP:
        return NotReportedValue.of();
      case CODED: {
        CodeList list = catalogue.codeListOf(d).orElseThrow();
        int code = list.codes().get(r.nextInt(list.codes().size()));
        return CodedValue.of(list.id(), code, Integer.toString(code));
      }
      case MONEY:
        return Edit.money(d, BigDecimal.valueOf(r.nextInt(0, 10_000)));
      case PERCENTAGE: {
        BigDecimal p = BigDecimal.valueOf(r.nextInt(0, 100_001), 3).setScale(decimals(r), RoundingMode.DOWN);
        return Edit.percent(p);
      }
      default:
        if (Shape.isPercentage(d)) {
          return Edit.percent(BigDecimal.valueOf(r.nextInt(0, 101)));
        }
        return Edit.count(d, r.nextInt(0, 2_000));
    }
  }

  private void ratio(CatalogueStructure.Ratio s, Map<String, IndicatorValue> v, Set<String> fixed, RandomGenerator r) {
    long den = r.nextInt(10) == 0 ? 0 : r.nextInt(1, 3_000);
    long num = den == 0 ? 0 : r.nextLong(0, den + 1);
    IndicatorDefinition nd = shape.def(s.numeratorId());
    IndicatorDefinition dd = shape.def(s.denominatorId());
    IndicatorValue nv = Edit.typed(nd, num);
    IndicatorValue dv = Edit.typed(dd, den);
    v.put(s.numeratorId(), nv);
    v.put(s.denominatorId(), dv);
    v.put(s.id(), den == 0 ? NotApplicableValue.of()
        : Edit.percent(Tolerance.percentage(Derivation.amount(nv), Derivation.amount(dv)).setScale(decimals(r), RoundingMode.HALF_UP)));
    fixed.add(s.id());
    fixed.add(s.numeratorId());
    fixed.add(s.denominatorId());
  }

  private void breakdown(CatalogueStructure.Breakdown b, Map<String, IndicatorValue> v, Set<String> fixed, RandomGenerator r) {
    if (b.percentageParts()) {
      int left = 1000;
      for (String p : b.partIds()) {
        int share = r.nextInt(0, left + 1);
        left -= share;
        v.put(p, Edit.percent(BigDecimal.valueOf(share, 1).setScale(Math.min(1, decimals(r)), RoundingMode.DOWN)));
        fixed.add(p);
      }
      return;
    }
    IndicatorDefinition whole = shape.def(b.wholeId());
    if (whole.kind() != IndicatorKind.COUNT && whole.kind() != IndicatorKind.MONEY) {
      return;
    }
    if (fixed.contains(b.wholeId())) {
      // the whole is fixed elsewhere (e.g. it is a ratio's term): share it out among the free parts
      IndicatorValue wv = v.get(b.wholeId());
      BigDecimal left = wv.isNumeric() ? Derivation.amount(wv) : BigDecimal.ZERO;
      for (String p : b.partIds()) {
        IndicatorValue pv = v.get(p);
        if (fixed.contains(p)) {
          left = left.subtract(pv.isNumeric() ? Derivation.amount(pv) : BigDecimal.ZERO);
        }
      }
      for (String p : b.partIds()) {
        IndicatorDefinition pd = shape.def(p);
        if (fixed.contains(p) || (pd.kind() != IndicatorKind.COUNT && pd.kind() != IndicatorKind.MONEY)) {
          continue;
        }
        long max = Math.max(0, left.scaleByPowerOfTen(-Edit.power(pd)).setScale(0, RoundingMode.FLOOR).longValue());
        long n = max == 0 ? 0 : r.nextLong(0, max + 1);
        IndicatorValue pv = Edit.typed(pd, n);
        v.put(p, pv);
        left = left.subtract(Derivation.amount(pv));
        fixed.add(p);
      }
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (String p : b.partIds()) {
      IndicatorValue pv = v.get(p);
      if (pv.isNumeric()) {
        sum = sum.add(Derivation.amount(pv));
      }
      fixed.add(p);
    }
    v.put(b.wholeId(), Edit.typed(whole, Edit.ceilInUnit(whole, sum) + r.nextInt(0, 50)));
    fixed.add(b.wholeId());
  }

  private void pair(CatalogueStructure.Limit p, Map<String, IndicatorValue> v, Set<String> fixed, RandomGenerator r) {
    Optional<BigDecimal> a = Optional.of(v.get(p.limitId())).filter(IndicatorValue::isNumeric).flatMap(IndicatorValue::number);
    Optional<BigDecimal> m = Optional.of(v.get(p.id())).filter(IndicatorValue::isNumeric).flatMap(IndicatorValue::number);
    if (a.isEmpty() || m.isEmpty() || m.get().compareTo(a.get()) <= 0) {
      return;
    }
    if (!fixed.contains(p.limitId())) {
      v.put(p.limitId(), Edit.count(shape.def(p.limitId()), m.get().longValue() + r.nextInt(0, 10)));
    } else if (!fixed.contains(p.id())) {
      v.put(p.id(), Edit.count(shape.def(p.id()), a.get().longValue()));
    }
    fixed.add(p.limitId());
    fixed.add(p.id());
  }

  private Report report(Map<String, IndicatorValue> v, RandomGenerator r) {
    AdministrativeUnitType type = unitType(r);
    String name = NAMES[r.nextInt(NAMES.length)];
    String unit = type.label() + " " + name;
    int seq = r.nextInt(1, 500);
    LocalDate end = periodEnd();
    LocalDate issued = end.withDayOfMonth(Math.min(end.lengthOfMonth(), 10 + r.nextInt(0, 15)));
    String periodText = periodText();
    ImmutableReport.Builder b = Report.builder().catalogueId(catalogue.id())
        .number(DocumentNumber.parse(seq + "/BC-UBND").orElseThrow())
        .issueDate(issued)
        .issuer(IssuingUnit.builder().asWritten("UBND " + unit).body("UBND").unitType(type).unitName(name).level(level).build())
        .place(name)
        .title("Kết quả công tác cải cách hành chính " + periodText)
        .period(period)
        .addRecipients("UBND cấp trên (b/c)", "Lưu: VT")
        .signer(vn.cchc.model.ImmutableSigner.copyOf(Signer.of("CHỦ TỊCH", SIGNERS[r.nextInt(SIGNERS.length)]))
            .withOnBehalfOf("TM. ỦY BAN NHÂN DÂN"));
    int line = 10;
    if (narrative) {
      line = narrative(b, v, r, unit, issued, periodText, line);
    }
    List<AppendixEntry> entries = new ArrayList<>();
    line += 3;
    for (IndicatorDefinition d : catalogue.indicators()) {
      entries.add(Edit.entry(catalogue, d, v.get(d.id()), line++));
    }
    return b.appendix(entries).build();
  }

  private AdministrativeUnitType unitType(RandomGenerator r) {
    AdministrativeUnitType[] types;
    switch (level) {
      case PROVINCE:
        types = new AdministrativeUnitType[] {AdministrativeUnitType.PROVINCE, AdministrativeUnitType.CITY};
        break;
      case DISTRICT:
        types = new AdministrativeUnitType[] {AdministrativeUnitType.DISTRICT, AdministrativeUnitType.URBAN_DISTRICT,
          AdministrativeUnitType.TOWN, AdministrativeUnitType.CITY};
        break;
      default:
        types = new AdministrativeUnitType[] {AdministrativeUnitType.COMMUNE, AdministrativeUnitType.WARD,
          AdministrativeUnitType.TOWNSHIP};
    }
    return types[r.nextInt(types.length)];
  }

  private LocalDate periodEnd() {
    int month;
    switch (period.kind()) {
      case MONTH:
        month = period.index();
        break;
      case QUARTER:
        month = 3 * period.index();
        break;
      case SIX_MONTHS:
        month = 6 * period.index();
        break;
      case NINE_MONTHS:
        month = 9;
        break;
      default:
        month = 12;
    }
    return LocalDate.of(period.year(), month, 1);
  }

  private String periodText() {
    int y = period.year();
    switch (period.kind()) {
      case MONTH:
        return "tháng " + period.index() + " năm " + y;
      case QUARTER:
        return "quý " + ROMAN[period.index() - 1] + " năm " + y;
      case SIX_MONTHS:
        return (period.index() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + y;
      case NINE_MONTHS:
        return "9 tháng năm " + y;
      default:
        return "năm " + y;
    }
  }

  private static NarrativeBlock block(NarrativeBlock.Kind kind, String text, int line) {
    var b = NarrativeBlock.builder().kind(kind).text(text).location(SourceLocation.of(line, 1));
    if (kind == NarrativeBlock.Kind.BULLET) {
      b.marker("-");
    }
    return b.build();
  }

  private int narrative(ImmutableReport.Builder b, Map<String, IndicatorValue> v, RandomGenerator r, String unit,
      LocalDate issued, String periodText, int line) {
    List<NarrativeBlock> one = new ArrayList<>();
    List<DocumentReference> refs = new ArrayList<>();
    int l = line;
    var headOne = NarrativeSection.builder().marker("I.").title("KẾT QUẢ THỰC HIỆN")
        .location(SourceLocation.of(l++, 1));
    // cited documents: type word matching the symbol, subject year = date year, numbers in date order
    int cites = r.nextInt(0, 3);
    LocalDate first = LocalDate.of(period.year(), 1, 2);
    long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(first, issued));
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < cites; i++) {
      dates.add(first.plusDays(r.nextLong(0, span)));
    }
    Collections.sort(dates);
    int seq = r.nextInt(1, 20);
    for (LocalDate date : dates) {
      DocumentType t = CITED[r.nextInt(CITED.length)];
      String number = seq + "/" + t.abbreviation() + "-UBND";
      seq += r.nextInt(1, 30);
      String subject = "công tác cải cách hành chính năm " + date.getYear();
      String text = "UBND " + unit + " đã ban hành " + t.label() + " số " + number + " ngày "
          + String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()) + " về " + subject + ".";
      int at = l++;
      one.add(block(NarrativeBlock.Kind.PARAGRAPH, text, at));
      refs.add(DocumentReference.builder().typeWord(t.label()).number(DocumentNumber.parse(number).orElseThrow())
          .date(date).subject(subject).location(SourceLocation.of(at, text.indexOf(t.label()) + 1)).sectionPath("I").build());
    }
    // fraction claims that agree with the appendix
    for (CatalogueStructure.Ratio s : shape.ratios) {
      Optional<String> claim = claim(s, v, r);
      if (claim.isPresent() && r.nextBoolean()) {
        one.add(block(NarrativeBlock.Kind.BULLET, claim.get(), l++));
      }
    }
    b.addSections(headOne.addAllBlocks(one).build());
    b.addSections(NarrativeSection.builder().marker("II.").title("PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI")
        .location(SourceLocation.of(l++, 1))
        .addBlocks(block(NarrativeBlock.Kind.BULLET, "Tiếp tục triển khai các nhiệm vụ cải cách hành chính theo kế hoạch.", l++))
        .build());
    b.addClosing(block(NarrativeBlock.Kind.PARAGRAPH, "Trên đây là báo cáo kết quả công tác cải cách hành chính "
        + periodText + " của UBND " + unit + ".", l++));
    b.addAllReferences(refs);
    return l;
  }

  /** "Đã thực hiện được a/b nhiệm vụ, đạt x%." for a ratio whose terms are counts with a unit, when the table gives both. */
  private Optional<String> claim(CatalogueStructure.Ratio s, Map<String, IndicatorValue> v, RandomGenerator r) {
    IndicatorDefinition nd = shape.def(s.numeratorId());
    IndicatorValue n = v.get(s.numeratorId());
    IndicatorValue d = v.get(s.denominatorId());
    if (nd.kind() != IndicatorKind.COUNT || nd.unit().filter(u -> u.kind() == UnitKind.COUNT).isEmpty()
        || n.state() != ValueState.COUNT || d.state() != ValueState.COUNT || d.number().orElseThrow().signum() == 0) {
      return Optional.empty();
    }
    BigDecimal a = n.number().orElseThrow();
    BigDecimal c = d.number().orElseThrow();
    IndicatorValue pct = v.get(s.id());
    int dec = pct instanceof PercentageValue ? ((PercentageValue) pct).decimals() : decimals(r);
    BigDecimal x = Tolerance.percentage(a, c).setScale(dec, RoundingMode.HALF_UP);
    return Optional.of(claimText(a, c, nd.unit().get().label(), Optional.of(x)));
  }

  static String claimText(BigDecimal a, BigDecimal b, String unitLabel, Optional<BigDecimal> percent) {
    String s = "Đã thực hiện được " + VietnameseNumber.format(a) + "/" + VietnameseNumber.format(b) + " "
        + unitLabel.toLowerCase(java.util.Locale.ROOT);
    return s + percent.map(x -> ", đạt " + VietnameseNumber.format(x) + "%").orElse("") + ".";
  }

  /**
   * Changes one figure of a report so that a standard rule must name that indicator: a ratio moves
   * 40 points, a numerator exceeds its denominator, a part exceeds its whole, a whole falls below its
   * parts, "present" exceeds "assigned", a code leaves its list, a group row or a "-" row gets a
   * value; otherwise the figure becomes negative (or a percentage 101). Unlike a {@link Corruption},
   * the rule that fires depends on the indicator; use it to prove that every indicator is watched.
   *
   * @param report a report of this generator's catalogue and level
   * @param indicatorId the indicator to change
   * @return the changed report
   * @throws IllegalArgumentException when the catalogue has no such indicator
   */
  public Report changeFigure(Report report, String indicatorId) {
    IndicatorDefinition d = shape.def(indicatorId);
    Map<String, IndicatorValue> v = new LinkedHashMap<>();
    report.appendix().forEach(e -> v.put(e.indicatorId(), e.value()));
    IndicatorValue cur = v.getOrDefault(indicatorId, NotReportedValue.of());
    return Edit.withValue(catalogue, report, d, changed(d, cur, v, report.issuer().level()));
  }

  private static Optional<BigDecimal> number(Map<String, IndicatorValue> v, String id) {
    return Optional.ofNullable(v.get(id)).filter(IndicatorValue::isNumeric).flatMap(IndicatorValue::number);
  }

  private IndicatorValue changed(IndicatorDefinition d, IndicatorValue cur, Map<String, IndicatorValue> v,
      AdministrativeLevel at) {
    if (d.kind() == IndicatorKind.GROUP || (!d.levels().contains(at) && !cur.isNumeric() && cur.state() != ValueState.CODED)) {
      return Edit.count(d, 7);
    }
    Optional<BigDecimal> n = cur.number();
    for (CatalogueStructure.Ratio r : shape.ratios) {
      Optional<BigDecimal> num = number(v, r.numeratorId());
      Optional<BigDecimal> den = number(v, r.denominatorId());
      if (num.isEmpty() || den.isEmpty()) {
        continue;
      }
      if (r.id().equals(d.id()) && cur.state() == ValueState.PERCENTAGE) {
        BigDecimal p = n.orElseThrow();
        return Edit.percent(p.compareTo(BigDecimal.valueOf(50)) >= 0 ? p.subtract(BigDecimal.valueOf(40)) : p.add(BigDecimal.valueOf(40)));
      }
      // numerator and denominator may be money in different units: compare amounts
      BigDecimal numAmount = Derivation.amount(v.get(r.numeratorId()));
      BigDecimal denAmount = Derivation.amount(v.get(r.denominatorId()));
      if (r.numeratorId().equals(d.id())) {
        return like(d, cur, BigDecimal.valueOf(Edit.ceilInUnit(d, denAmount) + 1));
      }
      if (r.denominatorId().equals(d.id())) {
        if (numAmount.signum() > 0) {
          return like(d, cur, BigDecimal.valueOf(Edit.ceilInUnit(d, numAmount) - 1));
        }
        return like(d, cur, denAmount.signum() > 0 ? BigDecimal.ZERO : BigDecimal.ONE.negate());
      }
    }
    for (CatalogueStructure.Breakdown b : shape.breakdowns) {
      // money is rounded to its unit: move it by more than the rounding of every figure of the breakdown
      BigDecimal step = d.kind() == IndicatorKind.MONEY ? BigDecimal.valueOf(b.partIds().size() + 2L) : BigDecimal.ONE;
      if (b.partIds().contains(d.id()) && n.isPresent()) {
        if (cur.state() == ValueState.PERCENTAGE) {
          return Edit.percent(BigDecimal.valueOf(101));
        }
        Optional<BigDecimal> whole = number(v, b.wholeId());
        if (whole.isPresent() && v.get(b.wholeId()).state() != ValueState.PERCENTAGE) {
          return like(d, cur, whole.get().add(step));
        }
      }
      if (b.wholeId().equals(d.id()) && n.isPresent() && cur.state() != ValueState.PERCENTAGE) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String p : b.partIds()) {
          sum = sum.add(number(v, p).filter(x -> v.get(p).state() != ValueState.PERCENTAGE).orElse(BigDecimal.ZERO));
        }
        return like(d, cur, sum.compareTo(step) >= 0 ? sum.subtract(step) : BigDecimal.ONE.negate());
      }
    }
    for (CatalogueStructure.Limit p : shape.limits) {
      if (p.id().equals(d.id()) && number(v, p.limitId()).isPresent() && n.isPresent()) {
        return like(d, cur, number(v, p.limitId()).get().add(BigDecimal.ONE));
      }
      if (p.limitId().equals(d.id()) && number(v, p.id()).isPresent() && n.isPresent()) {
        BigDecimal present = number(v, p.id()).get();
        return like(d, cur, present.signum() > 0 ? present.subtract(BigDecimal.ONE) : BigDecimal.ONE.negate());
      }
    }
    if (d.kind() == IndicatorKind.CODED) {
      return vn.cchc.model.CountValue.of(99, Optional.empty(), "99");
    }
    if (cur.state() == ValueState.PERCENTAGE || (n.isEmpty() && d.kind() == IndicatorKind.PERCENTAGE)) {
      return Edit.percent(BigDecimal.valueOf(101));
    }
    return like(d, cur, BigDecimal.ONE.negate());
  }

  private static IndicatorValue like(IndicatorDefinition d, IndicatorValue cur, BigDecimal n) {
    if (d.kind() == IndicatorKind.MONEY) {
      return Edit.money(d, n);
    }
    if (cur instanceof MoneyValue) {
      return MoneyValue.of(n, ((MoneyValue) cur).unit(), VietnameseNumber.format(n));
    }
    return Edit.count(d, n.longValueExact());
  }
}
