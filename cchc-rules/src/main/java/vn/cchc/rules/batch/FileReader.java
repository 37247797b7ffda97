package vn.cchc.rules.batch;

import java.nio.file.Path;

/**
 * Reads one file of a batch. Called from several threads at once: an implementation must be thread-safe
 * (the readers of cchc are: build one, before the batch, and share it). Whatever it throws is that file's
 * failure, reported with its path; the batch goes on.
 *
 * @param <T> what a file is read into: a {@link vn.cchc.model.Report}, or a report with what was noticed
 *     while reading it
 */
@FunctionalInterface
public interface FileReader<T> {
  /**
   * Reads a file.
   *
   * @param file the file
   * @return what it was read into, never null
   * @throws Exception when it cannot be read; the batch reports it against the file
   */
  T read(Path file) throws Exception;
}
