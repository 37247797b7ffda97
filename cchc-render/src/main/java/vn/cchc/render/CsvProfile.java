package vn.cchc.render;

/**
 * Which reader a CSV file is written for.
 *
 * <ul>
 *   <li>{@link #PIPELINE}, the default: RFC 4180 — comma separator, CRLF, UTF-8 without byte-order mark (unless
 *       {@link RenderOptions#csvBom()}), numbers with "." decimals and no grouping, what pandas, R and databases
 *       read;</li>
 *   <li>{@link #SPREADSHEET}: what a spreadsheet in a Vietnamese locale opens by double-click — a UTF-8 byte-order
 *       mark, ";" separator, "," decimals ({@code 99,3}), and codes, ids and labels that the spreadsheet would
 *       read as a number or a date ({@code 1.1}, {@code 7.6}) written as a text formula {@code ="1.1"}.</li>
 * </ul>
 * Column names are the same stable identifiers in both, whatever the language.
 */
public enum CsvProfile {
  /** RFC 4180, "." decimals. */
  PIPELINE,
  /** BOM, ";" separator, "," decimals, codes kept as text. */
  SPREADSHEET
}
