package vn.cchc.rules.units;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.SourceLocation;
import vn.cchc.rules.units.UnitRegistryException.Kind;

/**
 * The administrative units a roll-up places its reports in: code, name, type, parent. Immutable and
 * thread-safe.
 *
 * <h2>Loading</h2>
 * {@link #readCsv(Path)} and {@link #readJson(Path)} take either of two shapes, told apart by the header:
 * <ul>
 *   <li>the <b>national list</b> of administrative unit codes (Danh mục đơn vị hành chính, General
 *       Statistics Office), one row per commune with its district and province: columns
 *       {@code Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp} (spelling, case, spaces and
 *       "/" in the header do not matter; other columns such as "Tên Tiếng Anh" are ignored). A row with
 *       no district ({@code Mã QH} empty) is a commune directly under its province: the two-level
 *       structure in force since 1 July 2025;</li>
 *   <li>a <b>unit list</b>, one row per unit: {@code Mã, Tên, Cấp, Mã cấp trên} (or {@code code, name,
 *       level, parent}); {@code Cấp} is tỉnh, huyện or xã and may be left out when the name's type word
 *       says it.</li>
 * </ul>
 * A JSON file is an array of flat objects whose keys are those column names. Any bad row stops the load
 * with a {@link UnitRegistryException} naming the file, line and column: a duplicate code, an unknown
 * parent, a cycle, a parent at or below its child's level, an empty code or name.
 *
 * <h2>Placing a report</h2>
 * {@link #place(IssuingUnit)} finds the issuer by its unit name as written ("UBND thị trấn Đình Cả" →
 * "Thị trấn Đình Cả"), compared NFC, case- and space-insensitively, at the issuer's level; a name that
 * several units share is told apart by the superior named in the header ("UBND HUYỆN VÕ NHAI") and
 * otherwise is {@linkplain Placement.Status#AMBIGUOUS ambiguous}, never guessed.
 */
public final class UnitRegistry {
  private final Map<String, AdministrativeUnit> byCode;
  private final Map<String, List<AdministrativeUnit>> children;
  private final Map<String, List<AdministrativeUnit>> byName;

  private UnitRegistry(Map<String, AdministrativeUnit> byCode) {
    this.byCode = java.util.Collections.unmodifiableMap(byCode);
    Map<String, List<AdministrativeUnit>> kids = new HashMap<>();
    Map<String, List<AdministrativeUnit>> names = new HashMap<>();
    for (AdministrativeUnit u : byCode.values()) {
      u.parentCode().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
      names.computeIfAbsent(Names.key(u.name()), k -> new ArrayList<>()).add(u);
    }
    kids.replaceAll((k, v) -> List.copyOf(v));
    names.replaceAll((k, v) -> List.copyOf(v));
    this.children = kids;
    this.byName = names;
  }

  /**
   * A registry of units given in code.
   *
   * @param units the units
   * @return the registry
   * @throws UnitRegistryException on a duplicate code, an unknown parent, a cycle or a parent at or below its child
   */
  public static UnitRegistry of(Collection<AdministrativeUnit> units) {
    Map<String, Located> located = new LinkedHashMap<>();
    for (AdministrativeUnit u : units) {
      if (located.putIfAbsent(u.code(), new Located(u, null, null)) != null) {
        throw new UnitRegistryException(Kind.DUPLICATE_CODE, "units", Optional.empty(), "duplicate code " + u.code());
      }
    }
    return checked(located, "units");
  }

