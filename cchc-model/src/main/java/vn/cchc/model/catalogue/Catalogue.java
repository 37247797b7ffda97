package vn.cchc.model.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.InvalidModelException;

/**
 * A versioned catalogue of indicator definitions, in template order, with the code lists its coded
 * indicators use. Parents come before their children; every parent exists; ids are unique; child roles
 * make sense (at most one numerator and one denominator under a parent, and both or neither); every
 * coded indicator names a code list the catalogue declares.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "version", "title", "validFrom", "validTo", "levels", "codeLists", "indicators"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableCatalogue.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableCatalogue.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCatalogue.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCatalogue.class)
public abstract class Catalogue {
  Catalogue() {}

  /** {@return the catalogue id, e.g. "cchc-2024"} */
  public abstract String id();

  /**
   * The version of the template, e.g. "2024.1"; reports name a catalogue by {@link #id()}, which is unique
   * per version ("cchc-2024"). Absent in JSON: "1".
   *
   * @return the version
   */
  @Value.Default
  public String version() {
    return "1";
  }

  /**
   * The administrative levels whose reports the catalogue serves, as declared; every indicator's levels
   * are among them. Empty (absent in JSON): every level an indicator applies to, see {@link #servedLevels()}.
   * A catalogue for reports after the 2025 two-level reform declares {@code PROVINCE} and {@code COMMUNE}.
   *
   * @return the declared levels, or empty
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  public abstract Set<AdministrativeLevel> levels();

  /** {@return the levels served: the declared {@link #levels()}, or every level an indicator applies to} */
  @JsonIgnore
  @Value.Lazy
  public Set<AdministrativeLevel> servedLevels() {
    if (!levels().isEmpty()) {
      return levels();
    }
    Set<AdministrativeLevel> all = java.util.EnumSet.noneOf(AdministrativeLevel.class);
    indicators().forEach(d -> all.addAll(d.levels()));
    return java.util.Collections.unmodifiableSet(all);
  }

  /** {@return a human title} */
  public abstract String title();

  /** {@return the first day reports may use this catalogue} */
  public abstract LocalDate validFrom();

  /** {@return the last day reports may use this catalogue, when it is retired} */
  public abstract Optional<LocalDate> validTo();

  /** {@return the code lists the coded indicators use (ids unique)} */
  public abstract List<CodeList> codeLists();

  /** {@return the indicators in template order} */
  public abstract List<IndicatorDefinition> indicators();

  /**
   * A code list by id.
   *
   * @param id the id, e.g. "YES_NO"
   * @return the list, or empty
   */
  public Optional<CodeList> codeList(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return codeLists().stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /**
   * The code list of a coded indicator.
   *
   * @param indicator an indicator of this catalogue
   * @return its list; empty when it is not coded
   */
  public Optional<CodeList> codeListOf(IndicatorDefinition indicator) {
    return indicator.codeListId().flatMap(this::codeList);
  }

  /** {@return the indicators by id} */
  @JsonIgnore
  @Value.Lazy
  public Map<String, IndicatorDefinition> byId() {
    return indicators().stream().collect(Collectors.toUnmodifiableMap(IndicatorDefinition::id, Function.identity()));
  }

  /**
   * Tells whether the catalogue is valid on a day: from {@link #validFrom()} to {@link #validTo()}, both
   * included.
   *
   * @param day the day
   * @return true when valid
   */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom()) && validTo().map(t -> !day.isAfter(t)).orElse(true);
  }

  /**
   * Tells whether reports of a period and level may use this catalogue: it is valid on the period's
   * {@link vn.cchc.model.ReportingPeriod#lastDay() last day} and serves the level. A "quý III năm 2025"
   * report (July–September) is read with the catalogue valid on 30/09/2025.
   *
   * @param period the report's period
   * @param level the reporting unit's level
   * @return true when it applies
   */
  public boolean appliesTo(vn.cchc.model.ReportingPeriod period, AdministrativeLevel level) {
    java.util.Objects.requireNonNull(period, "period");
    java.util.Objects.requireNonNull(level, "level");
    return isValidOn(period.lastDay()) && servedLevels().contains(level);
  }

  /**
   * Why reports of a period and level may not use this catalogue, in English, for a problem or finding.
   *
   * @param period the report's period
   * @param level the reporting unit's level
   * @return the reason, or empty when {@link #appliesTo} holds
   */
  public Optional<String> whyNotFor(vn.cchc.model.ReportingPeriod period, AdministrativeLevel level) {
    if (!isValidOn(period.lastDay())) {
      return Optional.of("the period ends on " + period.lastDay() + ", outside the validity of catalogue " + id()
          + " (" + validFrom() + " to " + validTo().map(LocalDate::toString).orElse("no end date") + ")");
    }
    if (!servedLevels().contains(level)) {
      return Optional.of("catalogue " + id() + " serves " + servedLevels().stream().map(Enum::name).sorted()
          .collect(Collectors.joining(", ")) + " reports, not " + level.name());
    }
    return Optional.empty();
  }

  /**
   * How an indicator rolls up: the aggregation it declares, or its kind's default — SUM for counts and
   * money, RATIO for a percentage with NUMERATOR and DENOMINATOR children, DISTRIBUTION for coded answers,
   * NONE for groups and other percentages. A stock ({@link Aggregation#LATEST}) is always declared.
   *
   * @param indicator an indicator of this catalogue
   * @return its aggregation
   */
  public Aggregation aggregation(IndicatorDefinition indicator) {
    if (indicator.aggregation().isPresent()) {
      return indicator.aggregation().get();
    }
    switch (indicator.kind()) {
      case COUNT:
      case MONEY:
        return Aggregation.SUM;
      case CODED:
        return Aggregation.DISTRIBUTION;
      case PERCENTAGE:
        return isRatio(indicator.id()) ? Aggregation.RATIO : Aggregation.NONE;
      default:
        return Aggregation.NONE;
    }
  }

  private boolean isRatio(String id) {
    return child(id, ChildRole.NUMERATOR).isPresent() && child(id, ChildRole.DENOMINATOR).isPresent();
  }

  /**
   * An indicator by id.
   *
   * @param id the id
   * @return the definition, or empty
   */
  public Optional<IndicatorDefinition> indicator(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  /**
   * An indicator by STT code, with or without trailing dot ("1.1." or "1.1").
   *
   * @param code the code
   * @return the definition, or empty
   */
  public Optional<IndicatorDefinition> byCode(String code) {
    String c = code.strip();
    while (c.endsWith(".")) {
      c = c.substring(0, c.length() - 1);
    }
    return Optional.ofNullable(byCodeMap().get(c));
  }

  @JsonIgnore
  @Value.Lazy
  Map<String, IndicatorDefinition> byCodeMap() {
    return indicators().stream().filter(d -> d.code().isPresent())
        .collect(Collectors.toUnmodifiableMap(d -> d.code().get(), Function.identity(), (a, b) -> a));
  }

  /**
   * The children of an indicator, in template order.
   *
   * @param id the parent's id
   * @return the children (empty when none)
   */
  public List<IndicatorDefinition> children(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return childrenById().getOrDefault(id, List.of());
  }

  /**
   * The child of an indicator with a role; for repeated roles the first.
   *
   * @param id the parent's id
   * @param role the role
   * @return the child, or empty
   */
  public Optional<IndicatorDefinition> child(String id, ChildRole role) {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(role, "role");
    return children(id).stream().filter(c -> c.role().equals(Optional.of(role))).findFirst();
  }

  /**
   * The indicators that apply to a level.
   *
   * @param level the level
   * @return the indicators in template order
   */
  public List<IndicatorDefinition> forLevel(AdministrativeLevel level) {
    java.util.Objects.requireNonNull(level, "level");
    return indicators().stream().filter(d -> d.levels().contains(level)).collect(Collectors.toUnmodifiableList());
  }

  @JsonIgnore
  @Value.Lazy
  Map<String, List<IndicatorDefinition>> childrenById() {
    return indicators().stream().filter(d -> d.parentId().isPresent())
        .collect(Collectors.groupingBy(d -> d.parentId().get(), Collectors.toUnmodifiableList()));
  }

  @Value.Check
  final void check() {
    InvalidModelException.check(!id().isBlank(), "catalogue id must not be blank");
    InvalidModelException.check(!version().isBlank(), "catalogue %s: version must not be blank", id());
    validTo().ifPresent(to -> InvalidModelException.check(!to.isBefore(validFrom()),
        "catalogue %s: validTo %s is before validFrom %s", id(), to, validFrom()));
    Set<String> lists = new HashSet<>();
    for (CodeList l : codeLists()) {
      InvalidModelException.check(lists.add(l.id()), "catalogue %s: code list %s is defined twice", id(), l.id());
    }
    Set<String> seen = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (IndicatorDefinition d : indicators()) {
      d.parentId().ifPresent(p -> InvalidModelException.check(seen.contains(p),
          "catalogue %s: indicator %s names parent %s, which is not defined before it", id(), d.id(), p));
      InvalidModelException.check(seen.add(d.id()), "catalogue %s: indicator id %s is defined twice", id(), d.id());
      InvalidModelException.check(levels().isEmpty() || levels().containsAll(d.levels()), "catalogue %s: indicator %s applies to %s, "
          + "but the catalogue serves only %s", id(), d.id(), d.levels(), levels());
      d.codeListId().ifPresent(l -> InvalidModelException.check(lists.contains(l),
          "catalogue %s: indicator %s uses code list %s, which the catalogue does not declare in codeLists (declared: %s)",
          id(), d.id(), l, lists.stream().sorted().collect(Collectors.joining(", "))));
      d.code().ifPresent(c -> InvalidModelException.check(codes.add(c),
          "catalogue %s: code %s is used twice (second on %s)", id(), c, d.id()));
    }
    // children grouped once: a catalogue of tens of thousands of indicators is checked in linear time
    Map<String, List<IndicatorDefinition>> children = childrenById();
    for (IndicatorDefinition d : indicators()) {
      List<IndicatorDefinition> kids = children.getOrDefault(d.id(), List.of()).stream()
          .filter(k -> k.role().isPresent()).collect(Collectors.toList());
      long num = kids.stream().filter(k -> k.role().get() == ChildRole.NUMERATOR).count();
      long den = kids.stream().filter(k -> k.role().get() == ChildRole.DENOMINATOR).count();
      InvalidModelException.check(num <= 1 && den <= 1,
          "catalogue %s: indicator %s has %d numerators and %d denominators; at most one each", id(), d.id(), num, den);
      InvalidModelException.check(num == den,
          "catalogue %s: indicator %s has a numerator without a denominator, or the reverse", id(), d.id());
      InvalidModelException.check(d.aggregation().filter(a -> a == Aggregation.RATIO).isEmpty() || num == 1,
          "catalogue %s: indicator %s is aggregated as RATIO but has no numerator and denominator", id(), d.id());
      for (String limit : d.notAbove()) {
        Optional<IndicatorDefinition> l = Optional.ofNullable(byId().get(limit));
        InvalidModelException.check(l.isPresent(), "catalogue %s: indicator %s is notAbove %s, which is not defined",
            id(), d.id(), limit);
        InvalidModelException.check(l.get().kind() == d.kind(), "catalogue %s: indicator %s (%s) is notAbove %s (%s): "
            + "only indicators of one kind compare", id(), d.id(), d.kind(), limit, l.get().kind());
      }
    }
  }

  /** {@return a new builder} */
  public static ImmutableCatalogue.Builder builder() {
    return ImmutableCatalogue.builder();
  }
}
