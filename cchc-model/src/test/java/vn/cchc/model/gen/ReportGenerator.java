package vn.cchc.model.gen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodedValue;
import vn.cchc.model.CountValue;
import vn.cchc.model.DateWindow;
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
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Aggregation;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.ImmutableIndicatorDefinition;
import vn.cchc.model.catalogue.ValueRange;
import vn.cchc.model.catalogue.CodeList;
import vn.cchc.model.catalogue.CodeListEntry;
import vn.cchc.model.catalogue.ImmutableCatalogue;
import vn.cchc.model.catalogue.ImmutableCodeList;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/**
 * Builds valid random reports and catalogues from a {@link RandomGenerator}: every value kind,
 * Optionals present and absent, Vietnamese text with diacritics (sometimes given to the model in
 * NFD, which the model normalises), narrative trees of small depth, document references, and
 * appendix rows with unique ids.
 *
 * <p>Framework-neutral on purpose: it depends on the model and the JDK only, so that it can become
 * a shipped test kit and be driven by any property-testing library ({@link ReportGens} adapts it to
 * QuickTheories). The same seed and size always give the same report.
 */
public final class ReportGenerator {
  private static final String[] WORDS = {
    "cải", "cách", "hành", "chính", "thủ", "tục", "hồ", "sơ", "trực", "tuyến", "Ủy", "ban", "nhân", "dân",
    "thị", "trấn", "Đình", "Cả", "Võ", "Nhai", "Thái", "Nguyên", "kế", "hoạch", "quý", "năm", "tỷ", "lệ",
    "đạt", "được", "số", "lượng", "văn", "bản", "quyết", "định", "tiếp", "nhận", "giải", "quyết", "đúng",
    "hạn", "điện", "tử", "ứng", "dụng", "công", "nghệ", "thông", "tin", "người", "đơn", "vị", "Nơi",
    "ĐỒNG", "CHỦ", "TỊCH", "phường", "xã", "huyện", "tỉnh", "ngày", "tháng", "về", "việc", "ưu", "tiên"
  };
  private static final String[] ODD = {
    "\t", "\"", "\\", "/", "%", "…", "–", "—", "“", "”", "«", "»", "<i>", "</i>", "&", "\u00A0", "\u2028",
    "\u0001", "\u001F", "\u007F", "😀", "𝔸", "₫", "½", "ǅ", "ﬁ", "\r\n", "\n", " ", "0", "1.492", "99,3"
  };
  private static final Unit[] COUNT_UNITS = {
    Unit.TASK, Unit.ISSUE, Unit.QUANTITY, Unit.DOCUMENT, Unit.PROCEDURE, Unit.DOSSIER, Unit.PERSON, Unit.UNIT,
    Unit.AGENCY_OR_UNIT
  };
  private static final String[] MARKERS = {"I.", "II.", "1.", "2.", "1.1.", "1.2", "a.", "b)", "đ.", "e,"};
  private static final String[] DASHES = {"-", "–", "—", "- "};

  private final RandomGenerator random;
  private final int size;
  private int line = 1;

  /**
   * A generator.
   *
   * @param random the source of randomness
   * @param size how big lists and trees get: 0 gives minimal reports, 10 fairly large ones
   */
  public ReportGenerator(RandomGenerator random, int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
    this.random = random;
    this.size = size;
  }

  /**
   * A generator from a seed.
   *
   * @param seed the seed; the same seed and size give the same output
   * @param size how big lists and trees get
   * @return the generator
   */
  public static ReportGenerator of(long seed, int size) {
    return new ReportGenerator(new SplittableRandom(seed), size);
  }

  /** {@return a valid random report} */
  public Report report() {
    line = 1;
    ImmutableReport.Builder b = Report.builder()
        .catalogueId(random.nextBoolean() ? "cchc-2024" : identifier())
        .number(documentNumber())
        .issueDate(date())
        .issuer(issuer())
        .title(text(1 + random.nextInt(12)))
        .period(period());
    if (random.nextBoolean()) {
      b.place(text(1 + random.nextInt(3)));
    }
    if (random.nextBoolean()) {
      Signer s = Signer.of(text(2), text(3));
      b.signer(random.nextBoolean() ? s : vn.cchc.model.ImmutableSigner.copyOf(s).withOnBehalfOf("TM. " + text(4)));
    }
    b.addAllPreamble(blocks(count()));
    b.addAllSections(sections(1, count()));
    b.addAllClosing(blocks(count()));
    for (int i = count(); i > 0; i--) {
      b.addReferences(reference());
    }
    for (int i = count(); i > 0; i--) {
      b.addRecipients(text(1 + random.nextInt(6)));
    }
    int rows = count() * 3;
    for (int i = 0; i < rows; i++) {
      b.addAppendix(entry(i));
    }
    return b.build();
  }

