package vn.cchc.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of {@code cchc aggregate} that roll reports up by administrative unit (a picocli mixin, kept apart
 * from {@link AggregateCommand} so that the command's reading loop can change without touching them).
 */
final class UnitAggregateOptions {
  /** The levels a roll-up groups by. */
  enum Level { district, province }

  @Option(names = "--units", paramLabel = "UNITS", description = {"the administrative units: the national list of unit "
      + "codes (CSV with Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp) or a unit list (Mã, Tên, Cấp, "
      + "Mã cấp trên), as CSV or JSON (*.json). Places each report's issuer, groups, lists who did not report and "
      + "who reported late."})
  Path units;

  @Option(names = "--by", paramLabel = "LEVEL", defaultValue = "district",
      description = "with --units: group by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); a commune directly "
          + "under its province (after 1/7/2025) is grouped under the province")
  Level by;

  @Option(names = "--exclude-errors", description = "with --units: leave reports with error findings out of every "
      + "total (their rows stay, marked)")
  boolean excludeErrors;

  @Option(names = "--target", paramLabel = "ID=PCT", description = "with --units: a target drawn on the charts, "
      + "e.g. --target 3.4.2=95 (repeatable)")
  Map<String, BigDecimal> targets = new LinkedHashMap<>();

  @Option(names = "--indicators", paramLabel = "ID", split = ",", description = "with --units: the key indicators "
      + "of the table and charts (default: 3.4.2, 3.2.4, 3.2.5 for communes; 3.4.1, 3.2.4, 3.2.5 above)")
  List<String> indicators;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "with --units: the output file, written "
      + "whole or not at all (default: standard output; xlsx needs it)")
  Path output;

  boolean requested() {
    return units != null;
  }
}
