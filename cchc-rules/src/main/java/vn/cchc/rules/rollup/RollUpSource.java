package vn.cchc.rules.rollup;

import java.util.List;
import java.util.Optional;
import vn.cchc.model.Report;
import vn.cchc.rules.Finding;

/**
 * One report given to a {@link UnitRollUp}: an id that names it in the output (usually its file name),
 * the report, its findings (from {@code Checker.check}), and the unit's code when the caller knows it.
 *
 * @param id the name shown wherever a figure says where it came from, e.g. "bc-45-dinh-ca.txt"
 * @param report the report
 * @param findings the report's findings; those of severity ERROR mark it in the roll-up
 * @param unitCode the code of the reporting unit in the registry, when known; else the issuer's name places it
 */
public record RollUpSource(String id, Report report, List<Finding> findings, Optional<String> unitCode) {

  /**
   * Checks the parts.
   *
   * @param id the name shown wherever a figure says where it came from, e.g. "bc-45-dinh-ca.txt"
   * @param report the report
   * @param findings the report's findings; those of severity ERROR mark it in the roll-up
   * @param unitCode the code of the reporting unit in the registry, when known; else the issuer's name places it
   * @throws IllegalArgumentException when a part is null or the id is blank
   */
  public RollUpSource {
    if (id == null || report == null || findings == null || unitCode == null) {
      throw new IllegalArgumentException("a roll-up source needs an id, a report, findings and an optional unit code");
    }
    if (id.isBlank()) {
      throw new IllegalArgumentException("a roll-up source's id must not be blank");
    }
    findings = List.copyOf(findings);
  }

  /**
   * A source placed by its issuer's name.
   *
   * @param id the id
   * @param report the report
   * @param findings its findings
   * @return the source
   */
  public static RollUpSource of(String id, Report report, List<Finding> findings) {
    return new RollUpSource(id, report, findings, Optional.empty());
  }

  /** {@return how many findings of severity ERROR the report has} */
  public long errors() {
    return findings.stream().filter(f -> f.severity() == vn.cchc.rules.Severity.ERROR).count();
  }
}
