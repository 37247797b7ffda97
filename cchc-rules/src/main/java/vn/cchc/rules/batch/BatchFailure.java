package vn.cchc.rules.batch;

import java.nio.file.Path;
import java.util.Objects;

/** A file of a batch that failed: its path, its position and the message of what went wrong. */
public final class BatchFailure {
  private final long index;
  private final Path file;
  private final String message;

  BatchFailure(long index, Path file, Exception e) {
    this.index = index;
    this.file = Objects.requireNonNull(file, "file");
    this.message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
  }

  /** {@return the position of the file in the batch, from 0} */
  public long index() {
    return index;
  }

  /** {@return the file} */
  public Path file() {
    return file;
  }

  /** {@return what went wrong} */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatchFailure f && f.index == index && f.file.equals(file) && f.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, file, message);
  }

  @Override
  public String toString() {
    return file + ": " + message;
  }
}
