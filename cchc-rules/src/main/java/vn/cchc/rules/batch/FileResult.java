package vn.cchc.rules.batch;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.rules.CheckResult;

/**
 * What a batch did with one file: what it was read into and the check of it, or why it failed. Handed to the
 * batch's listener in the order of the files and not kept by the batch.
 *
 * @param <T> what a file is read into
 */
public final class FileResult<T> {
  private final long index;
  private final Path file;
  private final T read;
  private final CheckResult check;
  private final Exception failure;

  private FileResult(long index, Path file, T read, CheckResult check, Exception failure) {
    this.index = index;
    this.file = Objects.requireNonNull(file, "file");
    this.read = read;
    this.check = check;
    this.failure = failure;
  }

  static <T> FileResult<T> read(long index, Path file, T read, CheckResult check) {
    return new FileResult<>(index, file, Objects.requireNonNull(read, "what the reader returned"), check, null);
  }

  static <T> FileResult<T> failed(long index, Path file, Exception failure) {
    return new FileResult<>(index, file, null, null, failure);
  }

  /** {@return the position of the file in the batch, from 0} */
  public long index() {
    return index;
  }

  /** {@return the file} */
  public Path file() {
    return file;
  }

  /** {@return what the file was read into; empty when it failed} */
  public Optional<T> read() {
    return Optional.ofNullable(read);
  }

  /** {@return the check of the report; empty when the file failed or the batch does not check} */
  public Optional<CheckResult> check() {
    return Optional.ofNullable(check);
  }

  /** {@return why the file failed: what the reader threw, or why its report could not be rolled up} */
  public Optional<Exception> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public String toString() {
    return file + (failure != null ? ": failed: " + failure.getMessage() : ": read");
  }
}
