package vn.cchc.model.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.SourceLocation;

/**
 * Reads who issued a report from the header's issuer lines, the appendix caption or a metadata
 * sentence: "UBND THỊ TRẤN ĐÌNH CẢ", "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HỒ CHÍ MINH", "UBND HUYỆN VÕ NHAI"
 * / "UBND THỊ TRẤN ĐÌNH CẢ", "UBND TỈNH THÁI NGUYÊN" / "SỞ NỘI VỤ". Internal.
 *
 * <p>The issuer's lines are joined with single spaces and split into bodies where a People's
 * Committee ("UBND", "Ủy ban nhân dân" in any case and either tone position) or, at the start of a
 * line, an agency ("Sở", "Ban", "Chi cục", "Cục", "Phòng", "Văn phòng", "Thanh tra", "Trung tâm")
 * begins. The last body issued the report; the one before it is its superior. An agency reports
 * under the People's Committee above it (or named at its end: "SỞ NỘI VỤ TỈNH THÁI NGUYÊN", read as
 * "UBND TỈNH THÁI NGUYÊN"): the issuer is then that committee, with the agency beside it.
 *
 * <p>The level comes from the kind of unit ("xã" → commune). A "thành phố" or "thị xã" can be at two
 * levels; the reader takes the level from, in order: the superior named above it ("UBND TỈNH …" →
 * district); the law's list of centrally-run cities (Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần
 * Thơ, and Huế from 1 January 2025: province level); and, for a report dated from 1 July 2025, the
 * two-level reform (no district level remains). Otherwise the level is a missing-metadata problem:
 * it is not guessed.
 */
