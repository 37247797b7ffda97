/**
 * A thin QuickTheories adapter for the testkit's generators ({@link vn.cchc.testkit.quicktheories.CchcGens}).
 * Needs {@code org.quicktheories:quicktheories} on the class path (an optional dependency of cchc-testkit).
 */
package vn.cchc.testkit.quicktheories;
