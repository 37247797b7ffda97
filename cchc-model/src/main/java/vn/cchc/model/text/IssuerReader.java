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
    Matcher m = COMMITTEE.matcher(Work.view(text));
    return (m.lookingAt() && m.start() == 0) || AGENCY.matcher(Work.view(text)).matches();
  }

  /**
   * Splits issuer fragments into bodies: the fragments are joined with single spaces ("ỦY" / "BAN NHÂN
   * DÂN" / "THÀNH PHỐ HỒ CHÍ MINH" is one body) and split where a committee begins, or an agency at
   * the start of a fragment. Text before the first body is a problem
   * ({@link ProblemKind#UNRECOGNISED_LINE}).
   */
  List<Body> bodies(List<Fragment> fragments) {
    StringBuilder joined = new StringBuilder();
    List<Integer> offsets = new ArrayList<>();
    List<Integer> agencyStarts = new ArrayList<>();
    for (Fragment f : fragments) {
      if (joined.length() > 0) {
        joined.append(' ');
      }
      offsets.add(joined.length());
      if (AGENCY.matcher(Work.view(f.text())).matches() && !COMMITTEE.matcher(Work.view(f.text())).lookingAt()) {
        agencyStarts.add(joined.length());
      }
      joined.append(f.text());
    }
    String t = joined.toString();
    List<Integer> starts = new ArrayList<>(agencyStarts);
    Matcher m = COMMITTEE.matcher(Work.view(t));
    while (m.find()) {
      if (!insideAgency(agencyStarts, offsets, fragments, m.start())) {
        starts.add(m.start());
      }
    }
    starts.sort(null);
    List<Body> out = new ArrayList<>();
    if (starts.isEmpty() || starts.get(0) > 0) {
      int end = starts.isEmpty() ? t.length() : starts.get(0);
      for (int k = 0; k < fragments.size() && offsets.get(k) < end; k++) {
        ctx.problem(fragments.get(k).at(), ProblemKind.UNRECOGNISED_LINE, Problems.of("header.before-issuer"), fragments.get(k).text());
      }
    }
    for (int k = 0; k < starts.size(); k++) {
      int s = starts.get(k);
      int e = k + 1 < starts.size() ? starts.get(k + 1) : t.length();
      int frag = 0;
      while (frag + 1 < offsets.size() && offsets.get(frag + 1) <= s) {
        frag++;
      }
      Fragment f = fragments.get(frag);
      SourceLocation at = SourceLocation.of(f.at().line(), f.at().column() + t.codePointCount(offsets.get(frag), s));
      boolean agency = offsets.contains(s) && AGENCY.matcher(Work.view(fragments.get(offsets.indexOf(s)).text())).matches()
          && !COMMITTEE.matcher(Work.view(fragments.get(offsets.indexOf(s)).text())).lookingAt();
      out.add(new Body(Texts.normalise(t.substring(s, e)), at, agency));
    }
    return out;
  }

  /** Whether a committee word falls inside a fragment that starts an agency ("SỞ NỘI VỤ … UBND"). */
  private static boolean insideAgency(List<Integer> agencyStarts, List<Integer> offsets, List<Fragment> fragments,
      int at) {
    for (int k = 0; k < offsets.size(); k++) {
      int s = offsets.get(k);
      int e = s + fragments.get(k).text().length();
      if (agencyStarts.contains(s) && at > s && at < e) {
        return true;
      }
    }
    return false;
  }

  /**
   * The issuer named in one piece of text, a caption's or a sentence's: "UBND thị trấn Đình Cả", or
   * an agency with its unit at its end, "Sở Nội vụ tỉnh Thái Nguyên".
   */
  Optional<IssuingUnit> named(String text, SourceLocation at, Optional<LocalDate> date) {
    return named(text, at, date, Optional.empty());
  }

  /** As {@link #named(String, SourceLocation, Optional)}, with the superior the header names above the issuer. */
  Optional<IssuingUnit> named(String text, SourceLocation at, Optional<LocalDate> date, Optional<String> superior) {
    List<Body> bodies = new ArrayList<>();
    superior.ifPresent(s -> bodies.add(new Body(s, at, false)));
    bodies.addAll(bodies(List.of(new Fragment(text, at))));
    return issuer(bodies, date);
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
    ctx.problem(last.at(), ProblemKind.MISSING_METADATA, Problems.of("issuer.no-superior"), last.text());
    return Optional.empty();
  }

  /** Reads one People's Committee: "UBND thị trấn Đình Cả". */
  Optional<IssuingUnit> unit(String text, SourceLocation at, Optional<String> agency, Optional<String> superior,
      Optional<LocalDate> date) {
    Matcher m = COMMITTEE.matcher(Work.view(text));
    if (!m.lookingAt()) {
      ctx.problem(at, ProblemKind.INVALID_METADATA, Problems.of("issuer.not-ubnd"), text);
      return Optional.empty();
    }
    String rest = text.substring(m.end()).strip();
    Optional<AdministrativeUnitType> type = AdministrativeUnitType.ofName(rest);
    if (type.isEmpty()) {
      ctx.problem(at, ProblemKind.INVALID_METADATA, Problems.of("issuer.unit-unknown"), text);
      return Optional.empty();
    }
    AdministrativeUnitType t = type.get();
    String unitName = rest.substring(Math.min(rest.length(), t.label().length())).strip();
    Optional<AdministrativeLevel> level = level(t, unitName, superior, date);
    if (level.isEmpty()) {
      ctx.problem(at, ProblemKind.MISSING_METADATA, Problems.of("issuer.level-unstated", t.label(), String.valueOf(t.levels())), text);
      return Optional.empty();
    }
    try {
      return Optional.of(IssuingUnit.builder().asWritten(text).body(m.group(1)).unitType(t).unitName(unitName)
          .level(level.get()).agency(agency).superior(superior).build());
    } catch (InvalidModelException e) {
      ctx.problem(at, ProblemKind.INVALID_METADATA, Problems.of("issuer.unreadable", String.valueOf(e.getMessage())), text);
      return Optional.empty();
    }
  }

  private static Optional<AdministrativeLevel> level(AdministrativeUnitType t, String unitName,
      Optional<String> superior, Optional<LocalDate> date) {
    if (t.levels().size() == 1) {
      return Optional.of(t.levels().get(0));
    }
    Optional<AdministrativeLevel> below = superior.flatMap(s -> levelBelow(s, date));
    if (below.isPresent()) {
      return below.filter(t.levels()::contains);
    }
    return levelByLaw(t, unitName, date);
  }

  /**
   * The level the law gives a unit of a two-level type by its name and the report's date: a
   * centrally-run city, or any "thành phố" after the 2025 reform, is at province level.
   */
  private static Optional<AdministrativeLevel> levelByLaw(AdministrativeUnitType t, String unitName,
      Optional<LocalDate> date) {
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

  /**
   * The level directly below a superior body ("UBND TỈNH X" → district; "UBND THÀNH PHỐ HỒ CHÍ MINH",
   * a centrally-run city, → district), when the superior's own level is known.
   */
  private static Optional<AdministrativeLevel> levelBelow(String superior, Optional<LocalDate> date) {
    Matcher m = COMMITTEE.matcher(Work.view(superior));
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String rest = superior.substring(m.end()).strip();
    return AdministrativeUnitType.ofName(rest).flatMap(t -> t.levels().size() == 1 ? Optional.of(t.levels().get(0))
            : levelByLaw(t, rest.substring(Math.min(rest.length(), t.label().length())).strip(), date))
        .flatMap(l -> l == AdministrativeLevel.PROVINCE ? Optional.of(AdministrativeLevel.DISTRICT)
            : l == AdministrativeLevel.DISTRICT ? Optional.of(AdministrativeLevel.COMMUNE) : Optional.empty());
  }
}
