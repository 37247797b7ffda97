package vn.cchc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.read.office.ReportFileReader;
import vn.cchc.rules.RuleException;
import vn.cchc.rules.batch.Batch;
import vn.cchc.rules.batch.BatchSummary;
import vn.cchc.rules.batch.FileResult;

/**
 * Many files for {@code check} and {@code aggregate}, through the batch API ({@link Batch}): the file reader
 * and the rules built once, files read and checked on every core, results handed on in the order of the files,
 * progress on standard error from {@value #PROGRESS_FROM} files on (or always with {@code --progress}). A file
 * that cannot be read is listed on standard error, as the command would for that file alone, and the batch goes
 * on; an unexpected exception is a bug and stops the command.
 */
final class FileBatch {
  /** From how many files on progress is reported without {@code --progress}. */
  static final int PROGRESS_FROM = 100;

  private FileBatch() {}

  /** What a batch came to for the command: the summary, and whether a report was read partly. */
  record Done(BatchSummary summary, boolean partial) {
    boolean failed() {
      return !summary.failures().isEmpty();
    }
  }

  /**
   * Runs a batch.
   *
   * @param name the command, in the progress lines ("aggregate: 200/4000 reports")
   * @param check true to check the reports with the standard rules
   * @param rollUp true to roll them up
   * @param locale the language of the progress lines and of the files that failed
   * @param each told of every file read, in the order of the files
   */
  static Done run(CommandSpec spec, String name, List<Path> files, Catalogue catalogue, ReadOptions reading,
      BatchOptions options, boolean check, boolean rollUp, Locale locale, Consumer<FileResult<LoadedReport>> each) {
    if (options.threads() < 1) {
      throw new ParameterException(spec.commandLine(),
          Texts.text(locale, "batch.threads-at-least-one", Integer.toString(options.threads())));
    }
    PrintWriter err = spec.commandLine().getErr();
    ReportFileReader reader = ReportInput.reader(catalogue, reading);
    int total = files.size();
    long step = total >= PROGRESS_FROM || options.progress ? Math.max(1, total / 20) : Long.MAX_VALUE;
    Batch<LoadedReport> batch = Batch.of(catalogue,
        file -> ReportInput.read(file, Optional.empty(), catalogue, reading, reader), LoadedReport::report)
        .withThreads(options.threads())
        .withProgress((done, all) -> {
          if (done % step == 0 || (step != Long.MAX_VALUE && done == all)) {
            // counts as text: never grouped ("1234/5000"), as the progress line has always been
            err.println(name + ": " + Texts.text(locale, "progress", Long.toString(done), Long.toString(all)));
            err.flush();
          }
        });
    if (!check) {
      batch = batch.withoutChecks();
    }
    if (!rollUp) {
      batch = batch.withoutRollUp();
    }
    boolean[] partial = {false};
    BatchSummary summary = batch.run(files, r -> {
      if (r.failure().isPresent()) {
        err.println(message(r.file(), r.failure().get(), locale));
        err.flush();
        return;
      }
      partial[0] |= r.read().orElseThrow().partial();
      each.accept(r);
    });
    return new Done(summary, partial[0]);
  }

  /**
   * {@return the one line that says why a file failed, as the command says it for one file}
   *
   * @throws RuntimeException the failure itself when it is not about the input: a bug, which stops the command
   */
  private static String message(Path file, Exception e, Locale locale) {
    if (e instanceof InputException ie) {
      return ie.message(locale);
    }
    if (e instanceof RuleException || e instanceof IllegalArgumentException) {
      // a rule that failed (a bug), or a report matched to another catalogue: as CliChecks says it
      return CliChecks.cannotCheck(file, (RuntimeException) e).apply(locale);
    }
    if (e instanceof RuntimeException re) {
      throw re;
    }
    throw new IllegalStateException(file + ": " + e, e);
  }
}
