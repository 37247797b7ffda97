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
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "title", "validFrom", "validTo", "codeLists", "indicators"})
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
    String want = c;
    return indicators().stream().filter(d -> d.code().map(want::equals).orElse(false)).findFirst();
  }

  /**
   * The children of an indicator, in template order.
   *
   * @param id the parent's id
   * @return the children (empty when none)
   */
  public List<IndicatorDefinition> children(String id) {
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
    return children(id).stream().filter(c -> c.role().equals(Optional.of(role))).findFirst();
  }

  /**
   * The indicators that apply to a level.
   *
   * @param level the level
   * @return the indicators in template order
   */
  public List<IndicatorDefinition> forLevel(AdministrativeLevel level) {
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
      d.codeListId().ifPresent(l -> InvalidModelException.check(lists.contains(l),
          "catalogue %s: indicator %s uses code list %s, which the catalogue does not declare in codeLists (declared: %s)",
          id(), d.id(), l, lists.stream().sorted().collect(Collectors.joining(", "))));
      d.code().ifPresent(c -> InvalidModelException.check(codes.add(c),
          "catalogue %s: code %s is used twice (second on %s)", id(), c, d.id()));
    }
    for (IndicatorDefinition d : indicators()) {
      List<IndicatorDefinition> kids = indicators().stream()
          .filter(k -> k.parentId().equals(Optional.of(d.id())) && k.role().isPresent())
          .collect(Collectors.toList());
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
