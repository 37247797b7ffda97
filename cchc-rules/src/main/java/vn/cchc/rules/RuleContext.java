package vn.cchc.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;

/**
 * What a {@link Rule} sees: the report, its catalogue, and the values derived from the report's
 * figures (every ratio of the catalogue computed from its numerator and denominator). Immutable.
 */
public final class RuleContext {
  private final Report report;
  private final Catalogue catalogue;
  private final Derivation derivation;
  private final Optional<Report> previous;
  /**
   * The report's narrative blocks with their section paths, listed when a rule first asks: the narrative rules,
   * the narrative totals, the data-window rule and the explanations each walked the sections again.
   */
  private List<NarrativeRules.Located> blocks;
  /** What the explanations of inconsistent ratios read of the report, when a ratio first needs explaining. */
  private Explanations.Index explanationIndex;

  private RuleContext(Report report, Catalogue catalogue, Derivation derivation, Optional<Report> previous) {
    this.report = report;
    this.catalogue = catalogue;
    this.derivation = derivation;
    this.previous = previous;
  }

  /**
   * A context for one report.
   *
   * @param report the report
   * @param catalogue the catalogue the report's appendix is matched to
   * @return the context, with the derived values computed
   * @throws IllegalArgumentException when the report names another catalogue
   */
  public static RuleContext of(Report report, Catalogue catalogue) {
    return of(report, catalogue, null);
  }

