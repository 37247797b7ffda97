package vn.cchc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reports shaped like the bundled real one (its narrative, references and full appendix), varied per issuer:
 * the town's name replaced by a generated one and every count of the appendix (not a code) shifted by a small
 * amount, so that no two files are the same and some of their ratios disagree. Written to a folder at set-up.
 */
public final class SampleShaped {
  private static final String[] SYLLABLES = {"An", "Bình", "Cao", "Đông", "Gia", "Hòa", "Kim", "Lạc", "Minh", "Nam",
      "Phú", "Quang", "Sơn", "Tân", "Thạnh", "Trung", "Vĩnh", "Xuân", "Yên", "Long"};
  private static final String TOWN = "Đình Cả";

  private SampleShaped() {}

  /** {@return the bundled real report's text} */
  public static String sample() {
    try {
      return Files.readString(Path.of("docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException("run the benchmarks from the repository root", e);
    }
  }

  /**
   * {@return the name of issuer {@code i}: two or three syllables, 8,000 names}
   *
   * @param i the issuer's number
   */
  static String name(int i) {
    return SYLLABLES[i % 20] + " " + SYLLABLES[(i / 20) % 20] + (i >= 400 ? " " + SYLLABLES[(i / 400) % 20].toLowerCase() : "");
  }

  /**
   * {@return report {@code i}: the sample for another town, its appendix counts shifted by i mod 5}
   *
   * @param sample the sample's text
   * @param i the report's number
   */
  public static String variant(String sample, int i) {
    String text = sample.replace(TOWN, name(i));
    int appendix = text.indexOf("\nPHỤ LỤC");
    StringBuilder sb = new StringBuilder(text.length() + 64).append(text, 0, appendix);
    for (String line : text.substring(appendix).split("\n", -1)) {
      String[] cells = line.split("\t", -1);
      if (cells.length >= 4 && cells[3].matches("\\d{1,4}") && !cells[2].contains("=")) { // a count, not a code
        cells[3] = Integer.toString(Integer.parseInt(cells[3]) + i % 5);
      }
      sb.append(String.join("\t", cells)).append('\n');
    }
    sb.setLength(sb.length() - 1);
    return sb.toString();
  }

  /**
   * Writes {@code n} variants to {@code dir}.
   *
   * @param dir the folder
   * @param n how many
   * @return the files, in order
   */
  public static List<Path> write(Path dir, int n) {
    String sample = sample();
    List<Path> out = new ArrayList<>(n);
    try {
      for (int i = 0; i < n; i++) {
        Path f = dir.resolve(String.format("bc-%05d.txt", i));
        Files.write(f, variant(sample, i).getBytes(StandardCharsets.UTF_8));
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Deletes a folder written by {@link #write}.
   *
   * @param dir the folder
   */
  public static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The floor of a batch: one thread reading the bytes of every file and passing them to {@link #floor(byte[])}.
   *
   * @param files the files
   * @return the sum of what was parsed, so that nothing is optimised away
   */
  public static long floor(List<Path> files) {
    long sum = 0;
    try {
      for (Path f : files) {
        sum += floor(Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sum;
  }

  /**
   * The floor of reading a report: decode the UTF-8 bytes, split lines and tab-separated cells, parse the digits
   * of every cell that is a figure (Vietnamese notation: "1.482", "99,3", "30%").
   *
   * @param bytes the file's bytes
   * @return a sum of what was parsed, so that nothing is dead code
   */
  public static long floor(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    long sum = 0;
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      int cell = start;
      while (cell <= end) {
        int tab = text.indexOf('\t', cell);
        int cellEnd = tab < 0 || tab > end ? end : tab;
        sum += digits(text, cell, cellEnd);
        cell = cellEnd + 1;
      }
      start = end + 1;
    }
    return sum;
  }

  /** {@return the value of the digits of a cell made only of digits, dots, a comma and "%"; 0 for any other} */
  private static long digits(String t, int from, int to) {
    long v = 0;
    boolean any = false;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
        any = true;
      } else if (c != '.' && c != ',' && c != '%') {
        return 0;
      }
    }
    return any ? v : 0;
  }
}
