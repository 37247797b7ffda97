package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ReadContext.LineUse;

/** The Nghị định 30 header: one cell per line, or both columns on one line by tab, "|" or spaces. */
class HeaderReaderTest {

  private static HeaderReader.Header read(ReadContext ctx) {
    return new HeaderReader(ctx).read(0, ctx.size());
  }

  private static void assertDinhCa(HeaderReader.Header h) {
    assertThat(h.number().map(n -> n.sequence() + "/" + n.firstPart() + "-" + n.secondPart())).contains("45/BC-UBND");
    assertThat(h.date()).contains(LocalDate.of(2024, 3, 12));
    assertThat(h.place()).contains("Đình Cả");
    assertThat(h.draft()).isFalse();
    assertThat(h.issuer()).hasValueSatisfying(u -> {
      assertThat(u.asWritten()).isEqualTo("UBND THỊ TRẤN ĐÌNH CẢ");
      assertThat(u.unitType()).isEqualTo(AdministrativeUnitType.TOWNSHIP);
      assertThat(u.level()).isEqualTo(AdministrativeLevel.COMMUNE);
      assertThat(u.superior()).contains("UBND HUYỆN VÕ NHAI");
    });
    assertThat(h.superior()).contains("UBND HUYỆN VÕ NHAI");
  }

  @Test
  void oneCellPerLine() {
    ReadContext ctx = Zone.ctx("UBND HUYỆN VÕ NHAI", "UBND THỊ TRẤN ĐÌNH CẢ", "-------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Số: 45/BC-UBND",
        "Đình Cả, ngày 12 tháng 03 năm 2024");
    HeaderReader.Header h = read(ctx);
    assertDinhCa(h);
    assertThat(h.numberAt()).contains(SourceLocation.of(7, 1));
    assertThat(h.dateAt()).contains(SourceLocation.of(8, 1));
    assertThat(h.issuerAt()).contains(SourceLocation.of(2, 1));
    assertThat(ctx.problems()).isEmpty();
    assertThat(ctx.uses()).containsOnly(LineUse.HEADER);
  }

