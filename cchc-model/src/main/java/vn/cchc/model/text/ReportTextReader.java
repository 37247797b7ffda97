package vn.cchc.model.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogue;

/**
 * Reads a CCHC report exported as text into a {@link Report} whose appendix is matched to a
 * catalogue. Thread-safe and immutable; one instance may read any number of texts.
 *
 * <p><b>Strict</b> reading ({@code read}) throws a {@link ReportReadException} for the first
 * problem in document order that is a {@linkplain ProblemSeverity#WARNING warning} or an
 * {@linkplain ProblemSeverity#ERROR error}; information (a sure repair, skipped portal text) does not
 * stop it. <b>Lenient</b> reading ({@code readLenient}) never throws for content
 * problems: it returns the report when the metadata allows building one, plus every problem. A row
 * with a problem is left out of the appendix and reported; nothing is dropped silently.
 *
 * <p>The reader is driven by what the text says, not by one document's layout. It first repairs
 * characters that stand for others (non-breaking spaces, look-alike letters "ǎ"/"ð" from old
 * encodings: {@link ProblemKind#REPAIRED_TEXT} at information level) and skips lines holding only a
 * page number. Then it finds the zones of a report and reads each; {@code docs/reading.md} shows an
 * example of every layout, and the test corpus holds a report in each.
 * <ul>
 *   <li><b>Portal text</b> before the report's first line (a portal's navigation and view counts, a
 *       document library's "Số hiệu / Người ký" block) is skipped: one {@link ProblemKind#SKIPPED_TEXT}
 *       problem at information level names the lines.</li>
 *   <li><b>The Nghị định 30 header</b> above "BÁO CÁO" (or above the metadata sentence, or above
 *       section I): every cell is read by what it says, whether Word's two-column header table arrives
 *       one cell per line or both columns on one line separated by a tab, "|" or a run of spaces (a
 *       template's blank such as "Số:      /BC-UBND" is not a gap between columns). The issuer lines
 *       are joined ("ỦY" / "BAN NHÂN DÂN" / "THÀNH PHỐ HỒ CHÍ MINH") and split into bodies where a
 *       People's Committee ("UBND", "Ủy ban nhân dân" in any case) or, at the start of a line, an agency
 *       ("Sở", "Ban", "Chi cục", "Phòng", …) begins: the last committee is the issuer, the one above it
 *       its {@linkplain vn.cchc.model.IssuingUnit#superior() superior}; an agency is kept as the
 *       {@linkplain vn.cchc.model.IssuingUnit#agency() agency} of the committee above it. Also read: the
 *       national name, motto and separators, "Số: 45/BC-UBND" (spaces typed into the blank allowed),
 *       the place and date "Đình Cả, ngày 12 tháng 03 năm 2024" (or without the place), and "DỰ THẢO":
 *       a {@linkplain Report#draft() draft} whose blank number and date are expected
 *       ({@link ProblemKind#DRAFT}, information), also when written before the title word on its line
 *       ("DỰ THẢO BÁO CÁO"). Up to three stray lines among the header's are problems, not reasons to drop
 *       the header. A header needs one part only a header has (the national name, the motto, "Số:", the
 *       place and date, "DỰ THẢO", or an issuer line in upper case): a lone mixed-case "UBND Huyện, Thị
 *       xã, Thành phố" (a portal's menu) or a news headline "Ủy ban nhân dân phường … sơ kết …" is portal
 *       text, not an issuer.</li>
 *   <li><b>The title</b> after "BÁO CÁO" (or on its line, "BÁO CÁO KẾT QUẢ …"), over as many lines
 *       as it was wrapped: following lines belong to it while it has no year yet, or while they go on
 *       in its case. A re-posted report may have instead <b>one metadata sentence</b> "Báo cáo số 228/
 *       BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về Kết quả … năm 2023": it gives the number,
 *       date, issuer and (without "BÁO CÁO") the title. Without either, up to three lines between the
 *       header and section I that state a reporting period with its year, and neither end in ":" or ";"
 *       nor run past 300 characters, are the title, as portals post it paragraph by paragraph
 *       ("Kết quả giải quyết thủ tục hành chính …" / "9 tháng đầu năm 2022"). Failing that, the appendix's
 *       upper-case title lines are the title. The reporting period is the <em>first</em> period phrase in the title
 *       ("quý I", "6 tháng [đầu|cuối] năm", "9 tháng", "tháng N", "năm") with the first "năm yyyy"
 *       (or "/yyyy") as its year; "phương hướng nhiệm vụ quý II" after "quý I" is not the period.</li>
 *   <li><b>The narrative</b> up to "Nơi nhận": sections "I."–"X.", "1.", "1.1"/"1.1.", and letters
 *       "a."/"e,"/"a)" (a numbered subsection must extend an open section's number, and every heading
 *       starts with an upper-case letter after its marker, so "1.492 hồ sơ" is not a heading). A
 *       <em>run-in heading</em> "a. Về công khai thủ tục hành chính: Các TTHC…" is split at its
 *       first ": ". Lines "- ", "• ", "- + " and "+ " are list items; other lines are paragraphs. Text
 *       hard-wrapped by a web page or PDF extraction is rejoined: when the text separates its
 *       paragraphs with blank lines, a line that directly follows another goes on with it unless it
 *       starts a heading or a list item (a heading goes on only in its own case, or when it filled its
 *       line); otherwise a line goes on with the one before when that one was full at the text's wrap
 *       width (its next word would not have fitted) or nearly full with this one going on in lower case,
 *       and not after a sentence's end followed by a capital. Each rejoined paragraph is one
 *       {@link ProblemKind#REPAIRED_TEXT} problem at information level. A paragraph broken by a page
 *       break (a line not ending in . ! ? ; : … followed, after blank lines, by a line starting in lower
 *       case) is joined into one block with a single space; its location is that of its first line.
 *       The paragraph starting "Trên đây" and everything after it go to {@link Report#closing()}.</li>
 *   <li>Document references in section titles and blocks: an optional type word as written
 *       ("Kế hoạch", "quyết định" — never corrected, "Kế hoạch số 33/QĐ-UBND" keeps both), an
 *       optional "số", the number and symbol, an optional date right after it — "ngày dd/mm/yyyy" (spaces
 *       around "/" allowed) or
 *       "ngày dd tháng mm năm yyyy" ("ngày 31 tháng 10 năm 2017", "ngày 07 tháng 3 năm 2025", any white
 *       space between the words); a date that does not exist is an {@link ProblemKind#INVALID_DATE}
 *       problem at its day and the reference keeps no date —, an optional issuer when "của" follows the
 *       number or date directly, and a subject. The <b>issuer</b> is kept as written ("của UBND huyện Lạc
 *       Dương về …" → "UBND huyện Lạc Dương"; "Ủy ban nhân dân tỉnh Lâm Đồng", "Bộ Nội vụ", "Thủ tướng
 *       Chính phủ"): capitalised words, "Ủy ban nhân dân"/"Hội đồng nhân dân", one lower-case word after a
 *       capitalised one ("Nội vụ"), "và" or "-" between capitalised words, and after a level word ("tỉnh",
 *       "huyện", "xã", "phường", "thị trấn", "thành phố", "TP.", …) the place's capitalised name, up to 16 words. It
 *       ends at punctuation, a digit, a capitalised type word ("Kế hoạch"), "về" or another word that is no part of a name ("đã", "ban
 *       hành", …); a name with a comma inside ("Bộ Văn hóa, Thể thao và Du lịch") is cut at the comma. The
 *       <b>subject</b> is the text after "về" up to the end of the clause (";" or a full stop), or after
 *       "của &lt;issuer&gt; về" (the issuer's own "TP." does not end it), or after "của … về", or the
 *       clause itself when it starts with a word that is not a connective ("Kế hoạch số 13/KH-UBND thực
 *       hiện chương trình…"). When the reference has no date of its own and its sentence starts
 *       "Ngày dd/mm/yyyy," (or "Ngày dd tháng mm năm yyyy,") with "ban hành" before the reference (and no
 *       other reference in between), that date is the document's date ("Ngày 01/03/2024, UBND thị
 *       trấn đã ban hành kế hoạch số 56/KH-UBND…"). The first "từ ngày … đến …" in the narrative
 *       is the period's data window. The <b>number and symbol</b> is also read as PDF extraction leaves it;
 *       {@link vn.cchc.model.DocumentNumber#asWritten()} keeps it as written and its other parts are
 *       those of the clean form. Up to three spaces around a "/" ("228/ BC-UBND", "45 /BC-UBND", "số 31
 *       /BC-UBND") are removed: a {@link ProblemKind#REPAIRED_TEXT} problem at
 *       {@link ProblemSeverity#INFO} at the number. A symbol that lost its hyphen ("63/2010/NĐCP",
 *       "3027/QĐUBND") is split only where a type abbreviation of {@link vn.cchc.model.DocumentType} is
 *       followed by a known issuer part (UBND, HĐND, CP, TTg, VPCP, the ministries' and Sở's
 *       abbreviations such as BNV or SNV, …) and nowhere else: a {@link ProblemKind#REPAIRED_TEXT} problem
 *       at {@link ProblemSeverity#WARNING} at the number. Any other symbol without a hyphen ("12/UBNDVP")
 *       is not read as a reference.</li>
 *
 *   <li><b>"Nơi nhận:"</b> then the recipients ("- …" lines without "- " and trailing ";" or "."; a
 *       line going on in lower case continues the recipient above) and the signature: optional
 *       authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", joined by a line break), the position
 *       (an upper-case line), a signature mark "(Đã ký)" and the name. Recipients and signature may
 *       stand in two columns on one line (tab, "|" or a run of spaces).</li>
 *   <li><b>The appendix</b> under "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục", "Phụ lục số 01" or "Biểu số 01"
 *       (or from its table header when it has no heading), its upper-case title lines and the caption
 *       "(Kèm theo Báo cáo số 45/BC-UBND ngày 12/03/2024 của UBND thị trấn Đình Cả)". The table's
 *       layout is read from its header ("STT | Các chỉ tiêu | Kết quả | Ghi chú" over "Đơn vị tính |
 *       Số liệu", on one line or two, words split between the two lines joined): the separator (tabs,
 *       "|" with or without outer pipes and a "|---|" rule, or runs of spaces aligning the columns) and
 *       which column is the STT, the label, the unit, the value and the note. A column the model has no
 *       place for ("Kỳ trước", "Cùng kỳ năm trước", "Lũy kế") is an {@link ProblemKind#EXTRA_COLUMN}
 *       warning that counts its values; an appendix without a single readable row is an
 *       {@link ProblemKind#EMPTY_TABLE} error. Repeated header lines, rule lines and column-numbering
 *       rows "(1) (2) (3)" are skipped; markup such as {@code <i>} and "*emphasis*" is removed. Coded
 *       rows are matched by code ({@link Catalogue#byCode}), and their label must equal the catalogue
 *       label (white space, markup and NFC normalised; case-sensitive). "Trong đó", "Trong", "đó" or
 *       an empty STT cell mark a child row, matched by label (a leading "Trong đó:", "- " or "+ "
 *       ignored) among the children of the last coded row. Values follow the catalogue: blank → not
 *       reported, "-" → not applicable, a code list → coded (the code; the code with its meaning, "2 (3 cấp)"; or
 *       the meaning alone, "Có" — a meaning that is not the list's label for the code is a problem), "%" → percentage (scale as written), money
 *       → money, otherwise an integer count (a group row with a value, such as 3.1 → 148, gives a count
 *       without unit). Numbers are read by {@link vn.cchc.model.VietnameseNumber}; nothing is
 *       guessed.</li>
 * </ul>
 *
 * <p>Header, metadata sentence and caption may each state the number, date and issuer; the first
 * that states one gives it, and any other that states it differently is an
 * {@link ProblemKind#INVALID_METADATA} problem. Metadata the text does not state is a
 * {@link ProblemKind#MISSING_METADATA} problem located where it was expected (the header's first
 * line, or the title when there is no header); a draft's blank number and date are not missing. A
 * report is built when the issuer, the title and its period are known; {@link ReadResult#isComplete()}
 * says whether anything the text states was left out of it.
 *
 * <p>The issuer's level comes from its kind ("thị trấn" → commune). A "thành phố" or "thị xã" can be
 * at two levels: its level is taken from a superior body in the header ("UBND TỈNH …" above it →
 * district); a centrally-run city by law (Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, and Huế
 * from 1 January 2025) is at province level, and so is every "thành phố" in a report dated from 1 July
 * 2025 (the two-level reform); otherwise the level is a {@link ProblemKind#MISSING_METADATA} problem,
 * never a guess.
 */
