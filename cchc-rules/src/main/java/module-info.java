/** cchc-rules: derived ratios, consistency rules and roll-ups of CCHC reports. */
module vn.cchc.rules {
  requires transitive vn.cchc.model;
  requires static org.immutables.value;

  exports vn.cchc.rules;
}