  @Test
  void twoColumnsSeparatedByATab() {
    ReadContext ctx = Zone.ctx("UBND HUYỆN VÕ NHAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "UBND THỊ TRẤN ĐÌNH CẢ\tĐộc lập - Tự do - Hạnh phúc", "-------\t---------------",
        "Số: 45/BC-UBND\tĐình Cả, ngày 12 tháng 03 năm 2024");
    HeaderReader.Header h = read(ctx);
    assertDinhCa(h);
    assertThat(h.numberAt()).contains(SourceLocation.of(4, 1));
    assertThat(h.dateAt()).contains(SourceLocation.of(4, 16));
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void twoColumnsSeparatedByAPipe() {
    ReadContext ctx = Zone.ctx("UBND HUYỆN VÕ NHAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "UBND THỊ TRẤN ĐÌNH CẢ | Độc lập - Tự do - Hạnh phúc", "------- | ---------------",
        "Số: 45/BC-UBND | Đình Cả, ngày 12 tháng 03 năm 2024");
    HeaderReader.Header h = read(ctx);
    assertDinhCa(h);
    assertThat(h.dateAt()).contains(SourceLocation.of(4, 18));
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void twoColumnsAlignedWithRunsOfSpaces() {
    ReadContext ctx = Zone.ctx("UBND HUYỆN VÕ NHAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "UBND THỊ TRẤN ĐÌNH CẢ          Độc lập - Tự do - Hạnh phúc",
        "Số: 45/BC-UBND               Đình Cả, ngày 12 tháng 03 năm 2024");
    HeaderReader.Header h = read(ctx);
    assertDinhCa(h);
    assertThat(h.numberAt()).contains(SourceLocation.of(3, 1));
    assertThat(h.dateAt()).contains(SourceLocation.of(3, 30));
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void blanksTypedIntoTheNumberAreNotAColumnGap() {
    ReadContext ctx = Zone.ctx("UBND HUYỆN VÕ NHAI", "UBND THỊ TRẤN ĐÌNH CẢ", "Số:     45/BC-UBND",
        "Đình Cả, ngày 12 tháng 03 năm 2024");
    HeaderReader.Header h = read(ctx);
    assertDinhCa(h);
    assertThat(h.number().get().asWritten()).isEqualTo("45/BC-UBND");
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void spacesBeforeTheSlashAreRemovedAndSaidSo() {
    ReadContext ctx = Zone.ctx("UBND HUYỆN VÕ NHAI", "UBND THỊ TRẤN ĐÌNH CẢ", "Số: 31  /BC-UBND",
        "Đình Cả, ngày 12 tháng 03 năm 2024");
    HeaderReader.Header h = read(ctx);
    assertThat(h.number()).hasValueSatisfying(n -> {
      assertThat(n.sequence()).isEqualTo(31);
      assertThat(n.firstPart()).isEqualTo("BC");
      assertThat(n.secondPart()).isEqualTo("UBND");
      assertThat(n.asWritten()).isEqualTo("31  /BC-UBND");
    });
    assertThat(h.numberBlank()).isFalse();
    assertThat(Zone.problems(ctx)).containsExactly("3:1 REPAIRED_TEXT INFO");
  }

  @Test
  void aDraftHasABlankNumberAndDate() {
    ReadContext ctx = Zone.ctx("UBND HUYỆN VÕ NHAI", "UBND THỊ TRẤN ĐÌNH CẢ", "Số:      /BC-UBND",
        "Đình Cả, ngày   tháng 01 năm 2024", "DỰ THẢO");
    HeaderReader.Header h = read(ctx);
    assertThat(h.draft()).isTrue();
    assertThat(h.number()).isEmpty();
    assertThat(h.numberBlank()).isTrue();
    assertThat(h.numberAt()).contains(SourceLocation.of(3, 1));
    assertThat(h.date()).isEmpty();
    assertThat(h.dateBlank()).isTrue();
    assertThat(h.place()).contains("Đình Cả");
    assertThat(h.issuer().map(u -> u.unitName())).contains("ĐÌNH CẢ");
    assertThat(Zone.problems(ctx)).containsExactly("5:1 DRAFT INFO");
  }

  @Test
  void aDraftWithItsBlankNumberAndDateOnOneLineAlignedWithSpaces() {
    ReadContext ctx = Zone.ctx("UBND HUYỆN VÕ NHAI", "UBND THỊ TRẤN ĐÌNH CẢ",
        "Số:      /BC-UBND           Đình Cả, ngày     tháng 01 năm 2024", "(DỰ THẢO)");
    HeaderReader.Header h = read(ctx);
    assertThat(h.draft()).isTrue();
    assertThat(h.numberBlank()).isTrue();
    assertThat(h.dateBlank()).isTrue();
    assertThat(h.dateAt()).contains(SourceLocation.of(3, 29));
    assertThat(h.place()).contains("Đình Cả");
    assertThat(Zone.problems(ctx)).containsExactly("4:1 DRAFT INFO");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DỰ THẢO", "Dự thảo", "(DỰ THẢO)", "[Dự thảo lần 2]"})
  void draftMarks(String mark) {
    ReadContext ctx = Zone.ctx("UBND THỊ TRẤN ĐÌNH CẢ", mark);
    assertThat(read(ctx).draft()).isTrue();
    assertThat(Zone.problems(ctx)).containsExactly("2:1 DRAFT INFO");
  }

  @Test
  void aDateThatDoesNotExistIsAnErrorOnItsLine() {
    ReadContext ctx = Zone.ctx("UBND HUYỆN VÕ NHAI", "UBND THỊ TRẤN ĐÌNH CẢ", "Số: 45/BC-UBND",
        "Đình Cả, ngày 31 tháng 02 năm 2024");
    HeaderReader.Header h = read(ctx);
    assertThat(h.date()).isEmpty();
    assertThat(h.dateBlank()).isFalse();
    assertThat(Zone.problems(ctx)).containsExactly("4:1 INVALID_DATE ERROR");
    assertThat(ctx.use(3)).isEqualTo(LineUse.PROBLEM);
  }

  @Test
  void aNumberThatIsNotOneAndAStrangeLineAreErrors() {
    ReadContext ctx = Zone.ctx("UBND HUYỆN VÕ NHAI", "UBND THỊ TRẤN ĐÌNH CẢ", "Số: abc", "Hôm nay trời đẹp");
    HeaderReader.Header h = read(ctx);
    assertThat(h.number()).isEmpty();
    assertThat(h.numberBlank()).isFalse();
    assertThat(Zone.problems(ctx)).containsExactly("3:1 INVALID_METADATA ERROR", "4:1 UNRECOGNISED_LINE ERROR");
    assertThat(ctx.problems().get(1).offendingText()).isEqualTo("Hôm nay trời đẹp");
  }

  @Test
  void placeAndDateWithoutAPlace() {
    ReadContext ctx = Zone.ctx("UBND XÃ LẠC DƯƠNG", "ngày 20 tháng 12 năm 2025");
    HeaderReader.Header h = read(ctx);
    assertThat(h.date()).contains(LocalDate.of(2025, 12, 20));
    assertThat(h.place()).isEmpty();
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void isHeaderLineTellsHeaderLinesFromNarrative() {
    assertThat(HeaderReader.isHeaderLine("UBND HUYỆN VÕ NHAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).isTrue();
    assertThat(HeaderReader.isHeaderLine("Số:      /BC-UBND           Đình Cả, ngày     tháng 01 năm 2024")).isTrue();
    assertThat(HeaderReader.isHeaderLine("-------")).isTrue();
    assertThat(HeaderReader.isHeaderLine("Căn cứ Kế hoạch cải cách hành chính năm 2024, UBND thị trấn")).isFalse();
    assertThat(HeaderReader.isHeaderPart("Độc lập – Tự do – Hạnh phúc")).isTrue();
  }
}