  /** {@return a valid random catalogue: parents before children, unique ids and codes, paired numerators} */
  public Catalogue catalogue() {
    ImmutableCatalogue.Builder b = Catalogue.builder()
        .id(identifier())
        .title(text(1 + random.nextInt(8)))
        .validFrom(date());
    if (random.nextBoolean()) {
      b.validTo(LocalDate.of(2201, 1, 1));
    }
    if (random.nextBoolean()) {
      b.version(random.nextInt(2020, 2031) + "." + random.nextInt(1, 4));
    }
    if (random.nextBoolean()) {
      b.levels(EnumSet.allOf(AdministrativeLevel.class));
    }
    lists = new ArrayList<>();
    int nLists = 1 + random.nextInt(3);
    for (int l = 0; l < nLists; l++) {
      lists.add(randomCodeList("L" + l));
    }
    b.codeLists(lists);
    int roots = 1 + count();
    for (int r = 1; r <= roots; r++) {
      String id = String.valueOf(r);
      IndicatorKind kind = IndicatorKind.values()[random.nextInt(IndicatorKind.values().length)];
      b.addIndicators(definition(id, Optional.of(id), kind, Optional.empty(), Optional.empty()));
      if (random.nextBoolean()) {
        IndicatorDefinition num = definition(id + "/numerator", Optional.empty(), IndicatorKind.COUNT, Optional.of(id),
            Optional.of(ChildRole.NUMERATOR));
        b.addIndicators(random.nextBoolean() ? num : ImmutableIndicatorDefinition.copyOf(num).withNotAbove(id + "/denominator"));
        b.addIndicators(definition(id + "/denominator", Optional.empty(), IndicatorKind.COUNT, Optional.of(id),
            Optional.of(ChildRole.DENOMINATOR)));
      }
      int parts = random.nextInt(3);
      for (int p = 1; p <= parts; p++) {
        ChildRole role = random.nextBoolean() ? ChildRole.PART : ChildRole.DETAIL;
        b.addIndicators(definition(id + "/" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + p,
            Optional.empty(), IndicatorKind.COUNT, Optional.of(id), Optional.of(role)));
      }
      if (random.nextInt(3) == 0) {
        b.addIndicators(definition(id + ".1", Optional.of(id + ".1"), IndicatorKind.PERCENTAGE, Optional.of(id),
            Optional.empty()));
      }
    }
    return b.build();
  }

  private IndicatorDefinition definition(String id, Optional<String> code, IndicatorKind kind,
      Optional<String> parent, Optional<ChildRole> role) {
    Set<AdministrativeLevel> levels = EnumSet.noneOf(AdministrativeLevel.class);
    for (AdministrativeLevel l : AdministrativeLevel.values()) {
      if (random.nextBoolean()) {
        levels.add(l);
      }
    }
    if (levels.isEmpty()) {
      levels.add(AdministrativeLevel.COMMUNE);
    }
    Optional<Unit> unit = switch (kind) {
      case MONEY -> Optional.of(moneyUnit());
      case PERCENTAGE -> random.nextBoolean() ? Optional.of(Unit.PERCENT) : Optional.empty();
      case COUNT -> random.nextBoolean() ? Optional.of(countUnit()) : Optional.empty();
      default -> Optional.empty();
    };
    Optional<Aggregation> aggregation = Optional.empty();
    Optional<ValueRange> range = Optional.empty();
    if (random.nextBoolean()) {
      Aggregation[] fits = switch (kind) {
        case COUNT, MONEY -> new Aggregation[] {Aggregation.SUM, Aggregation.LATEST, Aggregation.NONE};
        case PERCENTAGE -> new Aggregation[] {Aggregation.LATEST, Aggregation.NONE};
        case CODED -> new Aggregation[] {Aggregation.DISTRIBUTION, Aggregation.NONE};
        default -> new Aggregation[] {Aggregation.NONE};
      };
      aggregation = Optional.of(fits[random.nextInt(fits.length)]);
    }
    if (kind != IndicatorKind.GROUP && kind != IndicatorKind.CODED && random.nextInt(3) == 0) {
      BigDecimal lo = decimal(false);
      range = Optional.of(ValueRange.of(random.nextBoolean() ? Optional.of(lo) : Optional.empty(),
          Optional.of(lo.add(decimal(false)))));
    }
    return IndicatorDefinition.builder().id(id).code(code).label(text(1 + random.nextInt(10))).unit(unit)
        .aggregation(aggregation).range(range)
        .kind(kind).codeListId(kind == IndicatorKind.CODED ? Optional.of(codeList().id()) : Optional.empty())
        .levels(levels).parentId(parent).role(role).build();
  }

