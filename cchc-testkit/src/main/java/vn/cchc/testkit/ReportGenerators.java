package vn.cchc.testkit;

import vn.cchc.model.catalogue.Catalogue;

/**
 * Entry point of the testkit's generators. Framework-neutral: generators draw from any
 * {@link java.util.random.RandomGenerator} or a seed, so they plug into QuickTheories (see
 * {@code vn.cchc.testkit.quicktheories.CchcGens}), a JUnit {@code @RepeatedTest}, or any other
 * property-testing library.
 *
 * <pre>{@code
 * Report r = ReportGenerators.consistent(Catalogues.bundled())
 *     .level(AdministrativeLevel.COMMUNE)
 *     .period(ReportingPeriod.of(2024, PeriodKind.QUARTER, 1))
 *     .maxFilledIndicators(12)
 *     .generate(new SplittableRandom(42));
 * }</pre>
 */
public final class ReportGenerators {
  private ReportGenerators() {}

  /**
   * A generator of reports consistent by construction for a catalogue — the bundled one or your
   * own — at commune level, for quarter I of 2024, every applicable row filled, percentages with
   * 0 to 2 decimals, with a narrative. Change any of these with its fluent setters.
   *
   * @param catalogue the catalogue
   * @return the generator
   */
  public static ConsistentReports consistent(Catalogue catalogue) {
    return ConsistentReports.of(catalogue);
  }
}
