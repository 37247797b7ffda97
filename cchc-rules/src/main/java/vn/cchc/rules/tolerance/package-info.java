/**
 * Rounding tolerance after XBRL Calculations 1.1: reported figures as intervals, and the verdict
 * (consistent, right only if truncated, inconsistent) of a figure against the value other figures
 * imply. See {@link vn.cchc.rules.tolerance.Tolerance}.
 */
package vn.cchc.rules.tolerance;