  /** {@return a random value of any of the six kinds} */
  public IndicatorValue value() {
    switch (random.nextInt(6)) {
      case 0: {
        long v = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(100_000);
        Optional<Unit> unit = random.nextBoolean() ? Optional.of(countUnit()) : Optional.empty();
        return CountValue.of(v, unit, random.nextBoolean() ? String.valueOf(v) : text(1));
      }
      case 1: {
        BigDecimal v = decimal(random.nextBoolean());
        return PercentageValue.of(v, vietnamese(v) + (random.nextBoolean() ? "%" : ""));
      }
      case 2: {
        BigDecimal v = decimal(random.nextBoolean());
        return MoneyValue.of(v, moneyUnit(), vietnamese(v));
      }
      case 3: {
        CodeList list = codeList();
        CodeListEntry a = list.entries().get(random.nextInt(list.entries().size()));
        return CodedValue.of(list.id(), a.code(), String.valueOf(a.code()));
      }
      case 4:
        return random.nextBoolean() ? NotApplicableValue.of() : NotApplicableValue.of(DASHES[random.nextInt(DASHES.length)]);
      default:
        return NotReportedValue.of();
    }
  }

  /**
   * A random decimal that the model accepts: up to 30 digits, scale 0 to 6 (sometimes written with a
   * negative scale, which the model turns into scale 0), trailing zeros kept.
   *
   * @param negativeAllowed whether it may be negative
   * @return the number
   */
  public BigDecimal decimal(boolean negativeAllowed) {
    int digits = 1 + random.nextInt(random.nextInt(4) == 0 ? 30 : 6);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    BigInteger unscaled = new BigInteger(sb.toString());
    if (negativeAllowed && random.nextBoolean()) {
      unscaled = unscaled.negate();
    }
    int scale = random.nextInt(10) == 0 ? -random.nextInt(4) : random.nextInt(Math.min(7, digits + 1));
    return new BigDecimal(unscaled, scale);
  }

  private String vietnamese(BigDecimal v) {
    return vn.cchc.model.VietnameseNumber.format(v);
  }

  private AppendixEntry entry(int i) {
    String id = (1 + i / 4) + "." + (1 + i % 4) + (random.nextBoolean() ? "" : "/part-" + (1 + i));
    var b = AppendixEntry.builder()
        .indicatorId(id)
        .label(text(1 + random.nextInt(15)))
        .unitAsWritten(random.nextInt(4) == 0 ? "" : text(1 + random.nextInt(2)))
        .value(value())
        .location(location())
        .sourceLine(text(random.nextInt(20)));
    if (random.nextBoolean()) {
      b.codeAsWritten(id + ".");
    }
    if (random.nextInt(3) == 0) {
      b.note(text(1 + random.nextInt(5)));
    }
    return b.build();
  }

