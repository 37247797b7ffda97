package vn.cchc.read.office;

/**
 * One line of the text a file was turned into, with where in the file it came from.
 *
 * @param text the line, NFC, without line end
 * @param origin where it came from in the file's own terms ("paragraph 12", "table 3, row 5",
 *     "Sheet1, row 17", "page 2, line 14"), or null for a separating blank line (see {@link #placed()})
 * @param cellColumns for a line of table cells, the 1-based code-point column where each cell starts
 * @param cellOrigins for a line of table cells, where each cell came from ("table 3, row 5, cell 2",
 *     "Sheet1!D17"), in the order of {@code cellColumns}
 */
record SourceLine(String text, FileOrigin origin, int[] cellColumns, FileOrigin[] cellOrigins) {
  private static final FileOrigin[] NO_CELLS = new FileOrigin[0];

  /** A blank line between blocks, from nowhere in particular. */
  static final SourceLine BLANK = new SourceLine("", null, new int[0], NO_CELLS);

  SourceLine {
    if (cellColumns.length != cellOrigins.length) {
      throw new IllegalArgumentException(cellColumns.length + " cell columns but " + cellOrigins.length + " origins");
    }
  }

  /** {@return a line that is not made of cells} */
  static SourceLine of(String text, FileOrigin origin) {
    return new SourceLine(text, origin, new int[0], NO_CELLS);
  }

  /**
   * A line of table cells joined by tabs.
   *
   * @param cells the cells' texts, without tabs
   * @param origin where the line came from
   * @param cellOrigins where each cell came from
   * @return the line
   */
  static SourceLine ofCells(java.util.List<String> cells, FileOrigin origin, FileOrigin[] cellOrigins) {
    return new SourceLine(String.join("\t", cells), origin, cellColumns(cells), cellOrigins);
  }

  /** {@return the 1-based code-point column where each cell starts once the cells are joined by tabs} */
  static int[] cellColumns(java.util.List<String> cells) {
    int[] columns = new int[cells.size()];
    int column = 1;
    for (int i = 0; i < cells.size(); i++) {
      columns[i] = column;
      String t = cells.get(i);
      column += t.codePointCount(0, t.length()) + 1;
    }
    return columns;
  }

  /** {@return true for a line from somewhere in the file, false for a separating blank line} */
  boolean placed() {
    return origin != null;
  }

  /** {@return where the text at a 1-based code-point column came from: its cell's origin, else the line's} */
  FileOrigin originAt(int column) {
    FileOrigin o = origin;
    for (int k = 0; k < cellColumns.length; k++) {
      if (cellColumns[k] <= column) {
        o = cellOrigins[k];
      }
    }
    return o;
  }
}
