package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;

/** The standard rules on the real sample report: every finding of docs/fixture-findings.md, and named consistent figures left alone. */
class FixtureFindingsTest {
  private static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  private static List<Finding> findings;

  @BeforeAll
  static void read() throws Exception {
    Catalogue cat = Catalogues.bundled();
    Report report = ReportTextReader.of(cat).read(SAMPLE);
    findings = Checker.check(report, cat).findings();
  }

  private static List<Finding> all() {
    return findings;
  }

  private static Finding one(String rule, String indicatorOrLine) {
    List<Finding> m = all().stream().filter(f -> f.ruleId().equals(rule)
        && (f.indicatorIds().contains(indicatorOrLine)
            || f.location().map(l -> Integer.toString(l.line()).equals(indicatorOrLine)).orElse(false)))
        .collect(Collectors.toList());
    assertThat(m).as(rule + " @ " + indicatorOrLine + " in " + all()).hasSize(1);
    return m.get(0);
  }

  @Test
  void appendixInconsistencies() {
    Finding r = one("ratio.mismatch", "3.4.2");
    assertThat(r.expected()).contains(new BigDecimal("2.6"));
    assertThat(r.actual().get()).isEqualByComparingTo("100");
    one("kind.group-value", "3.1");
    one("ratio.undefined", "2.4");
    one("ratio.undefined", "6.1");
    one("kind.ratio-unit", "7.5.2");
    assertThat(r.explanations()).extracting(Explanation::causeId).first().isEqualTo("cause.part-omitted");
  }

  @Test
  void narrativeTotalAgainstTheAppendix() {
    Finding t = one("narrative.total-appendix", "172");
    assertThat(t.indicatorIds()).containsExactly("3.2.3/denominator");
    assertThat(t.actual().get()).isEqualByComparingTo("182");
    assertThat(t.expected().get()).isEqualByComparingTo("166");
  }

  @Test
  void narrativeAndReferenceInconsistencies() {
    assertThat(one("narrative.fraction-appendix", "15").expected().get()).isEqualByComparingTo("10");
    assertThat(one("narrative.fraction-truncated", "15").actual().get()).isEqualByComparingTo("27.2");
    assertThat(one("narrative.fraction-mismatch", "108").expected().get()).isEqualByComparingTo("94.5");
    one("doc.type-symbol", "27");
    one("doc.type-symbol", "71");
    one("doc.number-symbols", "71");
    one("doc.subject-year", "31");
    one("doc.number-dates", "37");
    Finding decree = one("doc.symbol-year", "132");
    assertThat(decree.severity()).isEqualTo(Severity.WARNING);
    assertThat(decree.messageVi()).contains("Nghị định 130/NĐ-CP").contains("130/<năm>/NĐ-CP");
    // decrees cited with their year are fine
    assertThat(all()).noneMatch(f -> f.ruleId().equals("doc.symbol-year") && f.location().get().line() == 106);
  }

  @Test
  void consistentFiguresAreNotFlagged() {
    for (String id : List.of("1.1", "3.2.3", "3.2.4", "3.2.5", "3.1.3", "4.2.1", "4.2.2", "5.4", "1.5", "7.2")) {
      assertThat(all()).as(id).noneMatch(f -> f.indicatorIds().contains(id) && !f.ruleId().startsWith("narrative"));
    }
    for (int line : new int[] {83, 84, 85, 86, 88, 89, 90, 91, 124, 168, 172}) {
      // line 172's "66/182 TTHC" is arithmetically fine; only its total of procedures disagrees with the appendix
      assertThat(all()).as("line " + line).noneMatch(f -> f.location().map(l -> l.line() == line).orElse(false)
          && !f.ruleId().equals("narrative.total-appendix"));
    }
  }
}
