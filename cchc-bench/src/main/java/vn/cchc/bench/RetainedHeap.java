package vn.cchc.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.json.CchcJson;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.rules.batch.Batch;

/**
 * Retained heap, measured without JOL: the heap in use after garbage collection ({@link MemoryMXBean}, several
 * {@code System.gc()} calls until it stops falling) with {@code n} reports held in a list, less the same
 * before, divided by {@code n}; and the heap in use after collection at points of a batch roll-up of
 * {@code n} files, which must not grow with the number of files done. Run from the repository root:
 * {@code java -cp … vn.cchc.bench.RetainedHeap 2000}.
 */
public final class RetainedHeap {
  private RetainedHeap() {}

  private static long used() {
    MemoryMXBean m = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      System.gc();
      long u = m.getHeapMemoryUsage().getUsed();
      if (u >= last) {
        return Math.min(u, last);
      }
      last = u;
    }
    return last;
  }

  /**
   * Prints how much of a report is narrative text, and in which of Java's two string forms it is held: LATIN1
   * (a byte a character) only when every character is below U+0100, which Vietnamese text with its tone marks
   * ("ế", "ộ", "ư") almost never is.
   */
  private static void narrative(Report r) {
    List<String> texts = new ArrayList<>();
    r.preamble().forEach(b -> texts.add(b.text()));
    r.closing().forEach(b -> texts.add(b.text()));
    r.allSections().forEach(s -> {
      texts.add(s.title());
      s.blocks().forEach(b -> texts.add(b.text()));
    });
    r.references().forEach(d -> d.subject().ifPresent(texts::add));
    long chars = 0;
    long latin1Chars = 0;
    int latin1 = 0;
    for (String t : texts) {
      chars += t.length();
      if (t.chars().allMatch(c -> c < 0x100)) {
        latin1++;
        latin1Chars += t.length();
      }
    }
    System.out.printf(Locale.ROOT, "narrative: %d strings, %d characters, %.1f KB as held (%d strings, %d characters "
        + "all below U+0100 and held as LATIN1; the rest UTF-16, two bytes a character)%n", texts.size(), chars,
        ((chars - latin1Chars) * 2 + latin1Chars) / 1024.0, latin1, latin1Chars);
    // What holding the text as UTF-8 bytes, decoded on access, would save, and what one decoding of all of it costs
    // (the rules read every block's text several times per check).
    List<byte[]> utf8 = new ArrayList<>();
    long bytes = 0;
    for (String t : texts) {
      byte[] b = t.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      utf8.add(b);
      bytes += b.length;
    }
    long[] rounds = new long[41];
    long sink = 0;
    for (int round = 0; round < rounds.length; round++) {
      long t0 = System.nanoTime();
      for (int k = 0; k < 200; k++) {
        for (byte[] b : utf8) {
          sink += new String(b, java.nio.charset.StandardCharsets.UTF_8).length();
        }
      }
      rounds[round] = (System.nanoTime() - t0) / 200;
    }
    java.util.Arrays.sort(rounds);
    System.out.printf(Locale.ROOT, "narrative as UTF-8: %.1f KB of bytes; decoding all of it once: %.1f µs (median of "
        + "%d rounds; %d)%n", bytes / 1024.0, rounds[rounds.length / 2] / 1000.0, rounds.length, sink % 10);
  }

  /**
   * Prints the heap retained per report read from the JSON of {@code n} generated reports (the testkit's consistent
   * reports of the bundled catalogue: a full appendix with figures in some rows, and a short narrative or none),
   * the kind of report the first figure was measured on.
   */
  private static void generated(CchcJson json, Catalogue catalogue, int n, boolean narrative) {
    vn.cchc.testkit.ConsistentReports gen = vn.cchc.testkit.ReportGenerators.consistent(catalogue).narrative(narrative);
    List<byte[]> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      json.writeReport(gen.generate(i), out);
      docs.add(out.toByteArray());
    }
    List<Report> held = new ArrayList<>(n);
    long before = used();
    for (byte[] doc : docs) {
      held.add(json.readReport(new ByteArrayInputStream(doc)));
    }
    long retained = used() - before;
    long bytes = docs.stream().mapToLong(d -> d.length).sum();
    System.out.printf(Locale.ROOT, "retained per report, %d generated reports %s narrative, from JSON: %.1f KB "
        + "(%d appendix rows; %.0f bytes of JSON on average)%n", n, narrative ? "with a" : "without", retained / 1024.0 / n,
        held.get(0).appendix().size(), (double) bytes / n);
    held.clear();
  }

  /**
   * Prints the figures.
   *
   * @param args the number of reports (default 2,000)
   * @throws Exception when the temporary files cannot be written
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Catalogue catalogue = BenchData.catalogue();
    ReportTextReader reader = ReportTextReader.of(catalogue);
    CchcJson json = CchcJson.detect();
    String sample = SampleShaped.sample();
    List<byte[]> jsons = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(SampleShaped.variant(sample, i));
    }
    for (int i = 0; i < n; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      json.writeReport(reader.readText(texts.get(i)), out);
      jsons.add(out.toByteArray());
    }
    List<Report> held = new ArrayList<>(n);
    long before = used();
    for (int i = 0; i < n; i++) {
      held.add(reader.readText(texts.get(i)));
    }
    long fromText = used() - before;
    held.clear();
    before = used();
    for (int i = 0; i < n; i++) {
      held.add(json.readReport(new ByteArrayInputStream(jsons.get(i))));
    }
    long fromJson = used() - before;
    System.out.printf(Locale.ROOT, "retained per report, %d reports: from text %.1f KB, from JSON %.1f KB "
        + "(sample: %d bytes of text, %d of JSON)%n", n, fromText / 1024.0 / n, fromJson / 1024.0 / n,
        texts.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8).length, jsons.get(0).length);
    narrative(held.get(0));
    // The same reports without their narrative (paragraphs, sections) and cited documents: what the metadata and
    // the appendix retain, the part that does not grow with the length of the narrative.
    List<byte[]> bare = new ArrayList<>(n);
    for (Report r : held) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      json.writeReport(vn.cchc.model.ImmutableReport.copyOf(r).withPreamble(List.of()).withSections(List.of())
          .withClosing(List.of()).withReferences(List.of()), out);
      bare.add(out.toByteArray());
    }
    held.clear();
    before = used();
    for (int i = 0; i < n; i++) {
      held.add(json.readReport(new ByteArrayInputStream(bare.get(i))));
    }
    long appendixOnly = used() - before;
    System.out.printf(Locale.ROOT, "retained per report without narrative and references (metadata, %d appendix rows), "
        + "from JSON: %.1f KB%n", held.get(0).appendix().size(), appendixOnly / 1024.0 / n);
    bare.clear();
    held.clear();
    texts.clear();
    jsons.clear();
    generated(json, catalogue, n, true);
    generated(json, catalogue, n, false);
    Path dir = Files.createTempDirectory("cchc-heap-");
    try {
      List<Path> files = SampleShaped.write(dir, n);
      long start = used();
      long step = Math.max(1, n / 5);
      StringBuilder points = new StringBuilder();
      Batch.ofText(catalogue).withProgress((done, total) -> {
        if (done % step == 0) {
          points.append(String.format(Locale.ROOT, " %d: %.1f MB;", done, (used() - start) / 1048576.0));
        }
      }).run(files, r -> {});
      System.out.println("heap in use above the start while a batch reads, checks and rolls up " + n + " files:" + points);
    } finally {
      SampleShaped.delete(dir);
    }
  }
}
