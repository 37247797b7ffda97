package vn.cchc.rules.batch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.rules.rollup.Aggregate;

/**
 * What a whole batch came to: how many files were read and failed, the failures in the order of the files,
 * the findings counted by severity, and the roll-up of every report read (when the batch rolls up).
 */
public final class BatchSummary {
  private final long files;
  private final List<BatchFailure> failures;
  private final long errors;
  private final long warnings;
  private final long infos;
  private final Aggregate aggregate;

  BatchSummary(long files, List<BatchFailure> failures, long errors, long warnings, long infos, Aggregate aggregate) {
    this.files = files;
    this.failures = List.copyOf(failures);
    this.errors = errors;
    this.warnings = warnings;
    this.infos = infos;
    this.aggregate = aggregate;
  }

  /** {@return how many files the batch had} */
  public long files() {
    return files;
  }

  /** {@return how many files were read (and, when the batch checks, checked)} */
  public long read() {
    return files - failures.size();
  }

  /** {@return the files that failed, in the order of the batch} */
  public List<BatchFailure> failures() {
    return failures;
  }

  /** {@return the error findings of every report} */
  public long errors() {
    return errors;
  }

  /** {@return the warning findings of every report} */
  public long warnings() {
    return warnings;
  }

  /** {@return the information findings of every report} */
  public long infos() {
    return infos;
  }

  /** {@return the roll-up of every report read; empty when the batch does not roll up} */
  public Optional<Aggregate> aggregate() {
    return Optional.ofNullable(aggregate);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatchSummary s && s.files == files && s.failures.equals(failures) && s.errors == errors
        && s.warnings == warnings && s.infos == infos && Objects.equals(s.aggregate, aggregate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(files, failures, errors, warnings, infos, aggregate);
  }

  @Override
  public String toString() {
    return "BatchSummary{files=" + files + ", failed=" + failures.size() + ", errors=" + errors + ", warnings=" + warnings
        + ", infos=" + infos + ", aggregate=" + (aggregate != null) + "}";
  }
}
