package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.model.SourceLocation;

/**
 * Each limit of the text reader (the constants of {@link ReportTextReader}) is read at the limit and refused one
 * past it: one {@link ProblemKind#INPUT_TOO_LARGE} error where the limit was crossed, naming the limit, and no
 * report.
 */
class ReaderLimitsTest {
  private static final String SAMPLE = Fixture.text();
  private static final String NOI_NHAN = "Nơi nhận:";
  /** The 1-based number of the line the sample's "Nơi nhận:" is on: text put before it starts there. */
  private static final int INSERTED_LINE = (int) SAMPLE.substring(0, SAMPLE.indexOf(NOI_NHAN)).lines().count() + 1;

  private static String beforeNoiNhan(String inserted) {
    int at = SAMPLE.indexOf(NOI_NHAN);
    return SAMPLE.substring(0, at) + inserted + SAMPLE.substring(at);
  }

  private static List<ReadProblem> tooLarge(ReadResult r) {
    return r.problems().stream().filter(p -> p.kind() == ProblemKind.INPUT_TOO_LARGE).toList();
  }

  private static void readAtTheLimit(String text) {
    ReadResult r = Fixture.READER.readTextLenient(text);
    assertThat(tooLarge(r)).isEmpty();
    assertThat(r.report()).isPresent();
  }

  private static ReadProblem refusedPastTheLimit(String text, String constant) {
    ReadResult r = Fixture.READER.readTextLenient(text);
    assertThat(r.report()).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.INPUT_TOO_LARGE);
      assertThat(p.severity()).isEqualTo(ProblemSeverity.ERROR);
      assertThat(p.message()).contains("ReportTextReader." + constant).contains("more than");
      assertThat(p.offendingText().length()).isLessThanOrEqualTo(81);
    });
    return r.problems().get(0);
  }

  @Test
  void aLineOfMaxLineLengthCharactersIsReadAndOneMoreIsRefusedAtItsColumn() {
    int max = ReportTextReader.MAX_LINE_LENGTH;
    String prefix = "Ghi chú: ";
    readAtTheLimit(beforeNoiNhan(prefix + "x".repeat(max - prefix.length()) + "\n\n"));
    ReadProblem p = refusedPastTheLimit(beforeNoiNhan(prefix + "x".repeat(max - prefix.length() + 1) + "\n\n"),
        "MAX_LINE_LENGTH");
    assertThat(p.location()).isEqualTo(SourceLocation.of(INSERTED_LINE, max + 1));
    assertThat(p.message()).contains("1,000,000 characters on a line");
  }

  /** A paragraph of {@code lines} hard-wrapped lines, the first {@code first} characters long, the others 999. */
  private static String paragraph(int first, int lines) {
    StringBuilder sb = new StringBuilder("C").append("c".repeat(first - 1)).append('\n');
    for (int i = 1; i < lines; i++) {
      sb.append("c".repeat(999)).append('\n');
    }
    return sb.append('\n').toString();
  }

  @Test
  void aParagraphOfMaxParagraphLengthCharactersIsReadAndOneMoreIsRefusedAtTheLineThatCrossedIt() {
    // 1,000 lines joined by 999 spaces: 1,000 + 999 × 999 + 999 = 1,000,000 characters
    assertThat(1_000 + 999 * 999 + 999).isEqualTo(ReportTextReader.MAX_PARAGRAPH_LENGTH);
    readAtTheLimit(beforeNoiNhan(paragraph(1_000, 1_000)));
    ReadProblem p = refusedPastTheLimit(beforeNoiNhan(paragraph(1_001, 1_000)), "MAX_PARAGRAPH_LENGTH");
    assertThat(p.location()).isEqualTo(SourceLocation.of(INSERTED_LINE + 999, 1));
  }

  private static String references(int n) {
    return "Căn cứ " + "Kế hoạch số 06/KH-UBND; ".repeat(n) + "và các văn bản khác.\n\n";
  }

  @Test
  void maxReferencesAreReadAndOneMoreIsRefusedAtIt() {
    int inSample = Fixture.READER.readTextLenient(SAMPLE).report().orElseThrow().references().size();
    assertThat(inSample).isPositive();
    int max = ReportTextReader.MAX_REFERENCES;
    ReadResult atLimit = Fixture.READER.readTextLenient(beforeNoiNhan(references(max - inSample)));
    assertThat(tooLarge(atLimit)).isEmpty();
    assertThat(atLimit.report().orElseThrow().references()).hasSize(max);
    ReadProblem p = refusedPastTheLimit(beforeNoiNhan(references(max - inSample + 1)), "MAX_REFERENCES");
    assertThat(p.location().line()).isEqualTo(INSERTED_LINE);
    assertThat(p.offendingText()).contains("06/KH-UBND");
  }

  private static String recipients(int n) {
    return SAMPLE.replace("- UBND huyện;\n", "- Phòng Nội vụ;\n".repeat(n));
  }

  @Test
  void maxRecipientsAreReadAndOneMoreIsRefusedAtIt() {
    int inSample = Fixture.READER.readTextLenient(SAMPLE).report().orElseThrow().recipients().size();
    int max = ReportTextReader.MAX_RECIPIENTS;
    ReadResult atLimit = Fixture.READER.readTextLenient(recipients(max - inSample + 1));
    assertThat(tooLarge(atLimit)).isEmpty();
    assertThat(atLimit.report().orElseThrow().recipients()).hasSize(max);
    int firstRecipientLine = (int) SAMPLE.substring(0, SAMPLE.indexOf("- UBND huyện;")).lines().count() + 1;
    // the one past the limit is then the sample's last recipient, below the copies
    ReadProblem p = refusedPastTheLimit(recipients(max - inSample + 2), "MAX_RECIPIENTS");
    assertThat(p.location()).isEqualTo(SourceLocation.of(firstRecipientLine + max, 1));
  }

  private static String rows(int n) {
    StringBuilder sb = new StringBuilder("STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú\n");
    for (int i = 0; i < n; i++) {
      sb.append("1.1.\tTỷ lệ hoàn thành kế hoạch CCHC năm (lũy kể đến thời điểm báo cáo)\t%\t30%\t\n");
    }
    return sb.toString();
  }

  @Test
  void maxRowsAreReadAndOneMoreIsRefusedAtIt() {
    int max = ReportTextReader.MAX_ROWS;
    ReadResult atLimit = Fixture.READER.readTextLenient(rows(max));
    assertThat(tooLarge(atLimit)).isEmpty();
    assertThat(atLimit.problems()).filteredOn(p -> p.kind() == ProblemKind.DUPLICATE_ROW).hasSize(max - 1);
    ReadProblem p = refusedPastTheLimit(rows(max + 1), "MAX_ROWS");
    assertThat(p.location()).isEqualTo(SourceLocation.of(max + 2, 1));
  }
}
