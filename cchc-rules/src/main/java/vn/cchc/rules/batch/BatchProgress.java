package vn.cchc.rules.batch;

/**
 * Told after every file of a batch, in the order of the files, on the thread that runs the batch.
 * Throttle in the listener (e.g. print every 5 %).
 */
@FunctionalInterface
public interface BatchProgress {
  /**
   * A file is done (read, checked, rolled up, or failed).
   *
   * @param done how many files are done
   * @param total how many files the batch has
   */
  void done(long done, long total);

  /** {@return a listener that does nothing} */
  static BatchProgress none() {
    return (done, total) -> {};
  }
}
