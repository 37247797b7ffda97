package vn.cchc.rules.batch;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.json.CchcJson;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Finding;
import vn.cchc.rules.RuleSet;
import vn.cchc.rules.Severity;
import vn.cchc.rules.rollup.Aggregate;
import vn.cchc.rules.rollup.RollUp;

/**
 * Many report files read, checked and rolled up on every core. Set-up (the reader, the rule set, the
 * roll-up's view of the catalogue) is done once for the batch, not per file.
 *
 * <p>Worker threads read and check files; the thread that calls {@link #run} takes their results in the
 * order of the files, rolls the reports up, and hands each result to the listener. At most
 * {@code 4 × threads} files are in flight: reports are streamed, never all held, so the memory a batch
 * retains does not grow with the number of files. The results — the order of the per-file results, the
 * findings, the roll-up — are the same whatever the number of threads.
 *
 * <p>A file that fails (the reader throws, its report is matched to another catalogue, or a rule fails on
 * it) is reported with its path, and the batch goes on. An {@link Error} in a worker stops the batch and is thrown again.
 *
 * <pre>{@code
 * BatchSummary s = Batch.ofText(catalogue).run(files, r -> r.failure().ifPresent(System.err::println));
 * s.aggregate().orElseThrow().values();
 * }</pre>
 *
 * <p>Immutable and thread-safe: the {@code with…} methods return a new batch.
 *
 * @param <T> what a file is read into
 */
public final class Batch<T> {
  private final Catalogue catalogue;
  private final FileReader<T> reader;
  private final Function<T, Report> report;
  private final int threads;
  private final Optional<RuleSet> rules;
  private final boolean rollUp;
  private final BatchProgress progress;

  private Batch(Catalogue catalogue, FileReader<T> reader, Function<T, Report> report, int threads,
      Optional<RuleSet> rules, boolean rollUp, BatchProgress progress) {
    this.catalogue = catalogue;
    this.reader = reader;
    this.report = report;
    this.threads = threads;
    this.rules = rules;
    this.rollUp = rollUp;
    this.progress = progress;
  }

  /**
   * A batch that reads files into something that holds a report (e.g. the report with its read problems),
   * checks them with the standard rules and rolls them up, on as many threads as there are processors.
   *
   * @param catalogue the catalogue the reports are matched to
   * @param reader reads one file; called from several threads at once
   * @param report the report of what a file was read into
   * @param <T> what a file is read into
   * @return the batch
   */
  public static <T> Batch<T> of(Catalogue catalogue, FileReader<T> reader, Function<T, Report> report) {
    Objects.requireNonNull(catalogue, "catalogue");
    return new Batch<>(catalogue, Objects.requireNonNull(reader, "reader"), Objects.requireNonNull(report, "report"),
        Runtime.getRuntime().availableProcessors(), Optional.of(RuleSet.standard(catalogue)), true, BatchProgress.none());
  }

  /**
   * A batch of report files read by {@code reader}; see {@link #of(Catalogue, FileReader, Function)}.
   *
   * @param catalogue the catalogue the reports are matched to
   * @param reader reads one file into its report; called from several threads at once
   * @return the batch
   */
  public static Batch<Report> ofReports(Catalogue catalogue, FileReader<Report> reader) {
    return of(catalogue, reader, Function.identity());
  }

  /**
   * A batch of report text files (UTF-8), each read strictly by one {@link ReportTextReader} built for the
   * batch: a file with a problem at warning or error fails, with the place of its first problem.
   *
   * @param catalogue the catalogue
   * @return the batch
   */
  public static Batch<Report> ofText(Catalogue catalogue) {
    ReportTextReader text = ReportTextReader.of(catalogue);
    return ofReports(catalogue, text::read);
  }

  /**
   * A batch of cchc JSON files, read by the codec {@link CchcJson#detect()} finds, once.
   *
   * @param catalogue the catalogue the reports are matched to
   * @return the batch
   * @throws IllegalStateException when no Jackson is on the class path ({@link CchcJson#detect()})
   */
  public static Batch<Report> ofJson(Catalogue catalogue) {
    CchcJson json = CchcJson.detect();
    return ofReports(catalogue, file -> {
      try (var in = java.nio.file.Files.newInputStream(file)) {
        return json.readReport(in);
      }
    });
  }

