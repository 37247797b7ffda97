package vn.cchc.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How {@link TextLayouts} lays a report out as text: one choice on each dimension in which real
 * published reports differ (header, title, hard wrapping, line ends and spaces, appendix heading,
 * table form, date form of cited documents). Immutable: every {@code with…} method returns a new
 * layout.
 *
 * <p>{@link #clean()} is the form of the real sample {@code docs/samples/bc-45-ubnd-dinh-ca-2024-q1.txt};
 * {@link #random(RandomGenerator)} draws every dimension; {@link #oneChangeEach()} gives one layout per
 * dimension value with the clean form everywhere else. {@link #toString()} names each choice, so a
 * failing property says which layout broke. The first constant of every enum is the clean form.
 *
 * <pre>{@code
 * TextLayout l = TextLayout.clean().withHeader(TextLayout.Header.DECREE_30)
 *     .withIssuerLines(TextLayout.IssuerLines.SUPERIOR_THEN_TWO_LINES).withWrapWidth(72);
 * String text = TextLayouts.write(report, catalogue, l);
 * }</pre>
 */
public final class TextLayout {
  /** The narrowest hard-wrap width {@link #withWrapWidth(int)} accepts. */
  public static final int MIN_WRAP_WIDTH = 60;
  /** The widest hard-wrap width {@link #withWrapWidth(int)} accepts. */
  public static final int MAX_WRAP_WIDTH = 100;

  /** Where the report's number, date and issuer stand before "BÁO CÁO". */
  public enum Header {
    /** No header: number, date and issuer only in the appendix caption "(Kèm theo Báo cáo số …)", as the sample. */
    NONE,
    /** No header but one sentence "Báo cáo số 228/BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về …", as portals list it. */
    METADATA_LINE,
    /** The Nghị định 30/2020 header: issuer, national name and motto, "Số: …", place and date. */
    DECREE_30
  }

  /** How the Nghị định 30 header writes the issuer. */
  public enum IssuerLines {
    /** "UBND THỊ TRẤN ĐÌNH CẢ". */
    ONE_LINE,
    /** "ỦY BAN NHÂN DÂN" / "THỊ TRẤN ĐÌNH CẢ". */
    TWO_LINES,
    /** "UBND HUYỆN VÕ NHAI" / "UBND THỊ TRẤN ĐÌNH CẢ": the superior body above (none above a province: one line). */
    SUPERIOR_THEN_ONE_LINE,
    /** "UBND HUYỆN VÕ NHAI" / "ỦY BAN NHÂN DÂN" / "THỊ TRẤN ĐÌNH CẢ" (none above a province: two lines). */
    SUPERIOR_THEN_TWO_LINES
  }

  /** How Word's two-column header table comes out as text. */
  public enum HeaderColumns {
    /** Each cell's paragraphs on lines of their own, left cell first. */
    CELL_PER_LINE,
    /** Both columns on one line, separated by a tab. */
    TAB,
    /** Both columns on one line, separated by " | ". */
    PIPE
  }

  /** How the number fills the blank of "Số: …/BC-UBND". */
  public enum NumberSpacing {
    /** "Số: 45/BC-UBND". */
    TIGHT,
    /** "Số:     45/BC-UBND": the typed number after the blank's spaces. */
    SPACES_BEFORE_NUMBER,
    /** "Số: 45  /BC-UBND": the blank's spaces left before the slash. */
    SPACES_BEFORE_SLASH
  }

  /** How the place-and-date line writes day and month. */
  public enum IssueDateForm {
    /** "Đình Cả, ngày 05 tháng 03 năm 2024". */
    PADDED,
    /** "Đình Cả, ngày 5 tháng 3 năm 2024". */
    UNPADDED
  }

  /** How many lines the title under "BÁO CÁO" takes. */
  public enum TitleLines {
    /** One line. */
    ONE_LINE,
    /** Hard-wrapped over two lines, cut at a space chosen by the seed ("… QUÝ I NĂM" / "2024"). */
    TWO_LINES
  }

  /** The case of the title under "BÁO CÁO". */
  public enum TitleCase {
    /** As the report has it ("Kết quả công tác cải cách hành chính quý I năm 2024"). */
    SENTENCE,
    /** Upper case ("KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2024"). */
    UPPER
  }

  /** The line terminator. */
  public enum LineEnd {
    /** "\n". */
    LF("\n"),
    /** "\r\n", as Windows tools write. */
    CRLF("\r\n");

    private final String chars;

    LineEnd(String chars) {
      this.chars = chars;
    }

    /** {@return the terminator's characters} */
    public String chars() {
      return chars;
    }
  }

  /** The heading line of the appendix. */
  public enum AppendixHeading {
    /** "PHỤ LỤC". */
    PHU_LUC("PHỤ LỤC"),
    /** "PHỤ LỤC I". */
    PHU_LUC_I("PHỤ LỤC I"),
    /** "Phụ lục". */
    PHU_LUC_TITLE_CASE("Phụ lục"),
    /** "Phụ lục số 01". */
    PHU_LUC_SO_01("Phụ lục số 01"),
    /** "Biểu số 01". */
    BIEU_SO_01("Biểu số 01");

    private final String text;

    AppendixHeading(String text) {
      this.text = text;
    }

    /** {@return the heading as written} */
    public String text() {
      return text;
    }
  }

  /** How the appendix table's cells are separated. */
  public enum TableForm {
    /** Tab-separated, as the sample. */
    TABS,
    /** "| 1.1. | Tỷ lệ … | % | 30 |  |" without a rule line. */
    PIPES,
    /** Pipes with a "|---|---|…" rule line under the column header. */
    PIPES_WITH_RULE,
    /** Columns aligned with runs of two or more spaces, as text copied from a PDF. */
    ALIGNED
  }

  /** How many lines the table's column header takes. */
  public enum TableHeaderLines {
    /** "STT · Các chỉ tiêu · Kết quả · · Ghi chú" then " · · Đơn vị tính · Số liệu ·", as the sample. */
    TWO_LINES,
    /** "STT · Các chỉ tiêu · Đơn vị tính · Số liệu · Ghi chú". */
    ONE_LINE
  }

  /** How dates of cited documents are written in the narrative. */
  public enum ReferenceDates {
    /** "ngày 10/01/2024". */
    NUMERIC,
    /** "ngày 10 tháng 01 năm 2024". */
    WORDS
  }

  private Header header = Header.NONE;
  private IssuerLines issuerLines = IssuerLines.ONE_LINE;
  private HeaderColumns headerColumns = HeaderColumns.CELL_PER_LINE;
  private NumberSpacing numberSpacing = NumberSpacing.TIGHT;
  private IssueDateForm issueDateForm = IssueDateForm.PADDED;
  private boolean separators = true;
  private TitleLines titleLines = TitleLines.ONE_LINE;
  private TitleCase titleCase = TitleCase.SENTENCE;
  private int wrapWidth;
  private LineEnd lineEnd = LineEnd.LF;
  private boolean nonBreakingSpaces;
  private AppendixHeading appendixHeading = AppendixHeading.PHU_LUC;
  private boolean caption = true;
  private TableForm tableForm = TableForm.TABS;
  private TableHeaderLines tableHeaderLines = TableHeaderLines.TWO_LINES;
  private boolean tableHeaderRepeated = true;
  private ReferenceDates referenceDates = ReferenceDates.NUMERIC;
  private long seed;

  private TextLayout() {}

  private TextLayout copy() {
    TextLayout c = new TextLayout();
    c.header = header;
    c.issuerLines = issuerLines;
    c.headerColumns = headerColumns;
    c.numberSpacing = numberSpacing;
    c.issueDateForm = issueDateForm;
    c.separators = separators;
    c.titleLines = titleLines;
    c.titleCase = titleCase;
    c.wrapWidth = wrapWidth;
    c.lineEnd = lineEnd;
    c.nonBreakingSpaces = nonBreakingSpaces;
    c.appendixHeading = appendixHeading;
    c.caption = caption;
    c.tableForm = tableForm;
    c.tableHeaderLines = tableHeaderLines;
    c.tableHeaderRepeated = tableHeaderRepeated;
    c.referenceDates = referenceDates;
    c.seed = seed;
    return c;
  }

  private TextLayout checked() {
    if (header == Header.NONE && !caption) {
      throw new IllegalArgumentException("a layout without header needs the appendix caption: "
          + "otherwise the text states no number, date or issuer");
    }
    return this;
  }

  /**
   * The form of the real sample: no header (number, date and issuer only in the appendix caption),
   * the title on one line as written, no hard wrapping, LF, ordinary spaces, "PHỤ LỤC" with the
   * caption, a tab-separated table whose column header takes two lines and is repeated at page
   * breaks, cited documents dated "ngày 10/01/2024". The Nghị định 30 options, used once
   * {@link #withHeader(Header)} chooses that header, are one issuer line, one cell per line, "Số:
   * 45/BC-UBND", "ngày 05 tháng 03", with separator lines.
   *
   * @return the clean layout
   */
  public static TextLayout clean() {
    return new TextLayout();
  }

  /**
   * A layout with every dimension drawn uniformly (a wrap width, when there is one, from
   * {@value #MIN_WRAP_WIDTH} to {@value #MAX_WRAP_WIDTH}); the caption is always kept when there is no header.
   *
   * @param random the source of randomness
   * @return the layout
   */
  public static TextLayout random(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    TextLayout l = new TextLayout();
    l.header = pick(Header.values(), random);
    l.issuerLines = pick(IssuerLines.values(), random);
    l.headerColumns = pick(HeaderColumns.values(), random);
    l.numberSpacing = pick(NumberSpacing.values(), random);
    l.issueDateForm = pick(IssueDateForm.values(), random);
    l.separators = random.nextBoolean();
    l.titleLines = pick(TitleLines.values(), random);
    l.titleCase = pick(TitleCase.values(), random);
    l.wrapWidth = random.nextBoolean() ? 0 : random.nextInt(MIN_WRAP_WIDTH, MAX_WRAP_WIDTH + 1);
    l.lineEnd = pick(LineEnd.values(), random);
    l.nonBreakingSpaces = random.nextBoolean();
    l.appendixHeading = pick(AppendixHeading.values(), random);
    l.caption = l.header == Header.NONE || random.nextBoolean();
    l.tableForm = pick(TableForm.values(), random);
    l.tableHeaderLines = pick(TableHeaderLines.values(), random);
    l.tableHeaderRepeated = random.nextBoolean();
    l.referenceDates = pick(ReferenceDates.values(), random);
    l.seed = random.nextLong();
    return l.checked();
  }

  private static <T> T pick(T[] values, RandomGenerator r) {
    return values[r.nextInt(values.length)];
  }

  /**
   * One layout per value of every dimension that differs from the clean one, with the clean form
   * everywhere else. Options of the Nghị định 30 header, and a layout without caption, are shown on
   * the clean layout with that header; a layout without caption also on the clean layout with the
   * metadata sentence, the only other place that states number, date and issuer. The keys name the change ({@code "tableForm=ALIGNED"}), for
   * test names.
   *
   * @return the layouts by change, in dimension order
   */
  public static Map<String, TextLayout> oneChangeEach() {
    Map<String, TextLayout> out = new LinkedHashMap<>();
    TextLayout c = clean();
    TextLayout h = c.withHeader(Header.DECREE_30);
    for (Header v : Header.values()) {
      put(out, "header", v, c.withHeader(v), c);
    }
    for (IssuerLines v : IssuerLines.values()) {
      put(out, "issuerLines", v, h.withIssuerLines(v), h);
    }
    for (HeaderColumns v : HeaderColumns.values()) {
      put(out, "headerColumns", v, h.withHeaderColumns(v), h);
    }
    for (NumberSpacing v : NumberSpacing.values()) {
      put(out, "numberSpacing", v, h.withNumberSpacing(v), h);
    }
    for (IssueDateForm v : IssueDateForm.values()) {
      put(out, "issueDateForm", v, h.withIssueDateForm(v), h);
    }
    put(out, "separators", false, h.withSeparators(false), h);
    for (TitleLines v : TitleLines.values()) {
      put(out, "titleLines", v, c.withTitleLines(v), c);
    }
    for (TitleCase v : TitleCase.values()) {
      put(out, "titleCase", v, c.withTitleCase(v), c);
    }
    for (int w : new int[] {MIN_WRAP_WIDTH, 80, MAX_WRAP_WIDTH}) {
      put(out, "wrapWidth", w, c.withWrapWidth(w), c);
    }
    for (LineEnd v : LineEnd.values()) {
      put(out, "lineEnd", v, c.withLineEnd(v), c);
    }
    put(out, "nonBreakingSpaces", true, c.withNonBreakingSpaces(true), c);
    for (AppendixHeading v : AppendixHeading.values()) {
      put(out, "appendixHeading", v, c.withAppendixHeading(v), c);
    }
    put(out, "caption", false, h.withCaption(false), h);
    TextLayout m = c.withHeader(Header.METADATA_LINE);
    put(out, "caption", "false(header=METADATA_LINE)", m.withCaption(false), m);
    for (TableForm v : TableForm.values()) {
      put(out, "tableForm", v, c.withTableForm(v), c);
    }
    for (TableHeaderLines v : TableHeaderLines.values()) {
      put(out, "tableHeaderLines", v, c.withTableHeaderLines(v), c);
    }
    put(out, "tableHeaderRepeated", false, c.withTableHeaderRepeated(false), c);
    for (ReferenceDates v : ReferenceDates.values()) {
      put(out, "referenceDates", v, c.withReferenceDates(v), c);
    }
    return Collections.unmodifiableMap(out);
  }

  private static void put(Map<String, TextLayout> out, String dimension, Object value, TextLayout layout, TextLayout base) {
    if (!layout.equals(base)) {
      out.put(dimension + "=" + value, layout);
    }
  }

  /** {@return where number, date and issuer stand before "BÁO CÁO"} */
  public Header header() {
    return header;
  }

  /** {@return how the Nghị định 30 header writes the issuer} */
  public IssuerLines issuerLines() {
    return issuerLines;
  }

  /** {@return how the Nghị định 30 header's two columns come out} */
  public HeaderColumns headerColumns() {
    return headerColumns;
  }

  /** {@return how the number fills "Số: …"} */
  public NumberSpacing numberSpacing() {
    return numberSpacing;
  }

  /** {@return how the place-and-date line writes day and month} */
  public IssueDateForm issueDateForm() {
    return issueDateForm;
  }

  /** {@return true when "-------" lines stand under the issuer and the motto} */
  public boolean separators() {
    return separators;
  }

  /** {@return how many lines the title takes} */
  public TitleLines titleLines() {
    return titleLines;
  }

  /** {@return the title's case} */
  public TitleCase titleCase() {
    return titleCase;
  }

  /** {@return the hard-wrap width of narrative paragraphs and list items; 0 when they are not wrapped} */
  public int wrapWidth() {
    return wrapWidth;
  }

  /** {@return the line terminator} */
  public LineEnd lineEnd() {
    return lineEnd;
  }

  /** {@return true when some spaces (chosen by the seed) are non-breaking spaces, U+00A0} */
  public boolean nonBreakingSpaces() {
    return nonBreakingSpaces;
  }

  /** {@return the appendix heading} */
  public AppendixHeading appendixHeading() {
    return appendixHeading;
  }

  /** {@return true when the appendix has its caption "(Kèm theo Báo cáo số …)"} */
  public boolean caption() {
    return caption;
  }

  /** {@return how table cells are separated} */
  public TableForm tableForm() {
    return tableForm;
  }

  /** {@return how many lines the table's column header takes} */
  public TableHeaderLines tableHeaderLines() {
    return tableHeaderLines;
  }

  /** {@return true when the column header is repeated every 20 rows, as at page breaks} */
  public boolean tableHeaderRepeated() {
    return tableHeaderRepeated;
  }

  /** {@return how dates of cited documents are written} */
  public ReferenceDates referenceDates() {
    return referenceDates;
  }

  /** {@return the seed of the small choices inside a dimension: where the title is cut, which spaces are non-breaking} */
  public long seed() {
    return seed;
  }

  /**
   * The same layout with another header.
   *
   * @param value the header
   * @return a new layout
   * @throws IllegalArgumentException for {@link Header#NONE} when the layout has no caption
   */
  public TextLayout withHeader(Header value) {
    TextLayout c = copy();
    c.header = Objects.requireNonNull(value, "header");
    return c.checked();
  }

  /**
   * The same layout with another issuer form (used by the Nghị định 30 header).
   *
   * @param value the issuer form
   * @return a new layout
   */
  public TextLayout withIssuerLines(IssuerLines value) {
    TextLayout c = copy();
    c.issuerLines = Objects.requireNonNull(value, "issuerLines");
    return c;
  }

  /**
   * The same layout with another form of the header's two columns.
   *
   * @param value the form
   * @return a new layout
   */
  public TextLayout withHeaderColumns(HeaderColumns value) {
    TextLayout c = copy();
    c.headerColumns = Objects.requireNonNull(value, "headerColumns");
    return c;
  }

  /**
   * The same layout with another way of filling "Số: …".
   *
   * @param value the spacing
   * @return a new layout
   */
  public TextLayout withNumberSpacing(NumberSpacing value) {
    TextLayout c = copy();
    c.numberSpacing = Objects.requireNonNull(value, "numberSpacing");
    return c;
  }

  /**
   * The same layout with another form of the place-and-date line.
   *
   * @param value the form
   * @return a new layout
   */
  public TextLayout withIssueDateForm(IssueDateForm value) {
    TextLayout c = copy();
    c.issueDateForm = Objects.requireNonNull(value, "issueDateForm");
    return c;
  }

  /**
   * The same layout with or without the header's separator lines.
   *
   * @param value true for separator lines
   * @return a new layout
   */
  public TextLayout withSeparators(boolean value) {
    TextLayout c = copy();
    c.separators = value;
    return c;
  }

  /**
   * The same layout with the title on one or two lines.
   *
   * @param value the title's lines
   * @return a new layout
   */
  public TextLayout withTitleLines(TitleLines value) {
    TextLayout c = copy();
    c.titleLines = Objects.requireNonNull(value, "titleLines");
    return c;
  }

  /**
   * The same layout with the title in another case.
   *
   * @param value the case
   * @return a new layout
   */
  public TextLayout withTitleCase(TitleCase value) {
    TextLayout c = copy();
    c.titleCase = Objects.requireNonNull(value, "titleCase");
    return c;
  }

  /**
   * The same layout with narrative paragraphs and list items hard-wrapped (no blank line between
   * the pieces), or not.
   *
   * @param width 0 for no wrapping, otherwise {@value #MIN_WRAP_WIDTH} to {@value #MAX_WRAP_WIDTH} columns
   * @return a new layout
   * @throws IllegalArgumentException when the width is out of range
   */
  public TextLayout withWrapWidth(int width) {
    if (width != 0 && (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH)) {
      throw new IllegalArgumentException("wrap width must be 0 or " + MIN_WRAP_WIDTH + ".." + MAX_WRAP_WIDTH + ", was " + width);
    }
    TextLayout c = copy();
    c.wrapWidth = width;
    return c;
  }

  /**
   * The same layout with another line terminator.
   *
   * @param value the terminator
   * @return a new layout
   */
  public TextLayout withLineEnd(LineEnd value) {
    TextLayout c = copy();
    c.lineEnd = Objects.requireNonNull(value, "lineEnd");
    return c;
  }

  /**
   * The same layout with some spaces (about one in five, chosen by the {@link #seed()}) written as
   * U+00A0, or none.
   *
   * @param value true for non-breaking spaces
   * @return a new layout
   */
  public TextLayout withNonBreakingSpaces(boolean value) {
    TextLayout c = copy();
    c.nonBreakingSpaces = value;
    return c;
  }

  /**
   * The same layout with another appendix heading.
   *
   * @param value the heading
   * @return a new layout
   */
  public TextLayout withAppendixHeading(AppendixHeading value) {
    TextLayout c = copy();
    c.appendixHeading = Objects.requireNonNull(value, "appendixHeading");
    return c;
  }

  /**
   * The same layout with or without the appendix caption.
   *
   * @param value true for the caption
   * @return a new layout
   * @throws IllegalArgumentException when {@code value} is false and the layout has no header
   */
  public TextLayout withCaption(boolean value) {
    TextLayout c = copy();
    c.caption = value;
    return c.checked();
  }

  /**
   * The same layout with another table form.
   *
   * @param value the form
   * @return a new layout
   */
  public TextLayout withTableForm(TableForm value) {
    TextLayout c = copy();
    c.tableForm = Objects.requireNonNull(value, "tableForm");
    return c;
  }

  /**
   * The same layout with the column header on one or two lines.
   *
   * @param value the header's lines
   * @return a new layout
   */
  public TextLayout withTableHeaderLines(TableHeaderLines value) {
    TextLayout c = copy();
    c.tableHeaderLines = Objects.requireNonNull(value, "tableHeaderLines");
    return c;
  }

  /**
   * The same layout with the column header repeated every 20 rows, or written once.
   *
   * @param value true to repeat it
   * @return a new layout
   */
  public TextLayout withTableHeaderRepeated(boolean value) {
    TextLayout c = copy();
    c.tableHeaderRepeated = value;
    return c;
  }

  /**
   * The same layout with another date form for cited documents.
   *
   * @param value the form
   * @return a new layout
   */
  public TextLayout withReferenceDates(ReferenceDates value) {
    TextLayout c = copy();
    c.referenceDates = Objects.requireNonNull(value, "referenceDates");
    return c;
  }

  /**
   * The same layout with another seed for the small choices inside a dimension.
   *
   * @param value the seed
   * @return a new layout
   */
  public TextLayout withSeed(long value) {
    TextLayout c = copy();
    c.seed = value;
    return c;
  }

  /**
   * {@return true when the other object is a layout with the same choices and seed; options of a header
   * that is not chosen do not count, as they change nothing in the text}
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof TextLayout && toString().equals(o.toString());
  }

  /** {@return a hash consistent with {@link #equals(Object)}} */
  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * {@return every choice by name, e.g. {@code TextLayout[header=DECREE_30(issuerLines=TWO_LINES,
   * headerColumns=TAB, numberSpacing=TIGHT, issueDateForm=PADDED, separators=true), title=ONE_LINE/UPPER,
   * wrapWidth=72, lineEnd=CRLF, nonBreakingSpaces=false, appendixHeading=PHU_LUC_I, caption=true,
   * tableForm=ALIGNED, tableHeaderLines=TWO_LINES, tableHeaderRepeated=true, referenceDates=WORDS,
   * seed=…]}; options of a header that is not chosen are left out}
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add("header=" + header + (header == Header.DECREE_30 ? "(issuerLines=" + issuerLines + ", headerColumns="
        + headerColumns + ", numberSpacing=" + numberSpacing + ", issueDateForm=" + issueDateForm + ", separators="
        + separators + ")" : ""));
    parts.add("title=" + titleLines + "/" + titleCase);
    parts.add("wrapWidth=" + (wrapWidth == 0 ? "none" : Integer.toString(wrapWidth)));
    parts.add("lineEnd=" + lineEnd);
    parts.add("nonBreakingSpaces=" + nonBreakingSpaces);
    parts.add("appendixHeading=" + appendixHeading);
    parts.add("caption=" + caption);
    parts.add("tableForm=" + tableForm);
    parts.add("tableHeaderLines=" + tableHeaderLines);
    parts.add("tableHeaderRepeated=" + tableHeaderRepeated);
    parts.add("referenceDates=" + referenceDates);
    parts.add("seed=" + seed);
    return "TextLayout[" + String.join(", ", parts) + "]";
  }
}
