package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.cchc.model.CodedValue;
import vn.cchc.model.CountValue;
import vn.cchc.model.MoneyValue;
import vn.cchc.model.Report;
import vn.cchc.model.Unit;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;

/** A province's own catalogue (test resource province-variant.json) drives the text reader the same way. */
class UserCatalogueReadTest {

  @Test
  void rowsAreMatchedToTheUsersCatalogueWithItsOwnUnits() throws IOException {
    Catalogue province;
    try (InputStream in = getClass().getResourceAsStream("/vn/cchc/model/catalogue/province-variant.json")) {
      province = Catalogues.read(in);
    }
    String text = StrictModeTest.HEADER_FORM + String.join("\n",
        "PHỤ LỤC",
        "(Kèm theo Báo cáo số 45/BC-UBND ngày 12/03/2024 của UBND thị trấn Đình Cả)",
        "STT\tCác chỉ tiêu\tKết quả\t\tGhi chú",
        "\t\tĐơn vị tính\tSố liệu\t",
        "1.\tCông tác chỉ đạo, điều hành CCHC\t\t\t",
        "1.1.\tTỷ lệ hoàn thành kế hoạch CCHC năm\t%\t27,2\t",
        "Trong đó\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t11\t",
        "\tSố nhiệm vụ đã hoàn thành\tNhiệm vụ\t3\tlũy kế",
        "1.9.\tSố buổi tiếp công dân của Chủ tịch UBND\tBuổi\t4\t",
        "1.10.\tKinh phí CCHC\tNghìn đồng\t1.500\t",
        "1.11.\tPhần mềm một cửa điện tử\tChưa triển khai = 0 Đang thử nghiệm = 1 Chính thức = 2\t1\t",
        "");
    Report r = ReportTextReader.of(province).readText(text);
    assertThat(r.catalogueId()).isEqualTo("thai-nguyen-2025");
    assertThat(r.appendix()).hasSize(7);
    // a code list the catalogue declares, unknown to Java: read with its code and list
    assertThat(r.value("1.11")).contains(CodedValue.of("ROLLOUT", 1, "1"));
    assertThat(province.codeList("ROLLOUT").flatMap(l -> l.label(1))).contains("Đang thử nghiệm");
    // its meaning in words is read too; a code outside it is a problem, not a value
    Report words = ReportTextReader.of(province).readText(text.replace("Chính thức = 2\t1\t", "Chính thức = 2\tChính thức\t"));
    assertThat(words.value("1.11")).contains(CodedValue.of("ROLLOUT", 2, "Chính thức"));
    ReadResult outside = ReportTextReader.of(province).readTextLenient(text.replace("Chính thức = 2\t1\t", "Chính thức = 2\t5\t"));
    assertThat(outside.problems()).extracting(ReadProblem::kind).containsExactly(ProblemKind.UNKNOWN_CODE);
    assertThat(outside.problems().get(0).message()).contains("ROLLOUT", "valid codes: 0, 1, 2");
    assertThat(r.value("1.1").orElseThrow().number()).contains(new BigDecimal("27.2"));
    assertThat(r.entry("1.1/numerator").orElseThrow().note()).contains("lũy kế");
    CountValue sessions = (CountValue) r.value("1.9").orElseThrow();
    assertThat(sessions.value()).isEqualTo(4);
    assertThat(sessions.unit().map(Unit::label)).contains("Buổi");
    MoneyValue money = (MoneyValue) r.value("1.10").orElseThrow();
    assertThat(money.amount().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("1500000");
    // the bundled catalogue does not know these rows
    ReadResult bundled = Fixture.READER.readTextLenient(text);
    assertThat(bundled.problems()).extracting(ReadProblem::kind).contains(ProblemKind.UNMATCHED_ROW,
        ProblemKind.LABEL_MISMATCH);
  }
}