  /**
   * {@return this batch on {@code threads} worker threads}
   *
   * @param threads how many files are read and checked at once, at least 1
   * @throws IllegalArgumentException when {@code threads} is less than 1
   */
  public Batch<T> withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("a batch needs at least one thread, not " + threads);
    }
    return new Batch<>(catalogue, reader, report, threads, rules, rollUp, progress);
  }

  /**
   * {@return this batch checking with {@code rules} rather than the standard rules}
   *
   * @param rules the rules
   */
  public Batch<T> withRules(RuleSet rules) {
    return new Batch<>(catalogue, reader, report, threads, Optional.of(Objects.requireNonNull(rules, "rules")), rollUp,
        progress);
  }

  /** {@return this batch without checking the reports (reading and rolling up only)} */
  public Batch<T> withoutChecks() {
    return new Batch<>(catalogue, reader, report, threads, Optional.empty(), rollUp, progress);
  }

  /** {@return this batch without rolling the reports up (reading and checking only)} */
  public Batch<T> withoutRollUp() {
    return new Batch<>(catalogue, reader, report, threads, rules, false, progress);
  }

  /**
   * {@return this batch telling {@code progress} after every file}
   *
   * @param progress the listener
   */
  public Batch<T> withProgress(BatchProgress progress) {
    return new Batch<>(catalogue, reader, report, threads, rules, rollUp, Objects.requireNonNull(progress, "progress"));
  }

  /** {@return the number of worker threads} */
  public int threads() {
    return threads;
  }

  /**
   * Runs the batch.
   *
   * @param files the files, in the order their results are handed on
   * @param each told of every file, in the order of {@code files}, on the calling thread; it should not keep
   *     the results (that would hold every report)
   * @return the summary
   * @throws CancellationException when the calling thread is interrupted (the interrupt is kept)
   */
  public BatchSummary run(List<Path> files, Consumer<? super FileResult<T>> each) {
    List<Path> all = List.copyOf(files);
    Objects.requireNonNull(each, "each");
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "cchc-batch-" + names.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      Ordered ordered = new Ordered(all, pool, each);
      Aggregate aggregate = null;
      if (rollUp) {
        Iterator<Report> reports = ordered.reports();
        aggregate = RollUp.of(catalogue).aggregate(
            StreamSupport.stream(Spliterators.spliteratorUnknownSize(reports, Spliterator.ORDERED), false), n -> {});
      } else {
        ordered.reports().forEachRemaining(r -> {});
      }
      return new BatchSummary(all.size(), ordered.failures, ordered.errors, ordered.warnings, ordered.infos, aggregate);
    } finally {
      pool.shutdownNow();
    }
  }

  /** What a worker does with one file: read it, check its report. */
  private FileResult<T> work(long index, Path file) {
    T read;
    Report r;
    try {
      read = reader.read(file);
      r = Objects.requireNonNull(report.apply(Objects.requireNonNull(read, "the reader returned null")),
          "the report of what was read is null");
    } catch (Exception e) {
      return FileResult.failed(index, file, e);
    }
    if (!r.catalogueId().equals(catalogue.id())) {
      return FileResult.failed(index, file, new IllegalArgumentException("the report is matched to catalogue "
          + r.catalogueId() + ", not " + catalogue.id()));
    }
    try {
      return FileResult.read(index, file, read, rules.map(s -> s.check(r, catalogue)).orElse(null));
    } catch (RuntimeException e) { // a rule that fails (RuleException) fails its file, not the batch
      return FileResult.failed(index, file, e);
    }
  }

  /**
   * The files' results in their order, with at most {@code 4 × threads} in flight: taking the next result
   * submits the next file, so workers never run further ahead than that.
   */
  private final class Ordered {
    private final List<Path> files;
    private final ExecutorService pool;
    private final Consumer<? super FileResult<T>> each;
    private final ArrayDeque<Future<FileResult<T>>> inFlight = new ArrayDeque<>();
    private final List<BatchFailure> failures = new ArrayList<>();
    private int submitted;
    private long done;
    private long errors;
    private long warnings;
    private long infos;

    Ordered(List<Path> files, ExecutorService pool, Consumer<? super FileResult<T>> each) {
      this.files = files;
      this.pool = pool;
      this.each = each;
    }

    private void fill() {
      while (submitted < files.size() && inFlight.size() < 4 * threads) {
        int i = submitted++;
        Path f = files.get(i);
        inFlight.add(pool.submit(() -> work(i, f)));
      }
    }

    /** {@return the next file's result, handed on and counted; empty when every file is done} */
    private Optional<FileResult<T>> next() {
      fill();
      Future<FileResult<T>> head = inFlight.poll();
      if (head == null) {
        return Optional.empty();
      }
      FileResult<T> r;
      try {
        r = head.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        inFlight.forEach(f -> f.cancel(true));
        CancellationException c = new CancellationException("the batch was interrupted after " + done + " of "
            + files.size() + " files");
        c.initCause(e);
        throw c;
      } catch (ExecutionException e) {
        inFlight.forEach(f -> f.cancel(true));
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException("a batch worker failed on " + files.get((int) done), e.getCause());
      }
      fill();
      r.failure().ifPresent(e -> failures.add(new BatchFailure(r.index(), r.file(), e)));
      r.check().ifPresent(c -> {
        for (Finding f : c.findings()) {
          if (f.severity() == Severity.ERROR) {
            errors++;
          } else if (f.severity() == Severity.WARNING) {
            warnings++;
          } else {
            infos++;
          }
        }
      });
      each.accept(r);
      done++;
      progress.done(done, files.size());
      return Optional.of(r);
    }

    /** {@return the reports of the files read, in order; a failed file is skipped (it is in the failures)} */
    Iterator<Report> reports() {
      return new Iterator<>() {
        private Report next;

        @Override
        public boolean hasNext() {
          while (next == null) {
            Optional<FileResult<T>> r = Ordered.this.next();
            if (r.isEmpty()) {
              return false;
            }
            next = r.get().read().map(report).orElse(null);
          }
          return true;
        }

        @Override
        public Report next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          Report r = next;
          next = null;
          return r;
        }
      };
    }
  }
}
