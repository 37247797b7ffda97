/**
 * Property-testing support for cchc: {@link vn.cchc.testkit.ReportGenerators} builds reports that
 * are consistent by construction for any catalogue, and {@link vn.cchc.testkit.Corruptions} plants
 * one inconsistency in such a report together with the {@link vn.cchc.testkit.ExpectedFinding} the
 * standard rules must produce. Everything draws from a {@link java.util.random.RandomGenerator} or a
 * seed; no property-testing library is required.
 */
package vn.cchc.testkit;
