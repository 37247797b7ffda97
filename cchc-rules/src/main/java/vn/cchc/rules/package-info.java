/**
 * Consistency rules for CCHC reports: derived ratios, findings with rounding tolerance, and
 * roll-ups from communes to provinces.
 */
@CchcStyle
package vn.cchc.rules;

import vn.cchc.model.style.CchcStyle;
