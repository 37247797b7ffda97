package vn.cchc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;

/**
 * {@link ImmutableAppendixEntry} stores the source line only when it is not the row's cells joined by tabs. What
 * must hold: the accessor returns exactly the line given, whichever way the entry was built or copied; equality,
 * hash code and text are those of the generated class it replaces (all eight attributes, the same formula); and
 * the real report's rows are mostly of the kind that is not stored (else the change saves nothing).
 */
class AppendixEntrySourceLineTest {
  private static final String[] CELLS = {"", "1.1.", "3.2.4", "Trong đó", "Tỷ lệ hồ sơ", "Số nhiệm vụ đề ra", "%",
      "Hồ sơ", "x\ty", " ", "Ghi chú", "ế"};

  private static String pick(SplittableRandom r) {
    return CELLS[r.nextInt(CELLS.length)];
  }

  /** {@return the hash code the Immutables-generated class computed} */
  private static int generatedHash(AppendixEntry e, String line) {
    int h = 5381;
    h += (h << 5) + e.indicatorId().hashCode();
    h += (h << 5) + Objects.hashCode(e.codeAsWritten().orElse(null));
    h += (h << 5) + e.label().hashCode();
    h += (h << 5) + e.unitAsWritten().hashCode();
    h += (h << 5) + e.value().hashCode();
    h += (h << 5) + Objects.hashCode(e.note().orElse(null));
    h += (h << 5) + e.location().hashCode();
    h += (h << 5) + line.hashCode();
    return h;
  }

  @Test
  void theSourceLineIsTheOneGivenWhetherStoredOrBuiltFromTheCells() {
    qt().withExamples(2000).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      String code = r.nextBoolean() ? "1.1." : "";
      String label = "Tỷ lệ hồ sơ" + (r.nextBoolean() ? "" : pick(r)).strip();
      String unit = pick(r).strip();
      int n = r.nextInt(2000);
      IndicatorValue value = r.nextBoolean() ? CountValue.of(n, Optional.of(Unit.DOSSIER), String.valueOf(n))
          : NotReportedValue.of();
      String note = pick(r).strip();
      String joined = code + "\t" + label + "\t" + unit + "\t" + value.asWritten() + "\t" + note;
      String line = switch (r.nextInt(5)) {
        case 0, 1 -> joined;
        case 2 -> joined + "\t"; // an extra empty cell
        case 3 -> "\t" + joined.substring(1 + r.nextInt(Math.max(1, joined.length() - 1)) / 2);
        default -> joined.replace('\t', ' ');
      };
      AppendixEntry e = AppendixEntry.builder().indicatorId("1.1").codeAsWritten(code.isEmpty() ? Optional.empty()
          : Optional.of(code)).label(label).unitAsWritten(unit).value(value)
          .note(note.isEmpty() ? Optional.empty() : Optional.of(note)).location(SourceLocation.of(3, 1))
          .sourceLine(line).build();
      assertThat(e.sourceLine()).isEqualTo(line);
      assertThat(e.hashCode()).isEqualTo(generatedHash(e, line));
      assertThat(e.toString()).endsWith(", sourceLine=" + line + "}");
      // copies and changes keep the line as given, even when it no longer is the cells joined
      ImmutableAppendixEntry copy = ImmutableAppendixEntry.copyOf(e);
      assertThat(AppendixEntry.builder().from(e).build()).isEqualTo(e).hasSameHashCodeAs(e);
      ImmutableAppendixEntry relabelled = copy.withLabel(label + " mới");
      assertThat(relabelled.sourceLine()).isEqualTo(line);
      assertThat(relabelled.withLabel(label)).isEqualTo(e);
      assertThat(copy.withValue(NotApplicableValue.of()).sourceLine()).isEqualTo(line);
      assertThat(copy.withNote("khác").withNote(Optional.empty()).sourceLine()).isEqualTo(line);
      // another line is another entry, and back again the same one
      String other = r.nextBoolean() ? joined : line + " ";
      ImmutableAppendixEntry moved = copy.withSourceLine(other);
      assertThat(moved.sourceLine()).isEqualTo(other);
      assertThat(moved.equals(e)).isEqualTo(other.equals(line));
      assertThat(moved.withSourceLine(line)).isEqualTo(e).hasSameHashCodeAs(e);
    });
  }

  @Test
  void mostRowsOfTheRealReportAreTheirCellsJoined() throws Exception {
    Report report = ReportTextReader.of(Catalogues.bundled())
        .read(java.nio.file.Path.of("../docs/samples/bc-45-ubnd-dinh-ca-2024-q1.txt"));
    long joined = report.appendix().stream().filter(e -> AppendixEntry.isCellsJoined(e.sourceLine(),
        e.codeAsWritten().orElse(null), e.label(), e.unitAsWritten(), e.value(), e.note().orElse(null))).count();
    assertThat(report.appendix()).hasSize(121);
    assertThat(joined).isEqualTo(102);
  }
}