  /**
   * Reads a CSV file (UTF-8) in either shape.
   *
   * @param file the file
   * @return the registry
   * @throws UnitRegistryException on a bad row, with file:line:column
   * @throws UncheckedIOException when the file cannot be read
   */
  public static UnitRegistry readCsv(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readCsv(r, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads CSV in either shape.
   *
   * @param in the text
   * @param source the name used in messages, e.g. the file name
   * @return the registry
   * @throws UnitRegistryException on a bad row, with source:line:column
   * @throws UncheckedIOException when reading fails
   */
  public static UnitRegistry readCsv(Reader in, String source) {
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(source, "source");
    try {
      return fromRows(CsvCells.read(in, source), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a JSON file (an array of objects keyed by the CSV's column names). Needs jackson-core 2 on the
   * class path or module path.
   *
   * @param file the file
   * @return the registry
   * @throws UnitRegistryException on a bad object or value, with file:line:column
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalStateException when jackson-core is absent
   */
  public static UnitRegistry readJson(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readJson(r, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads JSON (an array of objects keyed by the CSV's column names).
   *
   * @param in the text
   * @param source the name used in messages
   * @return the registry
   * @throws UnitRegistryException on a bad object or value, with source:line:column
   * @throws UncheckedIOException when reading fails
   * @throws IllegalStateException when jackson-core is absent
   */
  public static UnitRegistry readJson(Reader in, String source) {
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(source, "source");
    List<List<Cell>> rows;
    try {
      rows = JsonCells.read(in, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("reading a unit list from JSON needs com.fasterxml.jackson.core:jackson-core "
          + "on the class path; or give the list as CSV", e);
    }
    return fromRows(rows, source);
  }

  /**
   * Reads a file by its extension: {@code .json} as JSON, anything else as CSV.
   *
   * @param file the file
   * @return the registry
   * @throws UnitRegistryException on a bad row, with file:line:column
   * @throws UncheckedIOException when the file cannot be read
   */
  public static UnitRegistry read(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? readJson(file) : readCsv(file);
  }

  /**
   * The sample registry bundled with the library for tests and documentation: the 45 communes of the
   * districts Võ Nhai and Đại Từ and their province Thái Nguyên, with their codes in the national list
   * before 1 July 2025 (docs/rollups.md says where the names and codes come from). Real applications load
   * the full national list.
   *
   * @return the sample registry
   */
  public static UnitRegistry sample() {
    try (Reader r = new java.io.InputStreamReader(
        UnitRegistry.class.getResourceAsStream("thai-nguyen-sample.csv"), StandardCharsets.UTF_8)) {
      return readCsv(r, "thai-nguyen-sample.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return every unit, in the order of the list} */
  public List<AdministrativeUnit> units() {
    return List.copyOf(byCode.values());
  }

  /**
   * A unit by code.
   *
   * @param code the code, e.g. "05716"
   * @return the unit, or empty
   */
  public Optional<AdministrativeUnit> unit(String code) {
    return Optional.ofNullable(byCode.get(Names.nfc(code).strip()));
  }

  /**
   * The units directly under one.
   *
   * @param code the code of the unit above
   * @return the units, in list order; empty when none
   */
  public List<AdministrativeUnit> children(String code) {
    return children.getOrDefault(code, List.of());
  }

  /**
   * The unit above one.
   *
   * @param unit the unit
   * @return its parent, empty for a province
   */
  public Optional<AdministrativeUnit> parent(AdministrativeUnit unit) {
    return unit.parentCode().map(byCode::get);
  }

  /**
   * The unit at a level that contains one (itself when it is at that level): the district of a commune,
   * the province of a district.
   *
   * @param unit the unit
   * @param level the level
   * @return the unit at that level, or empty when there is none above (a commune directly under its
   *     province since 1 July 2025 has no district)
   */
  public Optional<AdministrativeUnit> ancestor(AdministrativeUnit unit, AdministrativeLevel level) {
    for (Optional<AdministrativeUnit> u = Optional.of(unit); u.isPresent(); u = parent(u.get())) {
      if (u.get().level() == level) {
        return u;
      }
    }
    return Optional.empty();
  }

  /**
   * Places a report's issuer by name.
   *
   * @param issuer the issuer as read from the report
   * @return the placement
   */
  public Placement place(IssuingUnit issuer) {
    return place(issuer, Optional.empty());
  }

  /**
   * Places a report's issuer, by code when one is given, else by name.
   *
   * @param issuer the issuer as read from the report
   * @param code the unit's code when known (from the file's metadata or the user)
   * @return the placement
   */
  public Placement place(IssuingUnit issuer, Optional<String> code) {
    if (code.isPresent()) {
      return unit(code.get()).map(Placement::placed)
          .orElseGet(() -> Placement.notFound(PlacementBundle.message("placement.code-unknown", code.get())));
    }
    if (issuer.agency().isPresent()) {
      return Placement.notFound(PlacementBundle.message("placement.agency", issuer.displayName()));
    }
    String key = Names.key(issuer.unitType().label() + " " + issuer.unitName());
    List<AdministrativeUnit> found = byName.getOrDefault(key, List.of()).stream()
        .filter(u -> u.level() == issuer.level()).collect(Collectors.toList());
    if (found.size() == 1) {
      return Placement.placed(found.get(0));
    }
    if (found.isEmpty()) {
      return Placement.notFound(PlacementBundle.message("placement.not-found", issuer.unitWithType(),
          AdministrativeLevels.text(issuer.level())));
    }
    Optional<String> above = issuer.superior().map(UnitRegistry::withoutBody).map(Names::key);
    if (above.isPresent()) {
      List<AdministrativeUnit> under = found.stream().filter(u -> hasAncestorNamed(u, above.get()))
          .collect(Collectors.toList());
      if (under.size() == 1) {
        return Placement.placed(under.get(0));
      }
    }
    found.sort(Comparator.comparing(AdministrativeUnit::code));
    return Placement.ambiguous(found, PlacementBundle.message("placement.ambiguous", issuer.unitWithType(),
        (long) found.size(), found.stream().map(u -> u.label() + parent(u).map(p -> ", " + p.name()).orElse(""))
            .collect(Collectors.joining("; "))));
  }

  private boolean hasAncestorNamed(AdministrativeUnit u, String key) {
    for (Optional<AdministrativeUnit> p = parent(u); p.isPresent(); p = parent(p.get())) {
      if (Names.key(p.get().name()).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** "UBND HUYỆN VÕ NHAI" → "HUYỆN VÕ NHAI". */
  private static String withoutBody(String superior) {
    String s = Names.nfc(superior).strip();
    for (String body : List.of("ủy ban nhân dân", "uỷ ban nhân dân", "ubnd")) {
      if (s.toLowerCase(Locale.ROOT).startsWith(body + " ")) {
        return s.substring(body.length() + 1);
      }
    }
    return s;
  }

  // ---------------------------------------------------------------- loading

  /** A unit with where its code and parent cells are, for messages. */
  private record Located(AdministrativeUnit unit, Cell codeCell, Cell parentCell) {
    Optional<SourceLocation> codeAt() {
      return codeCell == null ? Optional.empty() : codeCell.at();
    }

    Optional<SourceLocation> parentAt() {
      return parentCell == null ? codeAt() : parentCell.at();
    }
  }

  private static final List<String> PROVINCE_NAME = List.of("tỉnhthànhphố", "tỉnhtp", "tỉnh", "tỉnhthành");
  private static final List<String> PROVINCE_CODE = List.of("mãtp", "mãtỉnh");
  private static final List<String> DISTRICT_NAME = List.of("quậnhuyện", "huyện", "quận");
  private static final List<String> DISTRICT_CODE = List.of("mãqh", "mãhuyện");
  private static final List<String> COMMUNE_NAME = List.of("phườngxã", "xãphường", "xã");
  private static final List<String> COMMUNE_CODE = List.of("mãpx", "mãxã");
  private static final List<String> LEVEL = List.of("cấp", "level");
  private static final List<String> CODE = List.of("mã", "code", "mãđơnvị");
  private static final List<String> NAME = List.of("tên", "name", "tênđơnvị");
  private static final List<String> PARENT = List.of("mãcấptrên", "parent", "parentcode", "mãđơnvịcấptrên");

  static UnitRegistry fromRows(List<List<Cell>> rows, String source) {
    if (rows.isEmpty()) {
      throw new UnitRegistryException(Kind.BAD_HEADER, source, Optional.of(SourceLocation.of(1, 1)),
          "the list is empty: no header");
    }
    Map<String, Integer> header = new HashMap<>();
    List<Cell> h = rows.get(0);
    for (int i = 0; i < h.size(); i++) {
      header.putIfAbsent(Names.header(h.get(i).text()), i);
    }
    Map<String, Located> units = new LinkedHashMap<>();
    if (find(header, PROVINCE_CODE).isPresent()) {
      national(rows, header, source, units);
    } else if (find(header, CODE).isPresent() && find(header, NAME).isPresent()) {
      flat(rows, header, source, units);
    } else {
      throw new UnitRegistryException(Kind.BAD_HEADER, source, Optional.of(SourceLocation.of(1, 1)),
          "the header names neither the national list's columns (Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, "
              + "Phường Xã, Mã PX, Cấp) nor a unit list's (Mã, Tên, Cấp, Mã cấp trên); it has: "
              + h.stream().map(Cell::text).collect(Collectors.joining(", ")));
    }
    return checked(units, source);
  }

  private static Optional<Integer> find(Map<String, Integer> header, List<String> names) {
    return names.stream().map(header::get).filter(java.util.Objects::nonNull).findFirst();
  }

  private static Cell cell(List<Cell> row, Optional<Integer> col) {
    if (col.isEmpty()) {
      return null;
    }
    if (col.get() < row.size()) {
      return row.get(col.get());
    }
    Cell last = row.get(row.size() - 1);
    return new Cell("", last.line(), last.column() + last.text().length());
  }

  private static boolean blank(Cell c) {
    return c == null || c.text().isBlank();
  }

  private static Cell require(Cell c, String source, String what, List<Cell> row) {
    if (blank(c)) {
      Cell at = c != null ? c : row.get(0);
      throw new UnitRegistryException(Kind.MISSING_VALUE, source, at.at(), what + " is empty");
    }
    return c;
  }

  private static void national(List<List<Cell>> rows, Map<String, Integer> header, String source,
      Map<String, Located> units) {
    Optional<Integer> pn = find(header, PROVINCE_NAME);
    Optional<Integer> pc = find(header, PROVINCE_CODE);
    Optional<Integer> dn = find(header, DISTRICT_NAME);
    Optional<Integer> dc = find(header, DISTRICT_CODE);
    Optional<Integer> cn = find(header, COMMUNE_NAME);
    Optional<Integer> cc = find(header, COMMUNE_CODE);
    Optional<Integer> lv = find(header, LEVEL);
    if (pn.isEmpty()) {
      throw new UnitRegistryException(Kind.BAD_HEADER, source, Optional.of(SourceLocation.of(1, 1)),
          "the national list has \"Mã TP\" but no \"Tỉnh Thành Phố\" column");
    }
    for (List<Cell> row : rows.subList(1, rows.size())) {
      Cell pCode = require(cell(row, pc), source, "Mã TP", row);
      Cell pName = require(cell(row, pn), source, "Tỉnh Thành Phố", row);
      define(units, source, pCode, pName, AdministrativeLevel.PROVINCE, null, null);
      Cell parent = pCode;
      Cell dCode = cell(row, dc);
      if (!blank(dCode)) {
        Cell dName = require(cell(row, dn), source, "Quận Huyện", row);
        define(units, source, dCode, dName, AdministrativeLevel.DISTRICT, pCode, null);
        parent = dCode;
      }
      Cell cCode = cell(row, cc);
      if (!blank(cCode)) {
        Cell cName = require(cell(row, cn), source, "Phường Xã", row);
        Located before = units.get(cCode.text().strip());
        if (before != null) {
          throw new UnitRegistryException(Kind.DUPLICATE_CODE, source, cCode.at(), "duplicate code " + cCode.text().strip()
              + " (" + cName.text().strip() + "), first on line " + before.codeCell().line());
        }
        define(units, source, cCode, cName, AdministrativeLevel.COMMUNE, parent, cell(row, lv));
      }
    }
  }

  private static void define(Map<String, Located> units, String source, Cell code, Cell name, AdministrativeLevel level,
      Cell parent, Cell typeWord) {
    String c = Names.nfc(code.text()).strip();
    String n = Names.nfc(name.text()).strip();
    Optional<String> p = parent == null ? Optional.empty() : Optional.of(Names.nfc(parent.text()).strip());
    Located before = units.get(c);
    if (before != null) {
      AdministrativeUnit u = before.unit();
      if (!Names.key(u.name()).equals(Names.key(n)) || u.level() != level || !u.parentCode().equals(p)) {
        throw new UnitRegistryException(Kind.DUPLICATE_CODE, source, code.at(), "code " + c + " is \"" + n + "\" ("
            + level.label() + ") here but \"" + u.name() + "\" (" + u.level().label() + ") on line "
            + before.codeCell().line());
      }
      return;
    }
    AdministrativeUnitType type = type(n, typeWord, level, source, name);
    units.put(c, new Located(new AdministrativeUnit(c, n, type, level, p), code, parent));
  }

  private static AdministrativeUnitType type(String name, Cell typeWord, AdministrativeLevel level, String source,
      Cell at) {
    Optional<AdministrativeUnitType> t = AdministrativeUnitType.ofName(name).filter(x -> x.levels().contains(level));
    if (t.isEmpty() && typeWord != null) {
      t = AdministrativeUnitType.ofName(typeWord.text()).filter(x -> x.levels().contains(level));
    }
    return t.orElseThrow(() -> new UnitRegistryException(Kind.BAD_TYPE, source, at.at(), "\"" + name
        + "\" starts with no type word of " + level.label() + " (tỉnh, thành phố, huyện, quận, thị xã, xã, phường, "
        + "thị trấn, đặc khu)"));
  }

  private static void flat(List<List<Cell>> rows, Map<String, Integer> header, String source,
      Map<String, Located> units) {
    Optional<Integer> c = find(header, CODE);
    Optional<Integer> n = find(header, NAME);
    Optional<Integer> l = find(header, LEVEL);
    Optional<Integer> p = find(header, PARENT);
    for (List<Cell> row : rows.subList(1, rows.size())) {
      Cell code = require(cell(row, c), source, "Mã", row);
      Cell name = require(cell(row, n), source, "Tên", row);
      Cell levelCell = cell(row, l);
      Cell parent = cell(row, p);
      String nm = Names.nfc(name.text()).strip();
      AdministrativeLevel level;
      if (!blank(levelCell)) {
        level = level(levelCell, source);
      } else {
        List<AdministrativeLevel> ls = AdministrativeUnitType.ofName(nm).map(AdministrativeUnitType::levels)
            .orElse(List.of());
        if (ls.size() != 1) {
          throw new UnitRegistryException(Kind.BAD_TYPE, source, name.at(), "the level of \"" + nm
              + "\" is not told by its name; fill in Cấp (tỉnh, huyện or xã)");
        }
        level = ls.get(0);
      }
      String cd = Names.nfc(code.text()).strip();
      Located before = units.get(cd);
      if (before != null) {
        throw new UnitRegistryException(Kind.DUPLICATE_CODE, source, code.at(), "duplicate code " + cd + " (" + nm
            + "), first on line " + before.codeCell().line());
      }
      AdministrativeUnitType type = type(nm, null, level, source, name);
      Optional<String> pc = blank(parent) ? Optional.empty() : Optional.of(Names.nfc(parent.text()).strip());
      if (pc.filter(cd::equals).isPresent()) {
        throw new UnitRegistryException(Kind.CYCLE, source, parent.at(), "unit " + cd + " is its own parent");
      }
      units.put(cd, new Located(new AdministrativeUnit(cd, nm, type, level, pc), code, blank(parent) ? null : parent));
    }
  }

  private static AdministrativeLevel level(Cell cell, String source) {
    String k = Names.key(cell.text()).replace("cấp ", "");
    switch (k) {
      case "tỉnh": case "province": case "thành phố trực thuộc trung ương":
        return AdministrativeLevel.PROVINCE;
      case "huyện": case "district":
        return AdministrativeLevel.DISTRICT;
      case "xã": case "commune":
        return AdministrativeLevel.COMMUNE;
      default:
        throw new UnitRegistryException(Kind.BAD_TYPE, source, cell.at(), "Cấp \"" + cell.text().strip()
            + "\" is not tỉnh, huyện or xã");
    }
  }

  /** Unknown parents, cycles and parent levels, checked once every unit is in. */
  private static UnitRegistry checked(Map<String, Located> units, String source) {
    for (Located l : units.values()) {
      Optional<String> p = l.unit().parentCode();
      if (p.isPresent() && !units.containsKey(p.get())) {
        throw new UnitRegistryException(Kind.UNKNOWN_PARENT, source, l.parentAt(), "unit " + l.unit().code() + " ("
            + l.unit().name() + ") has parent " + p.get() + ", which is not in the list");
      }
    }
    for (Located l : units.values()) {
      Set<String> seen = new HashSet<>();
      List<String> path = new ArrayList<>();
      for (Optional<String> c = Optional.of(l.unit().code()); c.isPresent(); c = units.get(c.get()).unit().parentCode()) {
        path.add(c.get());
        if (!seen.add(c.get())) {
          throw new UnitRegistryException(Kind.CYCLE, source, l.parentAt(), "units form a cycle through their parents: "
              + String.join(" → ", path));
        }
      }
    }
    for (Located l : units.values()) {
      Optional<String> p = l.unit().parentCode();
      if (p.isPresent() && units.get(p.get()).unit().level().ordinal() >= l.unit().level().ordinal()) {
        AdministrativeUnit parent = units.get(p.get()).unit();
        throw new UnitRegistryException(Kind.BAD_PARENT_LEVEL, source, l.parentAt(), "unit " + l.unit().code() + " ("
            + l.unit().level().label() + ") is under " + parent.code() + " (" + parent.level().label()
            + "): a parent must be at a higher level");
      }
    }
    Map<String, AdministrativeUnit> m = new LinkedHashMap<>();
    units.forEach((k, v) -> m.put(k, v.unit()));
    return new UnitRegistry(m);
  }
}