public final class ReportTextReader {
  /** The largest input read, in bytes (16 MiB); larger input is a {@link ProblemKind#INPUT_TOO_LARGE} problem. */
  public static final int MAX_INPUT_BYTES = 16 * 1024 * 1024;
  /** The longest line read, in characters (1,000,000); a longer line is a {@link ProblemKind#INPUT_TOO_LARGE} problem. */
  public static final int MAX_LINE_LENGTH = 1_000_000;
  /**
   * The longest narrative paragraph read, in characters (1,000,000), once hard-wrapped lines are joined; a longer
   * one is a {@link ProblemKind#INPUT_TOO_LARGE} problem.
   */
  public static final int MAX_PARAGRAPH_LENGTH = 1_000_000;
  /** The most document references read (10,000); one more is a {@link ProblemKind#INPUT_TOO_LARGE} problem. */
  public static final int MAX_REFERENCES = 10_000;
  /**
   * The most appendix rows read (20,000: the national template has 121, a province's variant a few hundred); one
   * more is a {@link ProblemKind#INPUT_TOO_LARGE} problem.
   */
  public static final int MAX_ROWS = 20_000;
  /** The most recipients read under "Nơi nhận" (10,000); one more is a {@link ProblemKind#INPUT_TOO_LARGE} problem. */
  public static final int MAX_RECIPIENTS = 10_000;

