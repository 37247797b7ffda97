package vn.cchc.render.internal;

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
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.Language;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.TextRenderer;
import vn.cchc.render.spi.Label;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.rules.DerivedValue;

/**
 * The appendix as one RFC 4180 table: UTF-8 (optionally with a BOM for Excel), CRLF line ends, one
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

  @Override
  public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, Writer out) throws IOException {
    Language l = options.language();
    if (options.csvBom()) {
      out.write('\uFEFF');
    }
    List<String> head = new ArrayList<>(List.of(Label.NUMBER.text(l), Label.ISSUER.text(l), Label.PERIOD.text(l),
        Label.INDICATOR_ID.text(l), Label.CODE.text(l), Label.INDICATOR.text(l), Label.UNIT.text(l),
        Label.STATE.text(l), Label.VALUE.text(l)));
    if (options.includeDerived()) {
      head.add(Label.DERIVED.text(l));
    }
    if (options.includeFindings()) {
      head.add(Label.FINDINGS.text(l));
    }
    head.add(Label.NOTE.text(l));
    row(out, head);
    for (RenderInput in : inputs) {
      Report r = in.report();
      String period = RenderTexts.period(r.period(), Language.VI);
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
        row(out, cells);
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

  private static void row(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write(CRLF);
  }
}