  static RuleContext of(Report report, Catalogue catalogue, Structure structure) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(catalogue, "catalogue");
    if (!report.catalogueId().equals(catalogue.id())) {
      throw new IllegalArgumentException("report " + report.numberOrDraft() + " is matched to catalogue "
          + report.catalogueId() + ", not to " + catalogue.id());
    }
    return new RuleContext(report, catalogue, structure == null ? Derivation.of(report, catalogue)
        : Derivation.of(report, structure.ratios), Optional.empty());
  }

  /**
   * This context with the same unit's report of the previous period, which the explanations of findings
   * consult (a figure copied from last period's report: {@code cause.copied-value}).
   *
   * <pre>{@code
   * CheckResult r = RuleSet.standard(cat).check(RuleContext.of(q2, cat).withPrevious(q1));
   * }</pre>
   *
   * @param previousReport the previous period's report of the same issuer
   * @return a new context
   */
  public RuleContext withPrevious(Report previousReport) {
    return new RuleContext(report, catalogue, derivation, Optional.of(Objects.requireNonNull(previousReport, "previousReport")));
  }

  /** {@return the previous period's report, when one was given with {@link #withPrevious(Report)}} */
  public Optional<Report> previous() {
    return previous;
  }

  /** {@return the report} */
  public Report report() {
    return report;
  }

  /** {@return the catalogue} */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * {@return the report's narrative blocks in order (preamble, sections depth first, closing) with their section
   * paths, as {@link NarrativeRules#blocks} lists them; listed once per context}
   */
  List<NarrativeRules.Located> blocks() {
    List<NarrativeRules.Located> b = blocks;
    if (b == null) {
      // an unmodifiable list (final fields): a context shared between threads at worst lists the blocks twice
      b = List.copyOf(NarrativeRules.blocks(report));
      blocks = b;
    }
    return b;
  }

  /** {@return what the explanations read of the report (its narrative breakdowns); computed once per context} */
  Explanations.Index explanationIndex() {
    Explanations.Index i = explanationIndex;
    if (i == null) {
      // immutable (final fields): a context shared between threads at worst computes it twice
      i = Explanations.index(this);
      explanationIndex = i;
    }
    return i;
  }

  /** {@return the administrative level of the report's issuer} */
  public AdministrativeLevel level() {
    return report.issuer().level();
  }

  /** {@return the derived values by indicator id: every catalogue ratio whose numerator and denominator are numbers} */
  public Map<String, DerivedValue> derived() {
    return derivation.values();
  }

  /**
   * The value derived for one ratio.
   *
   * @param indicatorId the ratio's id, e.g. "3.2.4"
   * @return the derived value, or empty when the indicator is not a ratio of the catalogue or its
   *     numerator or denominator is not a number (then {@link #gap(String)} says why)
   */
  public Optional<DerivedValue> derived(String indicatorId) {
    return Optional.ofNullable(derivation.values().get(indicatorId));
  }

  /**
   * A finding placed on an indicator's appendix row, as the standard rules place theirs: its
   * indicator id set, and its location the row's line and column when the report has the row (a
   * finding about a missing row has no location). Add the severity-specific parts and build:
   *
   * <pre>{@code
   * return List.of(context.findingOnRow(id(), Severity.WARNING, "3.2.4")
   *     .message(Message.of(MY_BUNDLE, "my.below-target", actual))   // your bundle: "Tỷ lệ {0}% thấp hơn chỉ tiêu."
   *     .build());
   * }</pre>
   *
   * @param ruleId your rule's id
   * @param severity the severity
   * @param indicatorId the indicator the finding concerns
   * @return a builder with rule id, severity, indicator id and location set
   */
  public ImmutableFinding.Builder findingOnRow(String ruleId, Severity severity, String indicatorId) {
    ImmutableFinding.Builder b = Finding.builder().ruleId(ruleId).severity(severity).addIndicatorIds(indicatorId);
    report.entry(indicatorId).ifPresent(e -> b.location(e.location()));
    return b;
  }

  /**
   * A finding placed on a narrative block (a paragraph or a line of the report's sections, preamble
   * or closing): its location the block's line and column, its section path the block's section
   * when it has one (the path as the standard narrative rules write it, e.g. "II.2.3.a").
   *
   * @param ruleId your rule's id
   * @param severity the severity
   * @param block the block the finding concerns, from {@code report().allSections()}, {@code preamble()} or {@code closing()}
   * @return a builder with rule id, severity and location set
   */
  public ImmutableFinding.Builder findingOnBlock(String ruleId, Severity severity, NarrativeBlock block) {
    ImmutableFinding.Builder b = Finding.builder().ruleId(ruleId).severity(severity).location(block.location());
    for (NarrativeRules.Located l : blocks()) {
      if (l.block() == block) { // the same block of this report, as the standard narrative rules place it
        if (!l.path().isEmpty()) {
          b.sectionPath(l.path());
        }
        break;
      }
    }
    return b;
  }

  /**
   * Why a ratio could not be derived.
   *
   * @param indicatorId the ratio's id
   * @return the reason, or empty when it was derived or is not a ratio
   */
  public Optional<Derivation.Gap> gap(String indicatorId) {
    return Optional.ofNullable(derivation.gaps().get(indicatorId));
  }

  /**
   * The definition of an indicator.
   *
   * @param indicatorId the id
   * @return the definition, or empty
   */
  public Optional<IndicatorDefinition> definition(String indicatorId) {
    return catalogue.indicator(indicatorId);
  }

  /**
   * The appendix row of an indicator.
   *
   * @param indicatorId the id
   * @return the row, or empty when the report has none
   */
  public Optional<AppendixEntry> entry(String indicatorId) {
    return report.entry(indicatorId);
  }

  /**
   * The value of an indicator.
   *
   * @param indicatorId the id
   * @return the value, or empty when the report has no row
   */
  public Optional<IndicatorValue> value(String indicatorId) {
    return report.value(indicatorId);
  }

  /**
   * The number an indicator carries (count, percentage, money in its unit, or code); empty for a
   * missing row, a blank and "-" — never 0 for those.
   *
   * @param indicatorId the id
   * @return the number, or empty
   */
  public Optional<BigDecimal> number(String indicatorId) {
    return value(indicatorId).flatMap(IndicatorValue::number);
  }

  /**
   * The children of an indicator in the catalogue.
   *
   * @param indicatorId the parent's id
   * @return the children in template order
   */
  public List<IndicatorDefinition> children(String indicatorId) {
    return catalogue.children(indicatorId);
  }
}
