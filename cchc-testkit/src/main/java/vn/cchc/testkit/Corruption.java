package vn.cchc.testkit;

import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.random.RandomGenerator;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;

/**
 * One kind of planted inconsistency: it changes a report (usually a consistent one) so that a
 * standard rule must report it, and says which finding. A corruption is a stateless value; the
 * standard ones are listed by {@link Corruptions#standard()}.
 *
 * <pre>{@code
 * Corrupted c = Corruptions.partExceedsWhole().apply(report, catalogue, new SplittableRandom(7));
 * assertTrue(c.expected().foundIn(Checker.check(c.report(), catalogue)));
 * }</pre>
 */
public interface Corruption {
  /** {@return a stable name, e.g. "part-exceeds-whole"} */
  String name();

  /**
   * Tells whether the catalogue has a place for this corruption in reports of a level (e.g. a ratio
   * whose rows apply to it; a row that does not apply to it).
   *
   * @param catalogue the catalogue
   * @param level the report's administrative level
   * @return true when {@link #apply} can be used
   */
  boolean appliesTo(Catalogue catalogue, AdministrativeLevel level);

  /**
   * Plants the inconsistency. Rows it needs that carry no usable value are first given consistent
   * values, so it works on any report of the catalogue, even a blank one.
   *
   * @param report a report matched to {@code catalogue}
   * @param catalogue the catalogue
   * @param random the source of randomness (which row, how far off)
   * @return the corrupted report and the finding it must produce
   * @throws IllegalArgumentException when the report is matched to another catalogue, or
   *     {@link #appliesTo} is false for the report's level
   */
  Corrupted apply(Report report, Catalogue catalogue, RandomGenerator random);

  /** What a corruption does, as a function. */
  @FunctionalInterface
  interface Plant {
    /**
     * Plants the inconsistency.
     *
     * @param report the report
     * @param catalogue the catalogue
     * @param random the source of randomness
     * @return the corrupted report and expected finding
     */
    Corrupted apply(Report report, Catalogue catalogue, RandomGenerator random);
  }

  /**
   * A corruption from functions: the way to write your own.
   *
   * @param name the name
   * @param appliesTo whether the catalogue has a place for it at a level
   * @param plant what it does; called only when {@code appliesTo} holds for the report's level
   * @return the corruption
   */
  static Corruption of(String name, BiPredicate<Catalogue, AdministrativeLevel> appliesTo, Plant plant) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(appliesTo, "appliesTo");
    Objects.requireNonNull(plant, "plant");
    return new Corruption() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean appliesTo(Catalogue catalogue, AdministrativeLevel level) {
        return appliesTo.test(catalogue, level);
      }

      @Override
      public Corrupted apply(Report report, Catalogue catalogue, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        if (!report.catalogueId().equals(catalogue.id())) {
          throw new IllegalArgumentException("report " + report.numberOrDraft() + " is matched to catalogue "
              + report.catalogueId() + ", not to " + catalogue.id());
        }
        if (!appliesTo.test(catalogue, report.issuer().level())) {
          throw new IllegalArgumentException("corruption " + name + " has no place in catalogue " + catalogue.id()
              + " at level " + report.issuer().level());
        }
        return plant.apply(report, catalogue, random);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
