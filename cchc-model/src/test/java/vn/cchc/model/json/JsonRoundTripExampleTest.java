package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.model.*;

class JsonRoundTripExampleTest {

  static Stream<CchcJson> codecs() {
    return Stream.of(CchcJson.jackson2(JsonReadLimits.defaults()), CchcJson.jackson3(JsonReadLimits.defaults()));
  }

  static Report sample() {
    SourceLocation at = SourceLocation.of(238, 1);
    return Report.builder()
        .catalogueId("cchc-2024")
        .number(DocumentNumber.parse("45/BC-UBND").orElseThrow())
        .issueDate(LocalDate.of(2024, 3, 12))
        .issuer(IssuingUnit.builder().asWritten("UBND thị trấn Đình Cả").body("UBND")
            .unitType(AdministrativeUnitType.TOWNSHIP).unitName("Đình Cả").level(AdministrativeLevel.COMMUNE).build())
        .title("Kết quả công tác cải cách hành chính quý I")
        .period(ReportingPeriod.builder().year(2024).kind(PeriodKind.QUARTER).index(1)
            .dataWindow(DateWindow.of(LocalDate.of(2023, 12, 13), LocalDate.of(2024, 3, 11))).build())
        .signer(Signer.of("CHỦ TỊCH", "Trịnh Thanh Phương"))
        .addRecipients("UBND huyện")
        .addAppendix(AppendixEntry.builder().indicatorId("1.1").codeAsWritten("1.1.").label("Tỷ lệ")
            .unitAsWritten("%").value(PercentageValue.of(new BigDecimal("30"), "30%")).location(at)
            .sourceLine("1.1.\tTỷ lệ\t%\t30%\t").build())
        .addAppendix(AppendixEntry.builder().indicatorId("1.1/denominator").label("Số nhiệm vụ")
            .unitAsWritten("Nhiệm vụ").value(CountValue.of(10, Optional.of(Unit.TASK), "10")).location(at)
            .sourceLine("x").build())
        .addAppendix(AppendixEntry.builder().indicatorId("6.1/denominator").label("Kế hoạch")
            .unitAsWritten("Triệu đồng").value(MoneyValue.of(new BigDecimal("1.50"), Unit.MILLION_VND, "1,50"))
            .location(at).sourceLine("x").build())
        .addAppendix(AppendixEntry.builder().indicatorId("7.2").label("Họp").unitAsWritten("x")
            .value(CodedValue.of(OnlineMeetingLevel.THREE_LEVELS, "2")).location(at).sourceLine("x").build())
        .addAppendix(AppendixEntry.builder().indicatorId("2.2").label("VB").unitAsWritten("-")
            .value(NotApplicableValue.of()).location(at).sourceLine("x").build())
        .addAppendix(AppendixEntry.builder().indicatorId("1.2.1").label("VB").unitAsWritten("%")
            .value(NotReportedValue.of()).location(at).sourceLine("x").build())
        .build();
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void reportRoundTripsUnderBothJacksonLines(CchcJson json) {
    Report report = sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeReport(report, out);
    Report back = json.readReport(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back).isEqualTo(report);
    assertThat(((MoneyValue) back.value("6.1/denominator").orElseThrow()).amount().getNumber()
        .numberValue(BigDecimal.class)).isEqualByComparingTo("1500000");
  }
}
