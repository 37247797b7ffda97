package vn.cchc.model.text;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.cchc.model.Report;

/**
 * The outcome of a lenient read: the report when the metadata allowed building one, and every
 * problem in document order. Rows with a problem are not in the report; they are in the problems.
 */
@Value.Immutable
public abstract class ReadResult {
  ReadResult() {}

  /** {@return the report; empty when required metadata is missing or unreadable} */
  public abstract Optional<Report> report();

  /** {@return every problem, sorted by location} */
  public abstract List<ReadProblem> problems();

  /** {@return true when there is a report and no problem at all, not even a repair} */
  public boolean isClean() {
    return report().isPresent() && problems().isEmpty();
  }

  /**
   * {@return true when there is a report and nothing the text states was lost: no problem is an
   * {@link ProblemSeverity#ERROR}. Repairs and warnings may remain}
   */
  public boolean isComplete() {
    return report().isPresent() && problems().stream().noneMatch(p -> p.severity() == ProblemSeverity.ERROR);
  }

  /**
   * The problems at or above a severity.
   *
   * @param atLeast the lowest severity wanted, e.g. {@link ProblemSeverity#WARNING} for what strict reading stops at
   * @return those problems, in document order
   */
  public List<ReadProblem> problems(ProblemSeverity atLeast) {
    java.util.Objects.requireNonNull(atLeast, "atLeast");
    return problems().stream().filter(p -> p.severity().compareTo(atLeast) >= 0).collect(Collectors.toUnmodifiableList());
  }

  /**
   * A result.
   *
   * @param report the report, or empty
   * @param problems the problems
   * @return the result
   */
  public static ReadResult of(Optional<Report> report, List<ReadProblem> problems) {
    return ImmutableReadResult.builder().report(report).problems(problems).build();
  }
}
