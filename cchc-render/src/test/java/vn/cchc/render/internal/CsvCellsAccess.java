package vn.cchc.render.internal;

/** Test access to the CSV cell rule. */
public final class CsvCellsAccess {
  private CsvCellsAccess() {}

  public static String cell(String raw) {
    return CsvFormat.cell(raw);
  }
}
