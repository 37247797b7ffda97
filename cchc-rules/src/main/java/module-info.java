/**
 * cchc-rules: derived ratios, consistency rules with rounding tolerance, and roll-ups of CCHC
 * reports.
 */
module vn.cchc.rules {
  requires transitive vn.cchc.model;
  requires static org.immutables.value;
  requires static com.fasterxml.jackson.core; // UnitRegistry.readJson only

  exports vn.cchc.rules;
  exports vn.cchc.rules.tolerance;
  exports vn.cchc.rules.rollup;
  exports vn.cchc.rules.units;
  exports vn.cchc.rules.batch;

  opens vn.cchc.rules.rollup to com.fasterxml.jackson.databind, tools.jackson.databind;
}
