package vn.cchc.read.office;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The geometry of one PDF page: glyphs with their positions and the ruling lines drawn on it, turned
 * into lines of text and table rows ({@link PdfText} says how). Pure calculation, no PDFBox, so that it
 * can be tested on made-up pages. Coordinates are in points, y growing downwards from the page's top;
 * a glyph's y is its baseline.
 */
final class PdfLayout {
  private PdfLayout() {}

  /**
   * A glyph: its text (usually one letter, NFC), where its baseline starts, its advance width and its
   * font size.
   */
  record Glyph(String text, float x, float y, float width, float size) {
    float end() {
      return x + width;
    }

    /** The middle of the glyph's body: a little above the baseline. */
    float middleY() {
      return y - 0.3f * size;
    }

    boolean blank() {
      return text.isBlank();
    }
  }

  /** A drawn line segment, x1 ≤ x2 and y1 ≤ y2 once made. */
  record Rule(float x1, float y1, float x2, float y2) {
    Rule {
      float a = Math.min(x1, x2);
      float b = Math.max(x1, x2);
      float c = Math.min(y1, y2);
      float d = Math.max(y1, y2);
      x1 = a;
      x2 = b;
      y1 = c;
      y2 = d;
    }

    boolean horizontal() {
      return y2 - y1 <= 1 && x2 - x1 > 2;
    }

    boolean vertical() {
      return x2 - x1 <= 1 && y2 - y1 > 2;
    }
  }

  /** The thresholds that split a line's glyphs, in multiples of the font size. */
  static final class Gaps {
    /** A gap at least this wide (a fifth of the font size) between two glyphs is a space. */
    static final float SPACE = 0.2f;
    /** A gap at least this wide (1.5 times the font size, some six spaces) is a cell boundary: a tab. */
    static final float CELL = 1.5f;

    private Gaps() {}
  }

  /** Tolerance, in points, when rules and column starts are compared. */
  private static final float NEAR = 1.5f;

  /** A line or table row, placed on the page. */
  private record Item(float top, float baseline, String text, int[] cellColumns, boolean table, float end,
      float firstWord, float space) {
    /** A line of one run (no tab): one that may be a piece of a wrapped paragraph. */
    boolean prose() {
      return !table && text.indexOf('\t') < 0;
    }
  }

