package vn.cchc.render.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.SourceLocation;
import vn.cchc.render.spi.NarrativeText.Run;

/** The copy's artefacts, as they occur in the real report (docs/samples, lines 84, 146, 164, 207). */
class NarrativeTextTest {
  @Test
  void theRealReportsArtefactsAreCleaned() {
    assertThat(NarrativeText.runs("** Công tác tuyên truyền về chuyển đổi số:*"))
        .containsExactly(new Run("Công tác tuyên truyền về chuyển đổi số:", true));
    assertThat(NarrativeText.runs("sử dụng ứng dụng thông minh (*như ứng dụng C-Thái Nguyên; VssID; PC Covid...*)."))
        .containsExactly(new Run("sử dụng ứng dụng thông minh (", false),
            new Run("như ứng dụng C-Thái Nguyên; VssID; PC Covid...", true), new Run(").", false));
    NarrativeBlock sub = NarrativeBlock.builder().kind(NarrativeBlock.Kind.SUB_BULLET).marker("- +")
        .text("Trước hạn: 1.442 hồ sơ.").location(SourceLocation.of(89, 1)).build();
    assertThat(NarrativeText.marker(sub)).isEqualTo("+");
  }

  @Test
  void whatIsNoKnownArtefactStaysAsWritten() {
    assertThat(NarrativeText.plain("[x](javascript:alert(1)) **đậm** | ô")).isEqualTo("[x](javascript:alert(1)) **đậm** | ô");
    assertThat(NarrativeText.plain("3 * 4 = 12, 5 * 6")).isEqualTo("3 * 4 = 12, 5 * 6");
    assertThat(NarrativeText.runs("")).isEmpty();
  }

  @Test
  void onlyAsterisksAndTheSpaceBesideThemAreEverRemoved() {
    qt().withExamples(2000).forAll(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 40)
        .mix(strings().allPossible().ofLengthBetween(0, 20), 30))
        .checkAssert(s -> {
          String plain = NarrativeText.plain(s);
          assertThat(plain.replace("*", "").replaceAll("\\s", "")).isEqualTo(s.replace("*", "").replaceAll("\\s", ""));
          if (s.indexOf('*') < 0) {
            assertThat(plain).isEqualTo(s);
            assertThat(NarrativeText.runs(s)).allSatisfy(r -> assertThat(r.italic()).isFalse());
          }
        });
  }

  @Test
  void sectionIVsNumberedTasksAreParagraphsAndHeadingsStayHeadings() {
    NarrativeSection task = NarrativeSection.builder().marker("1.").title("Tiếp tục triển khai và thực hiện có hiệu "
        + "quả các nội dung kế hoạch cải cách hành chính năm 2024. Tăng cường sự lãnh đạo của cấp ủy.")
        .location(SourceLocation.of(207, 1)).build();
    NarrativeSection heading = NarrativeSection.builder().marker("1.").title("Về kế hoạch cải cách hành chính")
        .location(SourceLocation.of(11, 1)).build();
    NarrativeSection withBody = NarrativeSection.builder().from(task).blocks(List.of(NarrativeBlock.builder()
        .kind(NarrativeBlock.Kind.PARAGRAPH).text("…").location(SourceLocation.of(208, 1)).marker(Optional.empty())
        .build())).build();
    assertThat(NarrativeText.isNumberedParagraph(task)).isTrue();
    assertThat(NarrativeText.isNumberedParagraph(heading)).isFalse();
    assertThat(NarrativeText.isNumberedParagraph(withBody)).isFalse();
  }
}
