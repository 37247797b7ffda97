package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.batch.Batch;
import vn.cchc.rules.batch.BatchFailure;
import vn.cchc.rules.batch.BatchSummary;
import vn.cchc.rules.batch.FileResult;
import vn.cchc.rules.rollup.RollUp;

/**
 * The batch: the same results (per file, in order, and in total) on one thread and on many; a file that fails
 * is reported with its path and the batch goes on; no more files in flight than its window.
 */
class BatchTest {
  private final Catalogue cat = TestData.catalogue();

  /** Report {@code k}: the fixture with its figures varied by k, so every file's findings and sums differ. */
  private Report report(int k) {
    Map<String, String> cells = TestData.fixtureValues();
    cells.put("3.1", Integer.toString(100 + k));
    cells.put("3.2.4/numerator", Integer.toString(1400 + k % 120));
    return TestData.report(cat, cells);
  }

  /** Files named "k.txt" read into report k; a name starting with "bad" cannot be read. */
  private Report read(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.startsWith("bad")) {
      throw new IOException(file + ": cannot read: broken on purpose");
    }
    return report(Integer.parseInt(name.substring(0, name.indexOf('.'))));
  }

  private static List<Path> files(List<Integer> ks) {
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < ks.size(); i++) {
      out.add(Path.of("in", ks.get(i) < 0 ? "bad-" + i + ".txt" : ks.get(i) + ".txt"));
    }
    return out;
  }

  private record Run(BatchSummary summary, List<String> each) {}

  private Run run(List<Path> files, int threads) {
    List<String> each = new ArrayList<>();
    BatchSummary s = Batch.ofReports(cat, this::read).withThreads(threads).run(files, r -> each.add(r.index() + " "
        + r.file() + " " + r.failure().map(Exception::getMessage).orElse("")
        + r.check().map(c -> c.findings().stream().map(Finding::ruleId).toList().toString()).orElse("")));
    return new Run(s, each);
  }

  @Test
  void oneThreadAndManyGiveTheSameResultsInTheSameOrder() {
    qt().withExamples(25).forAll(lists().of(integers().between(-1, 60)).ofSizeBetween(0, 40), integers().between(2, 6))
        .checkAssert((ks, threads) -> {
          List<Path> files = files(ks);
          Run one = run(files, 1);
          Run many = run(files, threads);
          assertThat(many.summary()).isEqualTo(one.summary());
          assertThat(many.each()).isEqualTo(one.each());
          assertThat(one.each()).hasSize(files.size());
          assertThat(one.summary().read()).isEqualTo(ks.stream().filter(k -> k >= 0).count());
        });
  }

  @Test
  void theRollUpIsThatOfTheReportsReadAndTheCountsThoseOfTheirChecks() {
    List<Path> files = files(List.of(3, -1, 7, 7, 12));
    BatchSummary s = Batch.ofReports(cat, this::read).withThreads(3).run(files, r -> {});
    List<Report> reports = List.of(report(3), report(7), report(7), report(12));
    assertThat(s.aggregate()).contains(RollUp.of(cat).aggregate(reports));
    RuleSet rules = RuleSet.standard(cat);
    long errors = reports.stream().mapToLong(r -> rules.check(r, cat).findings(Severity.ERROR).size()).sum();
    long warnings = reports.stream().mapToLong(r -> rules.check(r, cat).findings(Severity.WARNING).size()).sum();
    assertThat(s.errors()).isEqualTo(errors);
    assertThat(s.warnings()).isEqualTo(warnings);
    assertThat(s.files()).isEqualTo(5);
    assertThat(s.read()).isEqualTo(4);
  }

  @Test
  void aFailingFileIsReportedWithItsPathAndTheBatchGoesOn() {
    List<Path> files = files(List.of(1, -1, 2, -1));
    List<FileResult<Report>> seen = new ArrayList<>();
    BatchSummary s = Batch.ofReports(cat, this::read).withThreads(2).withoutChecks().run(files, seen::add);
    assertThat(s.failures()).extracting(BatchFailure::file).containsExactly(files.get(1), files.get(3));
    assertThat(s.failures()).extracting(BatchFailure::index).containsExactly(1L, 3L);
    assertThat(s.failures().get(0).message()).isEqualTo(files.get(1) + ": cannot read: broken on purpose");
    assertThat(seen).extracting(FileResult::file).containsExactlyElementsOf(files);
    assertThat(seen.get(2).read()).isPresent();
    assertThat(seen.get(2).check()).isEmpty();
    assertThat(s.aggregate().orElseThrow().reports()).isEqualTo(2);
  }

  @Test
  void aReportOfAnotherCatalogueIsAFailureOfItsFile() {
    Report foreign = vn.cchc.model.ImmutableReport.copyOf(report(1)).withCatalogueId("another-catalogue");
    Map<Path, Report> byFile = new HashMap<>(Map.of(Path.of("a.txt"), report(1), Path.of("b.txt"), foreign));
    BatchSummary s = Batch.ofReports(cat, byFile::get).run(List.of(Path.of("a.txt"), Path.of("b.txt")), r -> {});
    assertThat(s.failures()).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo(Path.of("b.txt"));
      assertThat(f.message()).contains("another-catalogue");
    });
    assertThat(s.aggregate().orElseThrow().reports()).isEqualTo(1);
  }

  @Test
  void noMoreThanFourFilesPerThreadAreInFlightAndProgressIsToldForEveryFile() {
    AtomicInteger reading = new AtomicInteger();
    AtomicInteger handedOn = new AtomicInteger();
    AtomicInteger ahead = new AtomicInteger();
    List<Long> progress = new ArrayList<>();
    Batch<Report> b = Batch.ofReports(cat, f -> {
      int started = reading.incrementAndGet();
      ahead.accumulateAndGet(started - handedOn.get(), Math::max);
      return read(f);
    }).withThreads(2).withProgress((done, total) -> progress.add(done * 1000 + total));
    List<Integer> ks = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ks.add(i % 50);
    }
    b.run(files(ks), r -> handedOn.incrementAndGet());
    assertThat(ahead.get()).isBetween(1, 4 * 2 + 1);
    assertThat(progress).hasSize(200).startsWith(1200L).endsWith(200200L);
  }

  @Test
  void aBatchNeedsAThread() {
    assertThatThrownBy(() -> Batch.ofReports(cat, this::read).withThreads(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one thread");
  }

  @Test
  void theRealSampleAsText() {
    Path sample = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
    BatchSummary s = Batch.ofText(vn.cchc.model.catalogue.Catalogues.bundled()).withThreads(2)
        .run(List.of(sample, sample, Path.of("no-such-file.txt")), r -> {});
    assertThat(s.read()).isEqualTo(2);
    assertThat(s.failures()).extracting(BatchFailure::file).containsExactly(Path.of("no-such-file.txt"));
    assertThat(s.errors()).isPositive().isEven();
    assertThat(s.aggregate().orElseThrow().reports()).isEqualTo(2);
  }

  /**
   * Report text files shaped like the real sample (its narrative, references and full appendix), each for another
   * town and with one count changed, and one that fails strictly (its appendix cut off): read from text, checked and
   * rolled up on one, two and three threads, the summary (counts, failures, the roll-up) and every file's result in
   * order (its findings with their locations, its failure) are the same.
   */
  @Test
  void realShapedTextGivesTheSameResultsOnAnyNumberOfThreads(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    String sample = java.nio.file.Files.readString(Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
    String[] towns = {"Đình Cả", "Hòa Bình", "Yên Lạc", "Phú Xuân", "Tân Sơn", "Vĩnh Long", "An Khánh", "Đức Trọng"};
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      String text = sample.replace("Đình Cả", towns[i % towns.length]);
      if (i % 3 == 1) { // another count of early dossiers, and of dossiers received online: other sums and findings
        text = text.replace("1.442", Integer.toString(1400 + i)).replace("\tHồ sơ\t1.482\t", "\tHồ sơ\t" + (1470 + i) + "\t");
      }
      if (i == 9) {
        text = text.substring(0, text.indexOf("\nPHỤ LỤC") + 200); // the appendix cut off: fails when read strictly
      }
      Path f = dir.resolve("bc-" + i + ".txt");
      java.nio.file.Files.writeString(f, text);
      files.add(f);
    }
    Catalogue bundled = vn.cchc.model.catalogue.Catalogues.bundled();
    List<Object> one = null;
    for (int threads = 1; threads <= 3; threads++) {
      List<String> each = new ArrayList<>();
      BatchSummary s = Batch.ofText(bundled).withThreads(threads).run(files, r -> each.add(r.index() + " " + r.file()
          + " " + r.failure().map(Exception::getMessage).orElse("") + r.check().map(c -> c.findings().toString()).orElse("")));
      assertThat(s.read()).isEqualTo(13);
      assertThat(s.errors()).isPositive();
      List<Object> got = List.of(s, each, s.aggregate().orElseThrow().values().toString());
      if (one == null) {
        one = got;
      } else {
        assertThat(got).as("%d threads against one", threads).isEqualTo(one);
      }
    }
  }
}
