package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.model.json.JsonTestSupport.JACKSON2;
import static vn.cchc.model.json.JsonTestSupport.JACKSON3;
import static vn.cchc.model.json.JsonTestSupport.bytes;
import static vn.cchc.model.json.JsonTestSupport.read;
import static vn.cchc.model.json.JsonTestSupport.write;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodedValue;
import vn.cchc.model.CountValue;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.MoneyValue;
import vn.cchc.model.NotReportedValue;
import vn.cchc.model.PercentageValue;
import vn.cchc.model.Progress;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;
import vn.cchc.model.gen.ReportGenerator;

/** The written format: the same bytes from both lines, and each decision of docs/json-format.md. */
class JsonFormatTest {

  static List<CchcJson> codecs() {
    return JsonTestSupport.codecs();
  }

  @Test
  void detectBuildsTheCodecOnceAndReturnsItToEveryCaller() throws Exception {
    CchcJson first = CchcJson.detect();
    java.util.Set<CchcJson> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Thread[] threads = new Thread[4];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new Thread(() -> seen.add(CchcJson.detect()));
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(seen).containsExactly(first);
  }

  @Test
  void bothLinesWriteTheSameBytes() {
    Report sample = JsonRoundTripExampleTest.sample();
    assertThat(bytes(JACKSON3, sample)).isEqualTo(bytes(JACKSON2, sample));
    for (int seed = 0; seed < 20; seed++) {
      Report r = ReportGenerator.of(seed, 6).report();
      assertThat(write(JACKSON3, r)).as("seed %d", seed).isEqualTo(write(JACKSON2, r));
      var c = ReportGenerator.of(seed, 6).catalogue();
      assertThat(bytes(JACKSON3, c)).as("catalogue seed %d", seed).isEqualTo(bytes(JACKSON2, c));
    }
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void propertiesComeInDeclaredOrderAndLinesEndWithLf(CchcJson json) {
    String text = write(json, JsonRoundTripExampleTest.sample());
    assertThat(text).doesNotContain("\r").startsWith("{\n  \"catalogueId\" : \"cchc-2024\",\n  \"number\" : {");
    List<String> top = List.of("\"catalogueId\"", "\"number\"", "\"issueDate\"", "\"issuer\"", "\"title\"",
        "\"period\"", "\"preamble\"", "\"sections\"", "\"closing\"", "\"references\"", "\"recipients\"", "\"signer\"",
        "\"appendix\"");
    int at = -1;
    for (String p : top) {
      int next = text.indexOf("\n  " + p);
      assertThat(next).as(p).isGreaterThan(at);
      at = next;
    }
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void absentOptionalsAreOmittedAndEmptyListsWritten(CchcJson json) {
    String text = write(json, JsonRoundTripExampleTest.sample());
    assertThat(text).doesNotContain("null").doesNotContain("\"place\"").doesNotContain("\"onBehalfOf\"")
        .doesNotContain("\"note\"").doesNotContain("\"year\" : null").contains("\"preamble\" : [ ]");
    // "codeAsWritten" is present on the first row only
    assertThat(text.split("\"codeAsWritten\"", -1)).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void explicitNullIsRejectedEvenForOptionalProperties(CchcJson json) {
    String text = write(json, JsonRoundTripExampleTest.sample());
    for (String broken : List.of(
        text.replace("\"title\" :", "\"place\" : null,\n  \"title\" :"),
        text.replace("\"name\" : \"Trịnh Thanh Phương\"", "\"name\" : \"Trịnh Thanh Phương\", \"onBehalfOf\" : null"),
        text.replace("\"recipients\" : [ \"UBND huyện\" ]", "\"recipients\" : null"),
        text.replace("\"recipients\" : [ \"UBND huyện\" ]", "\"recipients\" : [ \"UBND huyện\", null ]"),
        text.replaceFirst("\"location\" : \"[0-9]+:[0-9]+\"", "\"location\" : null"))) {
      assertThat(broken).isNotEqualTo(text);
      assertThatThrownBy(() -> read(json, broken)).isInstanceOf(CchcJsonException.class)
          .hasMessageContaining("null")
          .satisfies(e -> assertThat(((CchcJsonException) e).location()).isPresent());
    }
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void omittedListsReadAsEmpty(CchcJson json) {
    String text = write(json, JsonRoundTripExampleTest.sample()).replace("  \"preamble\" : [ ],\n", "")
        .replace("  \"references\" : [ ],\n", "");
    assertThat(text).doesNotContain("preamble");
    Report back = read(json, text);
    assertThat(back).isEqualTo(JsonRoundTripExampleTest.sample());
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void datesAreIsoStringsAndEnumsTheirNames(CchcJson json) {
    String text = write(json, JsonRoundTripExampleTest.sample());
    assertThat(text).contains("\"issueDate\" : \"2024-03-12\"", "\"from\" : \"2023-12-13\"",
        "\"unitType\" : \"TOWNSHIP\"", "\"level\" : \"COMMUNE\"", "\"kind\" : \"QUARTER\"",
        "\"codeList\" : \"ONLINE_MEETING_LEVELS\"", "\"state\" : \"NOT_REPORTED\"",
        "\"kind\" : \"MONEY\",\n        \"powerOfTen\" : 6");
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void decimalsKeepTheirScaleAndArePlainJsonNumbers(CchcJson json) {
    Report r = withValues(
        PercentageValue.of(new BigDecimal("99.3"), "99,3"),
        PercentageValue.of(new BigDecimal("100.0"), "100,0"),
        PercentageValue.of(new BigDecimal("0.20"), "0,20"),
        PercentageValue.of(new BigDecimal("1E+3"), "1.000"),
        MoneyValue.of(new BigDecimal("1.50"), Unit.MILLION_VND, "1,50"),
        MoneyValue.of(new BigDecimal("2E+2"), Unit.MILLION_VND, "200"),
        MoneyValue.of(new BigDecimal("-123456789012345678901234567890.000001"), Unit.of("Đồng", UnitKind.MONEY, 0), "x"));
    String text = write(json, r);
    assertThat(text).contains("\"value\" : 99.3,", "\"value\" : 100.0,", "\"value\" : 0.20,", "\"value\" : 1000,",
        "\"value\" : 1.50,", "\"value\" : 200,", "\"value\" : -123456789012345678901234567890.000001,")
        .doesNotContain("E+", "e+", "\"value\" : \"");
    for (CchcJson reader : codecs()) {
      Report back = read(reader, text);
      assertThat(back).isEqualTo(r);
      List<BigDecimal> scales = back.appendix().stream().map(e -> e.value().number().orElseThrow()).toList();
      assertThat(scales).extracting(BigDecimal::scale).containsExactly(1, 1, 2, 0, 2, 0, 6);
    }
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void notReportedReadsBackAsTheSingleton(CchcJson json) {
    Report back = read(json, bytes(json, JsonRoundTripExampleTest.sample()));
    assertThat(back.value("1.2.1").orElseThrow()).isSameAs(NotReportedValue.of());
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void notReportedAcceptsNoOtherProperty(CchcJson json) {
    String text = write(json, JsonRoundTripExampleTest.sample())
        .replace("\"state\" : \"NOT_REPORTED\"", "\"state\" : \"NOT_REPORTED\", \"asWritten\" : \"\"");
    assertThatThrownBy(() -> read(json, text)).isInstanceOf(CchcJsonException.class).hasMessageContaining("asWritten");
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void documentNumberYearIsWrittenOnlyWhenPresent(CchcJson json) {
    Report r = Report.builder().from(JsonRoundTripExampleTest.sample())
        .number(DocumentNumber.parse("45/2020/NĐ-CP").orElseThrow()).build();
    String text = write(json, r);
    assertThat(text).contains("\"sequence\" : 45,\n    \"year\" : 2020,");
    assertThat(read(json, text)).isEqualTo(r);
  }

  private static Report withValues(vn.cchc.model.IndicatorValue... values) {
    var b = Report.builder().from(JsonRoundTripExampleTest.sample()).appendix(List.of());
    int i = 0;
    for (var v : values) {
      b.addAppendix(AppendixEntry.builder().indicatorId("v" + i++).label("Giá trị").unitAsWritten("")
          .value(v).location(SourceLocation.of(i, 1)).sourceLine("").build());
    }
    return b.build();
  }

  @Test
  void codedAndCountValuesUseJsonIntegers() {
    Report r = withValues(CodedValue.of(Progress.IN_PROGRESS, "1"), CountValue.of(1492, Optional.of(Unit.DOSSIER), "1.492"));
    String text = new String(bytes(JACKSON2, r), StandardCharsets.UTF_8);
    assertThat(text).contains("\"code\" : 1,", "\"value\" : 1492,");
    assertThat(read(JACKSON3, text)).isEqualTo(r);
    assertThat(r.issueDate()).contains(LocalDate.parse("2024-03-12"));
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void aFailingStreamGivesCchcJsonException(CchcJson json) {
    java.io.OutputStream broken = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("disk full");
      }
    };
    assertThatThrownBy(() -> json.writeReport(JsonRoundTripExampleTest.sample(), broken))
        .isInstanceOf(CchcJsonException.class).hasMessageContaining("disk full");
    java.io.InputStream failing = new java.io.InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("network down");
      }
    };
    assertThatThrownBy(() -> json.readReport(failing)).isInstanceOf(CchcJsonException.class)
        .hasMessageContaining("network down");
  }
}
