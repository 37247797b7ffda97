/**
 * Roll-ups: many reports aggregated the way statisticians do (communes → district → province;
 * quarters → year to date). Counts and money are summed; ratios are recomputed from summed
 * numerators and denominators, never averaged; coded answers become distributions; blank, "-" and
 * missing rows are counted apart as coverage. Entry point: {@link vn.cchc.rules.rollup.RollUp}.
 */
@CchcStyle
package vn.cchc.rules.rollup;

import vn.cchc.model.style.CchcStyle;