  private List<NarrativeSection> sections(int depth, int n) {
    List<NarrativeSection> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      var b = NarrativeSection.builder()
          .marker(MARKERS[random.nextInt(MARKERS.length)])
          .title(random.nextInt(5) == 0 ? "" : text(1 + random.nextInt(10)))
          .location(location())
          .addAllBlocks(blocks(random.nextInt(3)));
      if (depth < 3) {
        b.addAllChildren(sections(depth + 1, random.nextInt(Math.min(3, size) + 1)));
      }
      list.add(b.build());
    }
    return list;
  }

  private List<NarrativeBlock> blocks(int n) {
    List<NarrativeBlock> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      NarrativeBlock.Kind kind = NarrativeBlock.Kind.values()[random.nextInt(3)];
      var b = NarrativeBlock.builder().kind(kind).text(text(1 + random.nextInt(30))).location(location());
      if (kind != NarrativeBlock.Kind.PARAGRAPH) {
        b.marker(kind == NarrativeBlock.Kind.BULLET ? "-" : random.nextBoolean() ? "+" : "- +");
      }
      list.add(b.build());
    }
    return list;
  }

  private DocumentReference reference() {
    var b = DocumentReference.builder()
        .number(documentNumber())
        .location(location())
        .sectionPath(random.nextBoolean() ? "I.2" : "II.2.2.đ");
    if (random.nextBoolean()) {
      DocumentType t = DocumentType.values()[random.nextInt(DocumentType.values().length)];
      b.typeWord(random.nextBoolean() ? t.label() : t.label().toLowerCase(java.util.Locale.ROOT));
    }
    if (random.nextBoolean()) {
      b.date(date());
    }
    if (random.nextBoolean()) {
      b.subject(text(1 + random.nextInt(12)));
    }
    return b.build();
  }

  private DocumentNumber documentNumber() {
    DocumentType t = DocumentType.values()[random.nextInt(DocumentType.values().length)];
    String year = random.nextInt(3) == 0 ? (1990 + random.nextInt(40)) + "/" : "";
    String second = random.nextBoolean() ? "UBND" : random.nextBoolean() ? "CP" : "UBND-VP";
    String first = random.nextInt(5) == 0 ? "UBND" : t.abbreviation();
    String symbol = random.nextInt(1000) + "/" + year + first + "-" + second;
    return DocumentNumber.parse(symbol).orElseThrow(() -> new IllegalStateException("generator bug: " + symbol));
  }

  private IssuingUnit issuer() {
    AdministrativeUnitType type = AdministrativeUnitType.values()[random.nextInt(AdministrativeUnitType.values().length)];
    AdministrativeLevel level = type.levels().get(random.nextInt(type.levels().size()));
    String name = text(1 + random.nextInt(3));
    return IssuingUnit.builder().asWritten("UBND " + type.label() + " " + name).body(random.nextBoolean() ? "UBND" : "Ủy ban nhân dân")
        .unitType(type).unitName(name).level(level).build();
  }

  private ReportingPeriod period() {
    PeriodKind kind = PeriodKind.values()[random.nextInt(PeriodKind.values().length)];
    var b = ReportingPeriod.builder().year(1945 + random.nextInt(256)).kind(kind).index(1 + random.nextInt(kind.maxIndex()));
    if (random.nextBoolean()) {
      LocalDate from = date();
      b.dataWindow(DateWindow.of(from, from.plusDays(random.nextInt(400))));
    }
    return b.build();
  }

  private LocalDate date() {
    return LocalDate.of(1945, 1, 1).plusDays(random.nextInt(93_000));
  }

  private SourceLocation location() {
    line += 1 + random.nextInt(5);
    return SourceLocation.of(line, 1 + random.nextInt(random.nextInt(10) == 0 ? 10_000 : 80));
  }

  private Unit countUnit() {
    if (random.nextInt(4) == 0) {
      return Unit.of(text(1 + random.nextInt(3)), UnitKind.COUNT, 0);
    }
    return COUNT_UNITS[random.nextInt(COUNT_UNITS.length)];
  }

  private Unit moneyUnit() {
    return random.nextBoolean() ? Unit.MILLION_VND : Unit.of(text(1 + random.nextInt(2)), UnitKind.MONEY, random.nextInt(13));
  }

  private List<CodeList> lists = List.of();

  /** A list of the catalogue being generated, or a fresh one outside a catalogue. */
  private CodeList codeList() {
    return lists.isEmpty() ? randomCodeList("L" + random.nextInt(5)) : lists.get(random.nextInt(lists.size()));
  }

  /** A code list with distinct codes (not necessarily from 0) and distinct labels, written or not as its entries. */
  private CodeList randomCodeList(String id) {
    ImmutableCodeList.Builder b = CodeList.builder().id(id);
    int n = 1 + random.nextInt(4);
    int code = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      b.addEntries(CodeListEntry.of(code, text(1 + random.nextInt(3)) + " " + i));
      code += 1 + random.nextInt(2);
    }
    if (random.nextInt(3) == 0) {
      b.asWritten(text(2 + random.nextInt(4)));
    }
    return b.build();
  }

  private String identifier() {
    return "cat-" + Integer.toString(random.nextInt(1 << 20), 36);
  }

  private int count() {
    return size == 0 ? 0 : random.nextInt(size + 1);
  }

  /**
   * Random non-blank text: Vietnamese words, sometimes with punctuation, markup, control characters,
   * emoji or line breaks, sometimes handed over in NFD (the model stores NFC).
   *
   * @param words how many words, at least 1
   * @return the text
   */
  public String text(int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      if (random.nextInt(8) == 0) {
        sb.append(ODD[random.nextInt(ODD.length)]);
      }
      sb.append(WORDS[random.nextInt(WORDS.length)]);
    }
    String s = sb.toString();
    return random.nextInt(4) == 0 ? Normalizer.normalize(s, Normalizer.Form.NFD) : s;
  }
}