  /**
   * Turns a page into lines.
   *
   * @param glyphs the page's glyphs
   * @param rules the lines drawn on the page
   * @param page the page's number, from 1
   * @return the lines, blank lines between paragraphs and around tables
   */
  static List<SourceLine> lines(List<Glyph> glyphs, List<Rule> rules, int page) {
    List<Table> tables = tables(rules);
    List<Glyph> loose = new ArrayList<>();
    for (Glyph g : glyphs) {
      Table t = tables.stream().filter(x -> x.holds(g)).findFirst().orElse(null);
      if (t != null) {
        t.glyphs.add(g);
      } else {
        loose.add(g);
      }
    }
    List<Item> items = new ArrayList<>();
    List<List<Glyph>> visual = group(loose);
    List<List<Run>> runs = new ArrayList<>();
    for (List<Glyph> l : visual) {
      runs.add(runs(l));
    }
    alignColumns(visual, runs);
    List<List<String>> tabulated = tabulate(visual, runs);
    for (int i = 0; i < visual.size(); i++) {
      List<Run> rs = runs.get(i);
      List<Glyph> l = visual.get(i);
      if (tabulated.get(i) != null) {
        if (!tabulated.get(i).isEmpty()) {
          items.add(row(l.get(0).y - l.get(0).size, l.get(0).y, tabulated.get(i)));
        }
        continue;
      }
      float baseline = l.get(0).y;
      float end = (float) l.stream().filter(g -> !g.blank()).mapToDouble(Glyph::end).max().orElse(0);
      float first = 0;
      for (Glyph g : l) {
        if (g.blank() || g.x - (l.get(0).x + first) >= Gaps.SPACE * g.size) {
          break;
        }
        first = g.end() - l.get(0).x;
      }
      items.add(new Item(baseline, baseline, join(rs), new int[0], false, end, first, 0.25f * l.get(0).size));
    }
    for (Table t : tables) {
      items.addAll(t.rows());
    }
    items.sort(Comparator.comparingDouble(Item::top));
    float pitch = pitch(visual);
    float right = (float) items.stream().filter(Item::prose).mapToDouble(Item::end).max().orElse(0);
    float left = (float) visual.stream().mapToDouble(l -> l.get(0).x).min().orElse(0);
    // a line is full when the next line's first word would not have fitted after it, and it reaches into
    // the last tenth of the text's width, a width of at least 25 times the font size (a page of a few
    // short lines has no full line)
    float reach = right - 0.1f * (right - left);
    List<SourceLine> out = new ArrayList<>();
    int n = 0;
    Item prev = null;
    for (Item it : items) {
      if (it.text.isBlank()) {
        continue;
      }
      boolean blank = prev != null && (it.table != prev.table || !it.table && it.baseline - prev.baseline > pitch * 1.3f);
      if (blank) {
        out.add(SourceLine.BLANK);
      }
      n++;
      FileOrigin origin = new FileOrigin.Page(page, n);
      if (!blank && prev != null && prev.prose() && it.prose() && prev.end >= reach
          && right - left >= 25 * 4 * prev.space
          && prev.end + prev.space + it.firstWord > right + NEAR) {
        // the line before is full: its paragraph wrapped here, the next word did not fit
        out.set(out.size() - 1, wrapped(out.get(out.size() - 1), it.text, origin));
        prev = it;
        continue;
      }
      FileOrigin[] cells = new FileOrigin[it.cellColumns.length];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = new FileOrigin.Page(page, n, c + 1);
      }
      out.add(new SourceLine(it.text, origin, it.cellColumns, cells));
      prev = it;
    }
    return out;
  }

  /**
   * A paragraph's line with the next visual line joined by a space; the visual line's origin kept for
   * the columns it takes (as a table cell's is), so a problem in it is placed on its own line.
   */
  private static SourceLine wrapped(SourceLine line, String next, FileOrigin origin) {
    int column = line.text().codePointCount(0, line.text().length()) + 2;
    int[] columns = java.util.Arrays.copyOf(line.cellColumns(), line.cellColumns().length + 1);
    FileOrigin[] origins = java.util.Arrays.copyOf(line.cellOrigins(), line.cellOrigins().length + 1);
    if (columns.length == 1) {
      columns = new int[] {1, column};
      origins = new FileOrigin[] {line.origin(), origin};
    } else {
      columns[columns.length - 1] = column;
      origins[origins.length - 1] = origin;
    }
    return new SourceLine(line.text() + " " + next, line.origin(), columns, origins);
  }

  /** A table row's item: its cells joined by tabs, where each starts. */
  private static Item row(float top, float baseline, List<String> texts) {
    return new Item(top, baseline, String.join("\t", texts), SourceLine.cellColumns(texts), true, 0, 0, 0);
  }

  /** The usual distance between the baselines of two lines of a paragraph: the most common one, rounded. */
  private static float pitch(List<List<Glyph>> lines) {
    List<Float> d = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      float a = lines.get(i - 1).get(0).y;
      float b = lines.get(i).get(0).y;
      float size = lines.get(i).get(0).size;
      if (b - a > 0 && b - a < 3 * size) {
        d.add(b - a);
      }
    }
    if (d.isEmpty()) {
      return 14f;
    }
    d.sort(Float::compare);
    // the lower quartile: most pairs are lines of one paragraph, the rest are paragraph breaks
    return d.get(d.size() / 4);
  }

  /** Groups glyphs into visual lines by baseline, each line sorted left to right. */
  static List<List<Glyph>> group(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> cur = null;
    float y = 0;
    for (Glyph g : sorted) {
      if (cur == null || g.y - y > 0.4f * Math.max(1f, g.size)) {
        cur = new ArrayList<>();
        lines.add(cur);
        y = g.y;
      }
      cur.add(g);
    }
    for (List<Glyph> l : lines) {
      l.sort(Comparator.comparingDouble(Glyph::x));
    }
    lines.removeIf(l -> l.stream().allMatch(Glyph::blank));
    return lines;
  }

  /** A piece of a line between cell gaps: its text and where it starts. */
  static final class Run {
    final StringBuilder text = new StringBuilder();
    float x;
    float end;
    /** For each word after the first: where it starts (x), at which char of the text, where the word before ends. */
    final List<float[]> words = new ArrayList<>();
  }

  /** Splits a visual line into runs at cell gaps, with spaces inside at word gaps. */
  static List<Run> runs(List<Glyph> line) {
    List<Run> runs = new ArrayList<>();
    Run cur = null;
    float end = 0;
    boolean space = false;
    for (Glyph g : line) {
      if (g.blank()) {
        space = true;
        continue;
      }
      float gap = g.x - end;
      float size = Math.max(1f, g.size);
      if (cur == null || gap >= Gaps.CELL * size) {
        cur = new Run();
        cur.x = g.x;
        runs.add(cur);
      } else if (space || gap >= Gaps.SPACE * size) {
        cur.text.append(' ');
        cur.words.add(new float[] {g.x, cur.text.length(), end});
      }
      cur.text.append(g.text);
      end = Math.max(end, g.end());
      cur.end = end;
      space = false;
    }
    return runs;
  }

  /**
   * Splits a line where a nearby line's second or later column starts: a word starting there (within
   * {@link #NEAR} points) after a word gap becomes a run of its own. Nearby: within three lines above
   * or below.
   */
  private static void alignColumns(List<List<Glyph>> visual, List<List<Run>> runs) {
    for (int i = 0; i < runs.size(); i++) {
      float y = visual.get(i).get(0).y;
      float size = Math.max(1f, visual.get(i).get(0).size);
      List<Float> starts = new ArrayList<>();
      for (int k = 0; k < runs.size(); k++) {
        float yk = visual.get(k).get(0).y;
        if (k != i && Math.abs(yk - y) <= 3.5f * 1.3f * size) {
          for (int r = 1; r < runs.get(k).size(); r++) {
            starts.add(runs.get(k).get(r).x);
          }
        }
      }
      if (starts.isEmpty()) {
        continue;
      }
      List<Run> split = new ArrayList<>();
      for (Run r : runs.get(i)) {
        String text = r.text.toString();
        int from = 0;
        float x = r.x;
        for (float[] w : r.words) {
          if (starts.stream().anyMatch(s -> Math.abs(s - w[0]) <= NEAR)) {
            int cut = (int) w[1];
            split.add(run(text.substring(from, Math.max(from, cut - 1)), x, w[2])); // the space before the word goes
            from = cut;
            x = w[0];
          }
        }
        split.add(from == 0 ? r : run(text.substring(from), x, r.end));
      }
      runs.set(i, split);
    }
  }

  private static Run run(String text, float x, float end) {
    Run r = new Run();
    r.text.append(text);
    r.x = x;
    r.end = end;
    return r;
  }

  /**
   * Tables without drawn rules: a block of at least three consecutive lines split into runs, at least one
   * of three runs or more. Its columns are the x-ranges of the runs of its fullest lines (those with the
   * most runs), widened by runs that overlap no such range (a column empty in every full line, "Ghi
   * chú"); each run goes to the column it overlaps most, so an empty cell stays empty. A line of one run
   * inside the block that starts right of the first column is a wrapped cell: its text goes on the row
   * above, in its column.
   *
   * @return for each visual line, its cells, or null when it is not in such a table; a continuation
   *     line gets an empty list
   */
  static List<List<String>> tabulate(List<List<Glyph>> visual, List<List<Run>> runs) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      out.add(null);
    }
    int i = 0;
    while (i < runs.size()) {
      if (runs.get(i).size() < 2) {
        i++;
        continue;
      }
      float size = Math.max(1f, visual.get(i).get(0).size);
      float firstEnd = runs.get(i).get(0).end;
      int start = i;
      while (start > 0 && out.get(start - 1) == null && runs.get(start - 1).size() == 1
          && runs.get(start - 1).get(0).x > firstEnd + NEAR
          && visual.get(start).get(0).y - visual.get(start - 1).get(0).y < 3 * size) {
        start--; // a piece of the first row's wrapped cell, above it
      }
      int j = i;
      int max = 0;
      int multi = 0;
      while (j < runs.size() && (runs.get(j).size() >= 2 || j > i && runs.get(j).get(0).x > firstEnd + NEAR)
          && (j == i || visual.get(j).get(0).y - visual.get(j - 1).get(0).y < 3 * size)) {
        max = Math.max(max, runs.get(j).size());
        multi += runs.get(j).size() >= 2 ? 1 : 0;
        j++;
      }
      if (multi >= 3 && max >= 3) {
        float[] baselines = new float[j - start];
        for (int k = start; k < j; k++) {
          baselines[k - start] = visual.get(k).get(0).y;
        }
        block(runs.subList(start, j), baselines, max, out.subList(start, j));
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  private static void block(List<List<Run>> rows, float[] baselines, int max, List<List<String>> out) {
    List<float[]> cols = new ArrayList<>();
    for (List<Run> rs : rows) {
      if (rs.size() == max) {
        for (Run r : rs) {
          widen(cols, r);
        }
      }
    }
    for (List<Run> rs : rows) {
      for (Run r : rs) {
        if (cols.stream().noneMatch(c -> overlap(c, r) > 0)) {
          widen(cols, r);
        }
      }
    }
    cols.sort(Comparator.comparingDouble(c -> c[0]));
    List<String[]> cells = new ArrayList<>();
    boolean[] piece = new boolean[rows.size()];
    for (int k = 0; k < rows.size(); k++) {
      List<Run> rs = rows.get(k);
      String[] cs = new String[cols.size()];
      Arrays.fill(cs, "");
      for (Run r : rs) {
        int best = 0;
        float score = -Float.MAX_VALUE;
        for (int c = 0; c < cols.size(); c++) {
          float o = overlap(cols.get(c), r);
          float d = o > 0 ? o : -Math.abs(cols.get(c)[0] - r.x);
          if (d > score) {
            score = d;
            best = c;
          }
        }
        String t = r.text.toString().strip();
        cs[best] = cs[best].isEmpty() ? t : cs[best] + " " + t;
      }
      cells.add(cs);
      piece[k] = rs.size() == 1 && cs[0].isEmpty();
    }
    // a run of pieces of wrapped cells between two rows: those above the widest gap go with the row above,
    // the others with the row below (a cell set in the middle of its row has lines above and below it)
    int k = 0;
    while (k < rows.size()) {
      if (!piece[k]) {
        k++;
        continue;
      }
      int a = k - 1;
      int b = k;
      while (b < rows.size() && piece[b]) {
        b++;
      }
      int split = b; // the pieces k … split-1 go up, split … b-1 go down
      if (a < 0) {
        split = k;
      } else if (b < rows.size()) {
        float widest = -1;
        for (int m = k; m <= b; m++) {
          float gap = baselines[m] - baselines[m - 1];
          if (gap > widest + 0.5f) {
            widest = gap;
            split = m;
          }
        }
      }
      for (int m = k; m < split; m++) {
        append(cells.get(a), cells.get(m), false);
      }
      for (int m = b - 1; m >= split; m--) {
        if (b < rows.size()) {
          append(cells.get(b), cells.get(m), true);
        }
      }
      k = b;
    }
    for (int m = 0; m < rows.size(); m++) {
      out.set(m, piece[m] ? List.of() : Arrays.asList(cells.get(m)));
    }
  }

  /** Adds a piece's cells to a row's, after (or before) their text. */
  private static void append(String[] row, String[] piece, boolean before) {
    for (int c = 0; c < row.length; c++) {
      if (!piece[c].isEmpty()) {
        row[c] = row[c].isEmpty() ? piece[c] : before ? piece[c] + " " + row[c] : row[c] + " " + piece[c];
      }
    }
  }

  private static float overlap(float[] c, Run r) {
    return Math.min(c[1], r.end) - Math.max(c[0], r.x);
  }

  /** Adds a run's x-range to the columns, merging the columns it overlaps. */
  private static void widen(List<float[]> cols, Run r) {
    float[] n = {r.x, Math.max(r.x + 0.1f, r.end)};
    for (java.util.Iterator<float[]> it = cols.iterator(); it.hasNext(); ) {
      float[] c = it.next();
      if (Math.min(c[1], n[1]) - Math.max(c[0], n[0]) > 0) {
        n[0] = Math.min(n[0], c[0]);
        n[1] = Math.max(n[1], c[1]);
        it.remove();
      }
    }
    cols.add(n);
  }

  /** The runs joined by tabs. */
  private static String join(List<Run> runs) {
    StringBuilder b = new StringBuilder();
    for (Run r : runs) {
      if (b.length() > 0) {
        b.append('\t');
      }
      b.append(r.text.toString().strip());
    }
    return b.toString();
  }

  /** The tables: regions where vertical rules meet horizontal ones. */
  static List<Table> tables(List<Rule> rules) {
    List<Rule> verticals = rules.stream().filter(Rule::vertical).sorted(Comparator.comparingDouble(Rule::y1)).toList();
    List<Rule> horizontals = rules.stream().filter(Rule::horizontal).toList();
    List<float[]> spans = new ArrayList<>();
    for (Rule v : verticals) {
      float[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && v.y1 <= last[1] + NEAR) {
        last[1] = Math.max(last[1], v.y2);
        last[2] = Math.min(last[2], v.x1);
        last[3] = Math.max(last[3], v.x1);
      } else {
        spans.add(new float[] {v.y1, v.y2, v.x1, v.x1});
      }
    }
    List<Table> tables = new ArrayList<>();
    for (float[] s : spans) {
      List<Rule> vs = verticals.stream().filter(v -> v.y1 >= s[0] - NEAR && v.y2 <= s[1] + NEAR).toList();
      List<Rule> hs = horizontals.stream().filter(h -> h.y1 >= s[0] - NEAR && h.y1 <= s[1] + NEAR
          && h.x2 >= s[2] - NEAR && h.x1 <= s[3] + NEAR).toList();
      float[] xs = cluster(vs.stream().map(Rule::x1).toList());
      float[] ys = cluster(hs.stream().map(Rule::y1).toList());
      if (xs.length >= 2 && ys.length >= 2) {
        tables.add(new Table(xs, ys, vs, hs));
      }
    }
    return tables;
  }

  /** Sorted distinct values, those within {@link #NEAR} of each other as one (their first). */
  static float[] cluster(List<Float> values) {
    float[] v = new float[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
    }
    Arrays.sort(v);
    float[] out = new float[v.length];
    int n = 0;
    for (float x : v) {
      if (n == 0 || x - out[n - 1] > NEAR * 2) {
        out[n++] = x;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** A ruled table: its grid, its rules and the glyphs inside it. */
  static final class Table {
    final float[] xs;
    final float[] ys;
    final List<Rule> verticals;
    final List<Rule> horizontals;
    final List<Glyph> glyphs = new ArrayList<>();

    Table(float[] xs, float[] ys, List<Rule> verticals, List<Rule> horizontals) {
      this.xs = xs;
      this.ys = ys;
      this.verticals = verticals;
      this.horizontals = horizontals;
    }

    boolean holds(Glyph g) {
      float cx = g.x + g.width / 2;
      float cy = g.middleY();
      return cx > xs[0] && cx < xs[xs.length - 1] && cy > ys[0] && cy < ys[ys.length - 1];
    }

    /** True when a vertical rule at grid x index j is drawn across the band between ys[i] and ys[i+1]. */
    private boolean verticalAt(int j, int i) {
      float mid = (ys[i] + ys[i + 1]) / 2;
      return verticals.stream().anyMatch(v -> Math.abs(v.x1 - xs[j]) <= NEAR * 2 && v.y1 <= mid && v.y2 >= mid);
    }

    /** True when a horizontal rule at grid y index i is drawn across grid column j. */
    private boolean horizontalAt(int i, int j) {
      float mid = (xs[j] + xs[j + 1]) / 2;
      return horizontals.stream().anyMatch(h -> Math.abs(h.y1 - ys[i]) <= NEAR * 2 && h.x1 <= mid && h.x2 >= mid);
    }

    /** One item per band that holds text: its cells, merged cells' text in their first row and column. */
    List<Item> rows() {
      int bands = ys.length - 1;
      int cols = xs.length - 1;
      int[][] owner = new int[bands * cols][];
      List<List<Glyph>> cellGlyphs = new ArrayList<>();
      for (int k = 0; k < bands * cols; k++) {
        cellGlyphs.add(new ArrayList<>());
      }
      for (int i = 0; i < bands; i++) {
        for (int j = 0; j < cols; j++) {
          if (j > 0 && !verticalAt(j, i)) {
            owner[i * cols + j] = owner[i * cols + j - 1];
          } else if (i > 0 && !horizontalAt(i, j)) {
            owner[i * cols + j] = owner[(i - 1) * cols + j];
          } else {
            owner[i * cols + j] = new int[] {i, j};
          }
        }
      }
      for (Glyph g : glyphs) {
        int i = index(ys, g.middleY());
        int j = index(xs, g.x + g.width / 2);
        int[] o = owner[i * cols + j];
        cellGlyphs.get(o[0] * cols + o[1]).add(g);
      }
      List<Item> items = new ArrayList<>();
      for (int i = 0; i < bands; i++) {
        List<String> texts = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
          int[] o = owner[i * cols + j];
          texts.add(o[0] == i && o[1] == j ? cellText(cellGlyphs.get(i * cols + j)) : "");
        }
        if (texts.stream().allMatch(String::isEmpty)) {
          continue;
        }
        items.add(row(ys[i], ys[i] + 1, texts));
      }
      return items;
    }

    /** The grid interval (0 … length − 2) a coordinate falls in. */
    private static int index(float[] bounds, float v) {
      for (int k = 1; k < bounds.length - 1; k++) {
        if (v < bounds[k]) {
          return k - 1;
        }
      }
      return bounds.length - 2;
    }
  }

  /** A cell's text: its lines, each with word spaces, joined by a space. */
  static String cellText(List<Glyph> glyphs) {
    StringBuilder b = new StringBuilder();
    for (List<Glyph> l : group(glyphs)) {
      for (Run r : runs(l)) {
        String t = r.text.toString().strip();
        if (!t.isEmpty()) {
          if (b.length() > 0) {
            b.append(' ');
          }
          b.append(t);
        }
      }
    }
    return b.toString();
  }
}
