package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.model.json.CchcJson;
import vn.cchc.model.json.JsonReadLimits;

/**
 * Everything the reader gives, pinned: for each corpus report and the sample — as written, decomposed (NFD), and
 * with twelve seeded mutations each (combining marks, non-breaking spaces, look-alike letters, CR LF, tabs, markup,
 * malformed bytes, lines dropped, doubled and swapped: 350 texts) — the report's JSON and every problem (location,
 * kind, severity, message, offending text) are dumped, and the SHA-256 of each dump must equal the one in
 * {@code read-dumps.sha256}. A speed change to the reader must not move a single byte of any of them.
 *
 * <p>When the reader's behaviour is changed on purpose, rewrite the digests with {@code -Dcchc.dump.write=true}
 * (and say why in the commit). {@code -Dcchc.dump.dir=DIR} writes every dump in full to DIR, to compare two
 * versions of the reader with {@code diff -r}; a failing run writes the dumps that differ to
 * {@code target/read-dumps}.
 */
class ReadDumpTest {
  private static final Path DIGESTS = Path.of("src", "test", "resources", "vn", "cchc", "model", "text",
      "read-dumps.sha256");
  private static final int MUTATIONS = 12;
  private static final CchcJson JSON = CchcJson.jackson2(JsonReadLimits.defaults());

  /** The texts read, by name, in a fixed order. */
  static Map<String, byte[]> inputs() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(CorpusTest.corpusDir())) {
      list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    files.add(Fixture.PATH);
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString().replace(".txt", "");
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      out.put(name, bytes);
      out.put(name + ".nfd", Normalizer.normalize(text, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8));
      SplittableRandom seeds = new SplittableRandom(name.hashCode());
      for (int i = 0; i < MUTATIONS; i++) {
        out.put(name + ".m" + i, mutate(bytes, new SplittableRandom(seeds.nextLong())));
      }
    }
    return out;
  }

  /** One to three damages a real text suffers on its way: encodings, editors, exports, copy and paste. */
  private static byte[] mutate(byte[] bytes, SplittableRandom r) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    boolean malformed = false;
    for (int m = r.nextInt(1, 4); m > 0; m--) {
      switch (r.nextInt(9)) {
        case 0 -> text = everyNth(text, r, "ả", "a\u0309"); // a combining mark
        case 1 -> text = everyNth(text, r, " ", "\u00A0"); // non-breaking spaces
        case 2 -> text = everyNth(text, r, "ă", "ǎ"); // a look-alike letter of an old encoding
        case 3 -> text = text.replace("\n", "\r\n");
        case 4 -> text = everyNth(text, r, " ", "\t");
        case 5 -> text = everyNth(text, r, "\t", "\t<i>");
        case 6 -> text = lines(text, r);
        case 7 -> text = everyNth(text, r, "đ", "Đ");
        default -> malformed = true;
      }
    }
    byte[] out = text.getBytes(StandardCharsets.UTF_8);
    if (malformed && out.length > 0) {
      out[r.nextInt(out.length)] = (byte) 0xC3; // a lone lead byte
    }
    return out;
  }

  /** Replaces every n-th occurrence of {@code what}, n drawn from 1 to 7. */
  private static String everyNth(String text, SplittableRandom r, String what, String with) {
    int n = r.nextInt(1, 8);
    StringBuilder sb = new StringBuilder(text.length() + 64);
    int from = 0;
    int seen = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
      if (++seen % n == 0) {
        sb.append(text, from, at).append(with);
        from = at + what.length();
      }
    }
    return sb.append(text, from, text.length()).toString();
  }

  /** Drops, doubles or swaps a line. */
  private static String lines(String text, SplittableRandom r) {
    List<String> ls = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = r.nextInt(ls.size());
    int j = r.nextInt(ls.size());
    switch (r.nextInt(3)) {
      case 0 -> ls.remove(i);
      case 1 -> ls.add(i, ls.get(i));
      default -> {
        String t = ls.get(i);
        ls.set(i, ls.get(j));
        ls.set(j, t);
      }
    }
    return String.join("\n", ls);
  }

  /** The report's JSON, then one line per problem. */
  static String dump(ReadResult result) {
    StringBuilder sb = new StringBuilder();
    result.report().ifPresentOrElse(report -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JSON.writeReport(report, out);
      sb.append(out.toString(StandardCharsets.UTF_8));
    }, () -> sb.append("no report"));
    sb.append('\n');
    for (ReadProblem p : result.problems()) {
      sb.append(p.location().line()).append(':').append(p.location().column()).append('\t').append(p.kind())
          .append('\t').append(p.severity()).append('\t').append(p.message()).append('\t').append(p.offendingText())
          .append('\n');
    }
    return sb.toString();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyTextReadsAsPinned() throws IOException {
    Map<String, String> dumps = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : inputs().entrySet()) {
      dumps.put(e.getKey(), dump(Fixture.READER.readLenient(e.getValue())));
    }
    String dir = System.getProperty("cchc.dump.dir");
    if (dir != null) {
      write(Path.of(dir), dumps, dumps.keySet());
    }
    StringBuilder digests = new StringBuilder();
    dumps.forEach((name, d) -> digests.append(sha256(d)).append("  ").append(name).append('\n'));
    if (Boolean.getBoolean("cchc.dump.write")) {
      Files.writeString(DIGESTS, digests.toString(), StandardCharsets.UTF_8);
    }
    List<String> differ = new ArrayList<>();
    Map<String, String> pinned = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DIGESTS, StandardCharsets.UTF_8)) {
      pinned.put(line.substring(line.indexOf("  ") + 2), line.substring(0, line.indexOf("  ")));
    }
    dumps.forEach((name, d) -> {
      if (!sha256(d).equals(pinned.get(name))) {
        differ.add(name);
      }
    });
    if (!differ.isEmpty()) {
      write(Path.of("target", "read-dumps"), dumps, differ);
    }
    assertThat(differ).as("texts whose read differs from the pinned one (dumps in target/read-dumps)").isEmpty();
    assertThat(pinned.keySet()).containsExactlyElementsOf(dumps.keySet());
  }

  private static void write(Path dir, Map<String, String> dumps, Iterable<String> names) {
    try {
      Files.createDirectories(dir);
      for (String name : names) {
        Files.writeString(dir.resolve(name + ".dump"), dumps.get(name), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
