package vn.cchc.model.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ReadContext.LineUse;

/**
 * Reads the Nghị định 30 header above the title: the issuer (on one to three lines, with superior
 * bodies above it), the national name and motto, separators, "Số: 45/BC-UBND" (blanks typed into the
 * template allowed), the place and date "Đình Cả, ngày 12 tháng 03 năm 2024", and "DỰ THẢO". Word's
 * two-column header table arrives one cell per line or with both columns on one line separated by a
 * tab, "|" or a run of spaces: every cell is read by what it says, not by where it stands. Internal.
 */
final class HeaderReader {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** A template's blank number "…/BC-UBND"; compiled once (String.matches compiles on every call). */
  private static final Pattern BLANK_NUMBER = Pattern.compile("[\\s.…_]*/.*");
  static final Pattern NATIONAL = Pattern.compile("CỘNG\\s+H(?:ÒA|OÀ)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM", CI);
  static final Pattern MOTTO = Pattern.compile("Độc\\s+lập\\s*[-–—]\\s*Tự\\s+do\\s*[-–—]\\s*Hạnh\\s+phúc", CI);
  static final Pattern DECORATION = Pattern.compile("[-_=*.~–—\\s]+");
  static final Pattern DRAFT = Pattern.compile("[(\\[]?\\s*DỰ\\s+THẢO(?:\\s+(?:lần\\s+)?\\d+)?\\s*[)\\]]?", CI);
  static final Pattern NUMBER = Pattern.compile("Số\\s*:\\s*(.*)", CI);
  /** Place and date, each part of the date possibly left blank in a draft. */
  static final Pattern PLACE_DATE = Pattern.compile(
      "(?:(.+?),\\s*)?ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})?\\s*\\.?", CI);

  /** What the header says. Absent parts are empty; locations are where each part was read. */
  record Header(Optional<DocumentNumber> number, Optional<SourceLocation> numberAt, boolean numberBlank,
      Optional<LocalDate> date, Optional<SourceLocation> dateAt, boolean dateBlank, Optional<String> place,
      Optional<IssuingUnit> issuer, Optional<SourceLocation> issuerAt, boolean draft, int firstLine) {

    /** {@return the body above the issuer in the header, whether or not the issuer could be read} */
    Optional<String> superior() {
      return issuer.flatMap(IssuingUnit::superior);
    }
  }

  private final ReadContext ctx;

  HeaderReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** {@return true when a cell is one of the header's parts other than the issuer} */
  static boolean isHeaderPart(String cell) {
    return NATIONAL.matcher(Work.view(cell)).matches() || MOTTO.matcher(Work.view(cell)).matches() || DECORATION.matcher(Work.view(cell)).matches()
        || DRAFT.matcher(Work.view(cell)).matches() || NUMBER.matcher(Work.view(cell)).matches() || PLACE_DATE.matcher(Work.view(cell)).matches();
  }

  /** {@return true when a line can be part of a header: each cell is a header part or issuer-like text} */
  static boolean isHeaderLine(String line) {
    for (int[] c : Texts.columns(line)) {
      String cell = Texts.plain(line.substring(c[0], c[1]));
      if (!cell.isEmpty() && !isHeaderPart(cell) && !IssuerReader.startsBody(cell)
          && !(Texts.isUpper(cell) && cell.length() <= 80)) {
        return false;
      }
    }
    return true;
  }

  /** Reads lines {@code from} (inclusive) to {@code to} (exclusive), 0-based. */
  Header read(int from, int to) {
    List<IssuerReader.Fragment> fragments = new ArrayList<>();
    DocumentNumber number = null;
    SourceLocation numberAt = null;
    boolean numberBlank = false;
    LocalDate date = null;
    SourceLocation dateAt = null;
    boolean dateBlank = false;
    String place = null;
    boolean draft = false;
    for (int i = from; i < to; i++) {
      String line = ctx.line(i);
      if (line.isBlank()) {
        continue;
      }
      ctx.mark(i + 1, LineUse.HEADER);
      for (ReadContext.ColumnCell cell : ctx.columnCells(i)) {
        String t = cell.text();
        SourceLocation at = cell.at();
        Matcher m;
        if (NATIONAL.matcher(Work.view(t)).matches() || MOTTO.matcher(Work.view(t)).matches() || DECORATION.matcher(Work.view(t)).matches()) {
          continue;
        }
        if (DRAFT.matcher(Work.view(t)).matches()) {
          draft = true;
          ctx.problem(at, ProblemKind.DRAFT, Problems.of("header.draft"), t);
        } else if ((m = NUMBER.matcher(Work.view(t))).matches()) {
          numberAt = at;
          String n = m.group(1).strip();
          Optional<DocumentNumber> num = Optional.ofNullable(ReferenceReader.readNumber(n, at, ctx));
          if (num.isPresent()) {
            number = num.get();
          } else if (n.isEmpty() || BLANK_NUMBER.matcher(Work.view(n)).matches()) {
            numberBlank = true;
          } else {
            ctx.problem(at, ProblemKind.INVALID_METADATA, Problems.of("header.number-invalid"), t);
          }
        } else if ((m = PLACE_DATE.matcher(Work.view(t))).matches()) {
          dateAt = at;
          if (m.group(1) != null && !m.group(1).isBlank()) {
            place = m.group(1).strip();
          }
          if (m.group(2) == null || m.group(3) == null || m.group(4) == null) {
            dateBlank = true;
          } else {
            date = ctx.date(m.group(2), m.group(3), m.group(4), at, t);
          }
        } else if (IssuerReader.startsBody(t) || Texts.isUpper(t) || AdministrativeUnitType.ofName(t).isPresent()) {
          fragments.add(new IssuerReader.Fragment(t, at));
        } else {
          ctx.problem(at, ProblemKind.UNRECOGNISED_LINE, Problems.of("header.stray-line"), t);
        }
      }
    }
    IssuerReader issuers = new IssuerReader(ctx);
    List<IssuerReader.Body> bodies = issuers.bodies(fragments);
    Optional<IssuingUnit> issuer = issuers.issuer(bodies, Optional.ofNullable(date));
    Optional<SourceLocation> issuerAt = bodies.isEmpty() ? Optional.empty()
        : Optional.of(bodies.get(bodies.size() - 1).at());
    return new Header(Optional.ofNullable(number), Optional.ofNullable(numberAt), numberBlank, Optional.ofNullable(date),
        Optional.ofNullable(dateAt), dateBlank, Optional.ofNullable(place), issuer, issuerAt, draft, from);
  }
}
