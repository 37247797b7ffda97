package vn.cchc.model.text;

/**
 * A test hook that counts the characters the reader's regular expressions and scans read, so that a
 * test can show the reader's work growing linearly with its input by counting, not by a clock. Every
 * text the reader gives a {@link java.util.regex.Matcher} passes through {@link #view}; outside a
 * {@link #count} it is returned as it is (one read of a volatile flag). Internal.
 */
final class Work {
  private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();
  /** Counts under way, on any thread: outside them {@link #view} costs one volatile read. */
  private static final java.util.concurrent.atomic.AtomicInteger COUNTING = new java.util.concurrent.atomic.AtomicInteger();

  private Work() {}

  /** {@return the text, or a view of it counting the characters read when this thread is counting} */
  static CharSequence view(CharSequence text) {
    if (COUNTING.get() == 0) {
      return text;
    }
    long[] count = COUNT.get();
    return count == null ? text : new Counting(text, count);
  }

  /**
   * Runs a task on this thread with counting on.
   *
   * @param task the work to count
   * @return the characters read through {@link #view} while it ran
   */
  static long count(Runnable task) {
    long[] count = {0};
    COUNT.set(count);
    COUNTING.incrementAndGet();
    try {
      task.run();
    } finally {
      COUNTING.decrementAndGet();
      COUNT.remove();
    }
    return count[0];
  }

  /** A view counting every character read from it, through its sub-sequences too. */
  private static final class Counting implements CharSequence {
    private final CharSequence text;
    private final long[] count;

    Counting(CharSequence text, long[] count) {
      this.text = text;
      this.count = count;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      count[0]++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Counting(text.subSequence(start, end), count);
    }

    @Override
    public String toString() {
      count[0] += text.length();
      return text.toString();
    }
  }
}
