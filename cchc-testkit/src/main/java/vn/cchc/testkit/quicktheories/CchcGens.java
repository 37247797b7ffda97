package vn.cchc.testkit.quicktheories;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import vn.cchc.model.Report;
import vn.cchc.testkit.ConsistentReports;
import vn.cchc.testkit.Corrupted;
import vn.cchc.testkit.Corruption;
import vn.cchc.testkit.Corruptions;
import vn.cchc.testkit.TextLayout;

/**
 * QuickTheories generators over the framework-neutral testkit. Each draws a size (how many rows
 * carry values) and a seed: QuickTheories shrinks the size towards 0 and the seed towards 0, so a
 * failing property is reported on a small report.
 *
 * <pre>{@code
 * qt().forAll(CchcGens.reports(ReportGenerators.consistent(catalogue)))
 *     .check(r -> !Checker.check(r, catalogue).hasErrors());
 * }</pre>
 *
 * <p>QuickTheories is an optional dependency of cchc-testkit: add
 * {@code org.quicktheories:quicktheories} to your test dependencies to use this package.
 */
public final class CchcGens {
  private CchcGens() {}

  /**
   * Consistent reports of every size from 0 to all the generator's fillable rows (bounded by its
   * own {@link ConsistentReports#maxFilledIndicators()}).
   *
   * @param generator the configured generator
   * @return the QuickTheories generator
   */
  public static Gen<Report> reports(ConsistentReports generator) {
    return reports(generator, generator.fillableIndicators());
  }

  /**
   * Consistent reports with at most {@code maxSize} filled rows.
   *
   * @param generator the configured generator
   * @param maxSize the largest size drawn, at least 0
   * @return the QuickTheories generator
   */
  public static Gen<Report> reports(ConsistentReports generator, int maxSize) {
    Objects.requireNonNull(generator, "generator");
    int top = Math.max(0, Math.min(maxSize, Math.min(generator.maxFilledIndicators(), generator.fillableIndicators())));
    return integers().between(0, top).zip(longs().all(),
        (size, seed) -> generator.maxFilledIndicators(size).generate(seed)).describedAs(CchcGens::describe);
  }

  /**
   * Corrupted reports: a consistent report of any size with one of the corruptions applied.
   * Corruptions that have no place in the generator's catalogue at its level are left out.
   *
   * @param generator the configured generator
   * @param corruptions the corruptions to draw from, e.g. {@link Corruptions#standard()}
   * @return the QuickTheories generator
   * @throws IllegalArgumentException when none of the corruptions applies
   */
  public static Gen<Corrupted> corrupted(ConsistentReports generator, List<Corruption> corruptions) {
    List<Corruption> usable = corruptions.stream()
        .filter(c -> c.appliesTo(generator.catalogue(), generator.level())).toList();
    if (usable.isEmpty()) {
      throw new IllegalArgumentException("none of " + corruptions + " applies to catalogue "
          + generator.catalogue().id() + " at level " + generator.level());
    }
    int top = Math.min(generator.maxFilledIndicators(), generator.fillableIndicators());
    Gen<int[]> sizeAndPick = integers().between(0, top).zip(integers().between(0, usable.size() - 1), (s, c) -> new int[] {s, c});
    return sizeAndPick.zip(longs().all(), (sc, seed) -> usable.get(sc[1]).apply(
        generator.maxFilledIndicators(sc[0]).generate(seed), generator.catalogue(), new SplittableRandom(~seed)))
        .describedAs(Corrupted::toString);
  }

  /**
   * Corrupted reports with every standard corruption that applies.
   *
   * @param generator the configured generator
   * @return the QuickTheories generator
   */
  public static Gen<Corrupted> corrupted(ConsistentReports generator) {
    return corrupted(generator, Corruptions.standard());
  }

  /**
   * Corrupted reports with one corruption.
   *
   * @param generator the configured generator
   * @param corruption the corruption
   * @return the QuickTheories generator
   */
  public static Gen<Corrupted> corrupted(ConsistentReports generator, Corruption corruption) {
    return corrupted(generator, List.of(corruption));
  }

  /**
   * Text layouts ({@link vn.cchc.testkit.TextLayouts}): every dimension drawn, with a seed for the
   * small choices inside them. QuickTheories shrinks each dimension towards its clean form (the first
   * constant of each enum, no wrapping, the caption kept), so a failure is reported on the layout
   * closest to the sample that still fails; it prints the layout's {@code toString()}.
   *
   * @return the QuickTheories generator
   */
  public static Gen<TextLayout> layouts() {
    return lists().of(integers().between(0, 1000)).ofSize(LAYOUT_CHOICES)
        .zip(longs().all(), CchcGens::layout).describedAs(TextLayout::toString);
  }

  private static final int LAYOUT_CHOICES = 17;

  private static TextLayout layout(List<Integer> c, long seed) {
    TextLayout l = TextLayout.clean().withSeed(seed)
        .withHeader(pick(TextLayout.Header.values(), c.get(0)))
        .withIssuerLines(pick(TextLayout.IssuerLines.values(), c.get(1)))
        .withHeaderColumns(pick(TextLayout.HeaderColumns.values(), c.get(2)))
        .withNumberSpacing(pick(TextLayout.NumberSpacing.values(), c.get(3)))
        .withIssueDateForm(pick(TextLayout.IssueDateForm.values(), c.get(4)))
        .withSeparators(c.get(5) % 2 == 0)
        .withTitleLines(pick(TextLayout.TitleLines.values(), c.get(6)))
        .withTitleCase(pick(TextLayout.TitleCase.values(), c.get(7)));
    int w = c.get(8) % (TextLayout.MAX_WRAP_WIDTH - TextLayout.MIN_WRAP_WIDTH + 2);
    l = l.withWrapWidth(w == 0 ? 0 : TextLayout.MIN_WRAP_WIDTH - 1 + w)
        .withLineEnd(pick(TextLayout.LineEnd.values(), c.get(9)))
        .withNonBreakingSpaces(c.get(10) % 2 == 1)
        .withAppendixHeading(pick(TextLayout.AppendixHeading.values(), c.get(11)))
        .withCaption(l.header() == TextLayout.Header.NONE || c.get(12) % 2 == 0)
        .withTableForm(pick(TextLayout.TableForm.values(), c.get(13)))
        .withTableHeaderLines(pick(TextLayout.TableHeaderLines.values(), c.get(14)))
        .withTableHeaderRepeated(c.get(15) % 2 == 0)
        .withReferenceDates(pick(TextLayout.ReferenceDates.values(), c.get(16)));
    return l;
  }

  private static <T> T pick(T[] values, int choice) {
    return values[choice % values.length];
  }

  private static String describe(Report r) {
    long filled = r.appendix().stream().filter(e -> e.value().number().isPresent()).count();
    return "report " + r.numberOrDraft() + " of " + r.issuer().asWritten() + " (" + r.issuer().level() + ", " + filled
        + " rows with values)";
  }
}
