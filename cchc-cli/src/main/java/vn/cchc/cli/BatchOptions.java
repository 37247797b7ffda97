package vn.cchc.cli;

import picocli.CommandLine.Option;

/** How a command runs over many files: {@code --threads} and {@code --progress} (a picocli mixin). */
final class BatchOptions {
  @Option(names = "--threads", paramLabel = "N", description = "files read and checked at once "
      + "(default: the number of processors; results are the same and in the same order whatever N)")
  Integer threads;

  @Option(names = "--progress", description = "report progress on standard error whatever the number of files "
      + "(by default only from 100 files on)")
  boolean progress;

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
