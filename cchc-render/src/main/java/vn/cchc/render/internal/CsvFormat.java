package vn.cchc.render.internal;

import java.util.Locale;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.unbescape.csv.CsvEscape;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodedValue;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.Report;
import vn.cchc.render.CsvProfile;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.TextRenderer;
import vn.cchc.render.spi.Label;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.rules.DerivedValue;

/**
 * The appendix as one table for a pipeline ({@link CsvProfile#PIPELINE}, the default) or a spreadsheet
 * ({@link CsvProfile#SPREADSHEET}: BOM, ";", decimal comma, number-like texts as {@code ="1.1"}); column names are
 * the identifiers of {@link #COLUMNS} in every language. The pipeline profile is one RFC 4180 table: UTF-8 (optionally with a BOM for Excel), CRLF line ends, one
 * header row, then one row per appendix entry of every report, each row naming its report. Values
 * are machine-readable: plain decimals with a "." ({@code 99.3}), the code of a coded answer,
 * "-" for not applicable and an empty cell for not reported, with the state in its own column.
 *
 * <p>Formula injection: a cell that starts with {@code = + - @}, a tab or a carriage return is
 * prefixed with an apostrophe (OWASP's advice), so Excel and LibreOffice show it as text. Two kinds of
 * cell are left as they are because no spreadsheet reads them as a formula: a plain decimal number
 * ({@code -12}, {@code 99.3}: the whole cell matches {@code -?[0-9]+(\.[0-9]+)?}) and the lone "-" of
 * a not-applicable value. Any other cell starting with "-" ({@code -2+3}) is neutralised.
 */
final class CsvFormat implements TextRenderer {
  static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("csv",
      "RFC 4180 CSV of the appendix, UTF-8, formula-injection safe (option: BOM for Excel)",
      "text/csv; charset=UTF-8", "csv", false);
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final String CRLF = "\r\n";
  /**
   * A text a spreadsheet would take for a number or a date: digits with "." "," "/" "-" ":" "%" and spaces
   * ("1.1", "7.6", "12/03", "2024").
   */
  private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9.,/:%\\- ]*[0-9][0-9.,/:%\\- ]*");
  /** Column names: the same identifiers in every language and profile, for programs that select columns by name. */
  static final List<String> COLUMNS = List.of("number", "issuer", "period", "indicator_id", "code", "label", "unit",
      "state", "value");

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** The cell made safe for a spreadsheet, then quoted as RFC 4180 requires. */
  static String cell(String raw) {
    String s = DisplayWidth.nfc(raw);
    if (!s.isEmpty() && !s.equals("-") && !PLAIN_NUMBER.matcher(s).matches()) {
      char c = s.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        s = "'" + s;
      }
    }
    return CsvEscape.escapeCsv(s);
  }

  /**
   * A cell for a spreadsheet in a Vietnamese locale (";" separator): made safe as {@link #cell(String)}; a text
   * that the spreadsheet would read as a number or a date is written as the text formula {@code ="1.1"}, which
   * Excel and LibreOffice show as the text; quoted when it holds ";", a quote or a line break.
   *
   * @param raw the cell
   * @param text whether the cell is text (a code, a label) rather than a number
   */
  static String spreadsheetCell(String raw, boolean text) {
    String s = DisplayWidth.nfc(raw);
    if (!s.isEmpty() && !s.equals("-") && !PLAIN_NUMBER.matcher(s).matches()) {
      char c = s.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        s = "'" + s;
      }
    }
    if (text && !s.isEmpty() && !s.equals("-") && s.length() <= 255 && NUMBER_LIKE.matcher(s).matches()) {
      s = "=\"" + s + "\"";
    }
    if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  @Override
  public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, Writer out) throws IOException {
    Locale l = options.locale();
    boolean sheet = options.csvProfile() == CsvProfile.SPREADSHEET;
    if (options.csvBom() || sheet) {
      out.write('\uFEFF');
    }
    List<String> head = new ArrayList<>(COLUMNS);
    if (options.includeDerived()) {
      head.add("derived");
    }
    if (options.includeFindings()) {
      head.add("findings");
    }
    head.add("note");
    row(out, head, sheet, -1, -1);
    int valueCol = head.indexOf("value");
    int derivedCol = head.indexOf("derived");
    for (RenderInput in : inputs) {
      Report r = in.report();
      String period = RenderTexts.period(r.period(), RenderOptions.VIETNAMESE);
      for (AppendixEntry e : r.appendix()) {
        List<String> cells = new ArrayList<>(head.size());
        cells.add(r.numberOrDraft());
        cells.add(r.issuer().displayName());
        cells.add(period);
        cells.add(e.indicatorId());
        cells.add(Rows.code(e));
        cells.add(e.label());
        cells.add(e.unitAsWritten());
        cells.add(e.value().state().name());
        cells.add(value(e.value()));
        if (options.includeDerived()) {
          cells.add(in.derivedFor(e.indicatorId()).flatMap(DerivedValue::value)
              .map(v -> v.setScale(Math.min(v.scale(), 4), java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                  .toPlainString())
              .orElse(in.derivedFor(e.indicatorId()).isPresent() ? Label.UNDEFINED.text(l) : ""));
        }
        if (options.includeFindings()) {
          cells.add(RenderTexts.findings(in.findingsFor(e.indicatorId()), l));
        }
        cells.add(e.note().orElse(""));
        row(out, cells, sheet, valueCol, derivedCol);
      }
    }
    out.flush();
  }

  static String value(IndicatorValue v) {
    switch (v.state()) {
      case COUNT:
      case PERCENTAGE:
      case MONEY:
        BigDecimal n = v.number().orElseThrow();
        return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
      case CODED:
        return Integer.toString(((CodedValue) v).code());
      case NOT_APPLICABLE:
        return "-";
      default:
        return "";
    }
  }

  private static void row(Writer out, List<String> cells, boolean sheet, int valueCol, int derivedCol)
      throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(sheet ? ';' : ',');
      }
      String c = cells.get(i);
      if (!sheet) {
        out.write(cell(c));
      } else if ((i == valueCol || i == derivedCol) && PLAIN_NUMBER.matcher(c).matches()) {
        out.write(c.replace('.', ',')); // a number with the decimal comma of the Vietnamese locale
      } else {
        out.write(spreadsheetCell(c, true));
      }
    }
    out.write(CRLF);
  }
}
