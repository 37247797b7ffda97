package vn.cchc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;

/** {@link Report#withValue}: one row's value replaced, everything else as it was, on the real sample. */
class ReportWithValueTest {
  private static Report sample;

  @BeforeAll
  static void read() throws Exception {
    sample = ReportTextReader.of(Catalogues.bundled())
        .read(Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
  }

  @Test
  void replacesOneRowsValueAndKeepsEverythingElse() {
    List<AppendixEntry> rows = sample.appendix();
    qt().withExamples(200).forAll(integers().between(0, rows.size() - 1), longs().between(0, 10_000_000L))
        .checkAssert((i, n) -> {
          AppendixEntry row = rows.get(i);
          IndicatorValue value = CountValue.of(n, Optional.empty(), Long.toString(n));
          Report changed = sample.withValue(row.indicatorId(), value);
          assertThat(changed.value(row.indicatorId())).contains(value);
          AppendixEntry now = changed.entry(row.indicatorId()).orElseThrow();
          assertThat(now.location()).isEqualTo(row.location());
          assertThat(now.label()).isEqualTo(row.label());
          assertThat(now.unitAsWritten()).isEqualTo(row.unitAsWritten());
          assertThat(changed.appendix()).hasSameSizeAs(rows);
          for (int k = 0; k < rows.size(); k++) {
            if (k != i) {
              assertThat(changed.appendix().get(k)).isSameAs(rows.get(k));
            }
          }
          assertThat(changed.sections()).isEqualTo(sample.sections());
          assertThat(sample.value(row.indicatorId())).contains(row.value()); // the original is unchanged
        });
  }

  @Test
  void aRowTheReportLacksIsRefusedByName() {
    assertThatThrownBy(() -> sample.withValue("9.9.9", NotApplicableValue.of("-")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("9.9.9").hasMessageContaining(sample.numberOrDraft());
  }
}
