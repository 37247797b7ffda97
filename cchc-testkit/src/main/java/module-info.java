/**
 * cchc-testkit: generators of consistent CCHC reports for any catalogue and targeted corruptions,
 * each with the finding the standard rules must produce. Framework-neutral (a
 * {@link java.util.random.RandomGenerator} or a seed); {@code vn.cchc.testkit.quicktheories} adapts
 * them to QuickTheories, an optional dependency.
 */
module vn.cchc.testkit {
  requires transitive vn.cchc.rules;
  requires static quicktheories; // automatic module name of quicktheories-0.26.jar (no Automatic-Module-Name)

  exports vn.cchc.testkit;
  exports vn.cchc.testkit.quicktheories;
}
