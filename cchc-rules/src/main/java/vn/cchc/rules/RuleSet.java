package vn.cchc.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;

/**
 * An immutable, ordered set of {@link Rule}s with unique ids, and the engine that runs them.
 *
 * <p>{@link #standard(Catalogue)} derives the standard rules from the catalogue's structure: every
 * indicator with numerator and denominator children is checked as a ratio, every indicator with
 * PART children as a whole of its parts, every "… được giao" / "… có mặt" sibling pair as
 * assigned ≥ present, every coded indicator against its code list, every row against its levels
 * and the kind its label and unit imply; plus the narrative, document-reference and data-window
 * rules. Nothing is listed per indicator.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.standard(catalogue).plus(myRule);
 * CheckResult result = rules.check(report, catalogue);
 * result.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.message(Locale.ENGLISH)));
 * }</pre>
 */
public final class RuleSet {
  private final List<Rule> rules;
  private final Optional<String> catalogueId;
  private final Structure structure;

  private RuleSet(List<Rule> rules, Optional<String> catalogueId) {
    this(rules, catalogueId, null);
  }

  private RuleSet(List<Rule> rules, Optional<String> catalogueId, Structure structure) {
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      Objects.requireNonNull(r, "rule");
      if (r.id() == null || r.id().isBlank() || !ids.add(r.id())) {
        throw new IllegalArgumentException("rule ids must be unique and not blank; offending: " + r.id());
      }
    }
    this.rules = List.copyOf(rules);
    this.catalogueId = catalogueId;
    this.structure = structure;
  }

  /**
   * The standard rules for the reports of a catalogue, derived from its structure.
   *
   * @param catalogue the catalogue
   * @return the rule set; it checks only reports matched to this catalogue
   */
  public static RuleSet standard(Catalogue catalogue) {
    Structure s = Structure.of(catalogue);
    List<Rule> rules = new ArrayList<>(AppendixRules.all(s));
    rules.add(new NarrativeRules(s));
    rules.add(new NarrativeTotals(s));
    rules.add(new DocumentRules());
    rules.add(new PeriodRule());
    rules.add(new CatalogueRule());
    return new RuleSet(rules, Optional.of(catalogue.id()), s);
  }

  /**
   * A rule set of your own rules only.
   *
   * @param rules the rules, ids unique
   * @return the rule set
   * @throws IllegalArgumentException when two rules share an id
   */
  public static RuleSet of(Rule... rules) {
    return new RuleSet(Arrays.asList(rules), Optional.empty());
  }

  /**
   * This set with more rules, run after the present ones.
   *
   * @param more the rules to add
   * @return a new rule set
   * @throws IllegalArgumentException when an id is already taken
   */
  public RuleSet plus(Rule... more) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(Arrays.asList(more));
    return new RuleSet(all, catalogueId, structure);
  }

  /**
   * This set without some rules.
   *
   * @param ids the rule ids to drop, e.g. "doc"
   * @return a new rule set
   */
  public RuleSet without(String... ids) {
    Set<String> drop = Set.of(ids);
    return new RuleSet(rules.stream().filter(r -> !drop.contains(r.id())).collect(Collectors.toList()), catalogueId, structure);
  }

  /** {@return the rules in the order they run} */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Runs every rule on a report, with the catalogue this set was derived from
   * ({@link #standard(Catalogue)}, and every set made from it with {@link #plus} and {@link #without}).
   *
   * <pre>{@code
   * CheckResult result = RuleSet.standard(catalogue).plus(myRule).check(report);
   * }</pre>
   *
   * @param report the report
   * @return the findings (sorted by {@link Finding#order()}) and the derived values
   * @throws IllegalStateException when this set was made with {@link #of(Rule...)} and so knows no
   *     catalogue: call {@link #check(Report, Catalogue)}
   * @throws IllegalArgumentException when the report is matched to another catalogue than this set's
   * @throws RuleException when a rule throws
   */
  public CheckResult check(Report report) {
    if (structure == null) {
      throw new IllegalStateException("this rule set was made with RuleSet.of(...) and knows no catalogue: "
          + "call check(report, catalogue), or start from RuleSet.standard(catalogue)");
    }
    return check(report, structure.catalogue);
  }

  /**
   * Runs every rule on a report.
   *
   * @param report the report
   * @param catalogue the catalogue the report is matched to
   * @return the findings (sorted by {@link Finding#order()}) and the derived values
   * @throws IllegalArgumentException when the report or this rule set belongs to another catalogue
   * @throws RuleException when a rule throws
   */
  public CheckResult check(Report report, Catalogue catalogue) {
    catalogueId.ifPresent(id -> {
      if (!id.equals(catalogue.id())) {
        throw new IllegalArgumentException("this rule set was derived from catalogue " + id + ", not " + catalogue.id());
      }
    });
    return check(RuleContext.of(report, catalogue, structure != null && structure.catalogue == catalogue ? structure : null));
  }

  /**
   * Runs every rule in a prepared context.
   *
   * @param context the context
   * @return the findings, sorted, and the derived values
   * @throws RuleException when a rule throws
   */
  public CheckResult check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Rule r : rules) {
      List<Finding> f;
      try {
        f = r.check(context);
      } catch (RuntimeException e) {
        throw new RuleException(r.id(), context.report().numberOrDraft(), e);
      }
      if (f == null) {
        throw new RuleException(r.id(), context.report().numberOrDraft(),
            new IllegalStateException("the rule returned null instead of a list"));
      }
      findings.addAll(f);
    }
    findings.sort(Finding.order());
    return CheckResult.builder().findings(findings).derived(context.derived()).build();
  }

  /** {@return the rule ids} */
  @Override
  public String toString() {
    return "RuleSet" + rules.stream().map(Rule::id).collect(Collectors.toList());
  }
}