  private final Catalogue catalogue;
  private final CatalogueIndex index;

  private ReportTextReader(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.index = new CatalogueIndex(catalogue);
  }

  /**
   * A reader that matches appendix rows to a catalogue.
   *
   * @param catalogue the catalogue, e.g. {@code Catalogues.bundled()}
   * @return the reader
   */
  public static ReportTextReader of(Catalogue catalogue) {
    return new ReportTextReader(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /** {@return the catalogue rows are matched to} */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * Reads a file strictly.
   *
   * @param file a UTF-8 text file
   * @return the report
   * @throws IOException when the file cannot be read
   * @throws ReportReadException on the first problem in the content
   */
  public Report read(Path file) throws IOException {
    return strict(readLenient(file));
  }

  /**
   * Reads a report's <em>text</em> (not a file name) strictly. Named apart from {@link #read(Path)} so that a path held
   * in a {@code String} cannot be read as report text by mistake: pass {@code Path.of(name)} to read a file.
   *
   * @param text the report text itself
   * @return the report
   * @throws ReportReadException on the first problem
   */
  public Report readText(String text) {
    return strict(readTextLenient(text));
  }

  /**
   * Reads UTF-8 bytes strictly.
   *
   * @param bytes the report text in UTF-8
   * @return the report
   * @throws ReportReadException on the first problem, including malformed UTF-8
   */
  public Report read(byte[] bytes) {
    return strict(readLenient(bytes));
  }

  /**
   * Reads a UTF-8 stream strictly; the stream is read to its end and not closed.
   *
   * @param in the stream
   * @return the report
   * @throws IOException when the stream cannot be read
   * @throws ReportReadException on the first problem
   */
  public Report read(InputStream in) throws IOException {
    return strict(readLenient(in));
  }

  /**
   * Reads a file leniently.
   *
   * @param file a UTF-8 text file
   * @return the report, if one could be built, and every problem
   * @throws IOException when the file cannot be read
   */
  public ReadResult readLenient(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readLenient(in);
    }
  }

  /**
   * Reads a report's <em>text</em> (not a file name) leniently; see {@link #readText(String)}.
   *
   * @param text the report text itself
   * @return the report, if one could be built, and every problem
   */
  public ReadResult readTextLenient(String text) {
    return parse(SourceText.of(Objects.requireNonNull(text, "text")));
  }

  /**
   * Reads UTF-8 bytes leniently.
   *
   * @param bytes the report text in UTF-8
   * @return the report, if one could be built, and every problem
   */
  public ReadResult readLenient(byte[] bytes) {
    if (bytes.length > MAX_INPUT_BYTES) {
      return tooLarge();
    }
    return parse(SourceText.decode(bytes));
  }

  /**
   * Reads a UTF-8 stream leniently; the stream is read to its end (at most
   * {@link #MAX_INPUT_BYTES} + 1 bytes) and not closed.
   *
   * @param in the stream
   * @return the report, if one could be built, and every problem
   * @throws IOException when the stream cannot be read
   */
  public ReadResult readLenient(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
      out.write(buf, 0, n);
      if (out.size() > MAX_INPUT_BYTES) {
        return tooLarge();
      }
    }
    return readLenient(out.toByteArray());
  }

  /** Reads and also returns what became of every line; for tests in this package. */
  ReportParser parser(String text) {
    return new ReportParser(index, SourceText.of(text));
  }

  ReportParser parser(byte[] bytes) {
    return new ReportParser(index, SourceText.decode(bytes));
  }

  private ReadResult parse(SourceText source) {
    return new ReportParser(index, source).parse();
  }

  private static ReadResult tooLarge() {
    return ReadResult.of(Optional.empty(), List.of(ReadProblem.of(SourceLocation.of(1, 1), ProblemKind.INPUT_TOO_LARGE,
        Problems.of("input.too-large", (long) MAX_INPUT_BYTES), "")));
  }

  private static Report strict(ReadResult result) {
    for (ReadProblem p : result.problems()) {
      if (p.severity() != ProblemSeverity.INFO) {
        throw new ReportReadException(p);
      }
    }
    return result.report().orElseThrow(() -> new ReportReadException(ReadProblem.of(SourceLocation.of(1, 1),
        ProblemKind.MISSING_METADATA, Problems.of("report.none"), "")));
  }
}
