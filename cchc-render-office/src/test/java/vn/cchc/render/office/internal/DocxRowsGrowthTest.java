package vn.cchc.render.office.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiConsumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * Appendix rows are added to a Word table in time linear in their number. POI's {@code XWPFTable.createRow()}
 * counts the table's rows in the XML on every call (quadratic: 10⁵ rows took over a minute); the renderer's
 * {@code newRow} does not. Shown by the ratio of two times of the same run (10× the rows, at most ~10× the
 * time; a quadratic method gives ~100×), never by a wall-clock limit.
 */
class DocxRowsGrowthTest {
  static final int[] WIDTHS = {850, 3000, 1300, 1050, 1050, 1100, 1900};

  static long nanos(int rows, BiConsumer<XWPFTable, Integer> add) throws Exception {
    long best = Long.MAX_VALUE;
    for (int k = 0; k < 3; k++) {
      try (XWPFDocument doc = new XWPFDocument()) {
        XWPFTable t = doc.createTable(1, WIDTHS.length);
        long start = System.nanoTime();
        for (int i = 0; i < rows; i++) {
          add.accept(t, i);
        }
        best = Math.min(best, System.nanoTime() - start);
      }
    }
    return best;
  }

  @Test
  void tenTimesTheRowsTakesAboutTenTimesAsLong() throws Exception {
    BiConsumer<XWPFTable, Integer> newRow = (t, i) -> DocxFormat.newRow(t, WIDTHS);
    nanos(5_000, newRow); // warm-up
    long small = nanos(5_000, newRow);
    long large = nanos(50_000, newRow);
    assertThat((double) large / small).as("newRow: 5,000 rows %d ms, 50,000 rows %d ms", small / 1_000_000, large / 1_000_000)
        .isLessThan(35.0);
    if (Boolean.getBoolean("cchc.compareCreateRow")) {
      BiConsumer<XWPFTable, Integer> poi = (t, i) -> t.createRow();
      long ps = nanos(5_000, poi);
      long pl = nanos(50_000, poi);
      System.err.printf("newRow 5k %d ms 50k %d ms (%.1fx); createRow 5k %d ms 50k %d ms (%.1fx)%n", small / 1_000_000,
          large / 1_000_000, (double) large / small, ps / 1_000_000, pl / 1_000_000, (double) pl / ps);
    }
  }
}