final class IssuerReader {
  /** A People's Committee, as a whole word. */
  static final Pattern COMMITTEE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(UBND|(?:Ủy|Uỷ)\\s+ban\\s+nhân\\s+dân)(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** An agency at the start of a line. */
  static final Pattern AGENCY = Pattern.compile(
      "(?:Sở|Chi\\s+cục|Cục|Phòng|Văn\\s+phòng|Thanh\\s+tra|Trung\\s+tâm|Ban(?!\\s+nhân\\s+dân))\\s+\\S.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Set<String> CENTRAL_CITIES = Set.of("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ");
  private static final LocalDate HUE_CENTRAL = LocalDate.of(2025, 1, 1);
  private static final LocalDate TWO_LEVELS = LocalDate.of(2025, 7, 1);

  /** One line (or cell) of issuer text and where it starts. */
  record Fragment(String text, SourceLocation at) {}

  /** One body: a People's Committee or an agency, as written. */
  record Body(String text, SourceLocation at, boolean agency) {}

  private final ReadContext ctx;

  IssuerReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** {@return true when a text starts a body: a People's Committee or an agency} */
  static boolean startsBody(String text) {
    Matcher m = COMMITTEE.matcher(text);
    return (m.lookingAt() && m.start() == 0) || AGENCY.matcher(text).matches();
  }

  /**
   * Splits issuer fragments into bodies. Text before the first body is a problem
   * ({@link ProblemKind#UNRECOGNISED_LINE}).
   */
  List<Body> bodies(List<Fragment> fragments) {
    List<Body> out = new ArrayList<>();
    StringBuilder cur = null;
    SourceLocation curAt = null;
    boolean curAgency = false;
    for (Fragment f : fragments) {
      String t = f.text();
      int pos = 0;
      boolean lineStartsAgency = AGENCY.matcher(t).matches() && !COMMITTEE.matcher(t).lookingAt();
      Matcher m = COMMITTEE.matcher(t);
      List<Integer> starts = new ArrayList<>();
      if (lineStartsAgency) {
        starts.add(0);
      }
      while (m.find()) {
        if (!(lineStartsAgency && m.start() > 0)) {
          starts.add(m.start());
        }
      }
      for (int k = 0; k <= starts.size(); k++) {
        int end = k < starts.size() ? starts.get(k) : t.length();
        String piece = t.substring(pos, end).strip();
        if (!piece.isEmpty()) {
          if (cur == null) {
            ctx.problem(f.at(), ProblemKind.UNRECOGNISED_LINE, "header text before the issuer that names no "
                + "People's Committee (UBND) or agency (Sở, Ban, …)", piece);
          } else {
            cur.append(' ').append(piece);
          }
        }
        if (k < starts.size()) {
          if (cur != null) {
            out.add(new Body(cur.toString(), curAt, curAgency));
          }
          cur = new StringBuilder();
          curAt = SourceLocation.of(f.at().line(), f.at().column() + t.codePointCount(0, starts.get(k)));
          curAgency = lineStartsAgency && starts.get(k) == 0;
          pos = starts.get(k);
        }
      }
    }
    if (cur != null) {
      out.add(new Body(cur.toString(), curAt, curAgency));
    }
    out.replaceAll(b -> new Body(Texts.normalise(b.text()), b.at(), b.agency()));
    return out;
  }

  /**
   * The issuer named by the last body; the body before it is its superior. Records a problem and
   * returns empty when it cannot be read.
   */
  Optional<IssuingUnit> issuer(List<Body> bodies, Optional<LocalDate> date) {
    if (bodies.isEmpty()) {
      return Optional.empty();
    }
    Body last = bodies.get(bodies.size() - 1);
    Body above = bodies.size() > 1 ? bodies.get(bodies.size() - 2) : null;
    if (!last.agency()) {
      return unit(last.text(), last.at(), Optional.empty(), Optional.ofNullable(above).map(Body::text), date);
    }
    if (above != null && !above.agency()) {
      Optional<String> aboveAbove = bodies.size() > 2 ? Optional.of(bodies.get(bodies.size() - 3).text())
          : Optional.empty();
      return unit(above.text(), above.at(), Optional.of(last.text()), aboveAbove, date);
    }
    // "SỞ NỘI VỤ TỈNH THÁI NGUYÊN": the committee is named at the agency's end
    for (AdministrativeUnitType t : AdministrativeUnitType.values()) {
      int k = Texts.fold(last.text()).indexOf(" " + t.label() + " ");
      if (k > 0) {
        String unitText = last.text().substring(k + 1);
        return unit("UBND " + unitText, last.at(), Optional.of(last.text()), Optional.empty(), date);
      }
    }
    ctx.problem(last.at(), ProblemKind.MISSING_METADATA, "the agency names no People's Committee it works under "
        + "(a \"UBND TỈNH …\" line above it, or the unit at its end)", last.text());
    return Optional.empty();
  }

  /** Reads one People's Committee: "UBND thị trấn Đình Cả". */
  Optional<IssuingUnit> unit(String text, SourceLocation at, Optional<String> agency, Optional<String> superior,
      Optional<LocalDate> date) {
    Matcher m = COMMITTEE.matcher(text);
    if (!m.lookingAt()) {
      ctx.problem(at, ProblemKind.INVALID_METADATA, "the issuer does not start with UBND or Ủy ban nhân dân", text);
      return Optional.empty();
    }
    String rest = text.substring(m.end()).strip();
    Optional<AdministrativeUnitType> type = AdministrativeUnitType.ofName(rest);
    if (type.isEmpty()) {
      ctx.problem(at, ProblemKind.INVALID_METADATA, "the issuer names no known kind of administrative unit "
          + "(tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu)", text);
      return Optional.empty();
    }
    AdministrativeUnitType t = type.get();
    String unitName = rest.substring(Math.min(rest.length(), t.label().length())).strip();
    Optional<AdministrativeLevel> level = level(t, unitName, superior, date);
    if (level.isEmpty()) {
      ctx.problem(at, ProblemKind.MISSING_METADATA, "the level of a " + t.label() + " is not stated (it can be "
          + t.levels() + "): no superior body above it in the header, not a centrally-run city, and not dated "
          + "after the 2025 reform; the reader does not guess it", text);
      return Optional.empty();
    }
    try {
      return Optional.of(IssuingUnit.builder().asWritten(text).body(m.group(1)).unitType(t).unitName(unitName)
          .level(level.get()).agency(agency).superior(superior).build());
    } catch (InvalidModelException e) {
      ctx.problem(at, ProblemKind.INVALID_METADATA, "the issuer cannot be read: " + e.getMessage(), text);
      return Optional.empty();
    }
  }

  private static Optional<AdministrativeLevel> level(AdministrativeUnitType t, String unitName,
      Optional<String> superior, Optional<LocalDate> date) {
    if (t.levels().size() == 1) {
      return Optional.of(t.levels().get(0));
    }
    Optional<AdministrativeLevel> below = superior.flatMap(IssuerReader::levelBelow);
    if (below.isPresent()) {
      return below.filter(t.levels()::contains);
    }
    String name = Texts.fold(unitName);
    if (t == AdministrativeUnitType.CITY && (CENTRAL_CITIES.contains(name)
        || (name.equals("huế") && date.map(d -> !d.isBefore(HUE_CENTRAL)).orElse(false)))) {
      return Optional.of(AdministrativeLevel.PROVINCE);
    }
    if (t == AdministrativeUnitType.CITY && date.map(d -> !d.isBefore(TWO_LEVELS)).orElse(false)) {
      return Optional.of(AdministrativeLevel.PROVINCE);
    }
    return Optional.empty();
  }

  /** The level directly below a superior body ("UBND TỈNH X" → district), when its type has one level. */
  private static Optional<AdministrativeLevel> levelBelow(String superior) {
    Matcher m = COMMITTEE.matcher(superior);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return AdministrativeUnitType.ofName(superior.substring(m.end()).strip()).filter(t -> t.levels().size() == 1)
        .map(t -> t.levels().get(0)).flatMap(l -> l == AdministrativeLevel.PROVINCE
            ? Optional.of(AdministrativeLevel.DISTRICT)
            : l == AdministrativeLevel.DISTRICT ? Optional.of(AdministrativeLevel.COMMUNE) : Optional.empty());
  }
}
