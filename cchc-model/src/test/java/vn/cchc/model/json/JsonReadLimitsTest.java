package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each {@link JsonReadLimits} bound stops the parser under both Jackson lines, with a location. */
class JsonReadLimitsTest {

  static Stream<Function<JsonReadLimits, CchcJson>> lines() {
    return Stream.of(CchcJson::jackson2, CchcJson::jackson3);
  }

  private static CchcJsonException readFails(CchcJson json, String text) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> json.readReport(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    assertThat(t).as(json.name()).isInstanceOf(CchcJsonException.class);
    CchcJsonException e = (CchcJsonException) t;
    assertThat(e.location()).as(json.name() + ": " + e.getMessage()).isPresent();
    return e;
  }

  private static String sample(CchcJson json) {
    return JsonTestSupport.write(json, JsonRoundTripExampleTest.sample());
  }

  @ParameterizedTest
  @MethodSource("lines")
  void deepNestingStopsAtTheDepthLimit(Function<JsonReadLimits, CchcJson> line) {
    CchcJson json = line.apply(JsonReadLimits.defaults());
    // narrative sections nested 100 deep: each level is an object and an array
    String open = "{\"marker\":\"1.\",\"title\":\"t\",\"location\":{\"line\":1,\"column\":1},\"children\":[";
    String deep = sample(json).replace("\"sections\" : [ ]", "\"sections\" : [" + open.repeat(100) + "]}".repeat(100) + "]");
    CchcJsonException e = readFails(json, deep);
    assertThat(e).hasMessageContaining("nesting depth").hasMessageContaining("JsonReadLimits")
        .hasMessageContaining("/sections/0/children/0/children/0");
    // a generous limit reads the same document
    assertThat(line.apply(new JsonReadLimits(300, 64, 1 << 20, 1L << 30))
        .readReport(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8))).allSections()).hasSize(100);
    // a valid report is far below the default depth
    assertThat(json.readReport(new ByteArrayInputStream(sample(json).getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(JsonRoundTripExampleTest.sample());
  }

  @ParameterizedTest
  @MethodSource("lines")
  void aThousandDigitNumberIsRejected(Function<JsonReadLimits, CchcJson> line) {
    CchcJson json = line.apply(JsonReadLimits.defaults());
    String text = sample(json).replace("\"value\" : 30,", "\"value\" : " + "9".repeat(1000) + ",");
    assertThat(text).contains("9".repeat(1000));
    assertThat(readFails(json, text)).hasMessageContaining("Number value length");
    String fraction = sample(json).replace("\"value\" : 30,", "\"value\" : 0." + "1".repeat(1000) + ",");
    assertThat(readFails(json, fraction)).hasMessageContaining("length");
  }

  @ParameterizedTest
  @MethodSource("lines")
  void aHugeStringIsRejected(Function<JsonReadLimits, CchcJson> line) {
    CchcJson json = line.apply(new JsonReadLimits(64, 64, 10_000, 64L << 20));
    String text = sample(json).replace("\"title\" : \"", "\"title\" : \"" + "ư".repeat(20_000));
    assertThat(readFails(json, text)).hasMessageContaining("String value length");
  }

  @ParameterizedTest
  @MethodSource("lines")
  void anOversizedDocumentIsRejected(Function<JsonReadLimits, CchcJson> line) {
    CchcJson json = line.apply(new JsonReadLimits(64, 64, 1 << 20, 1_000));
    String text = sample(json);
    assertThat(text.length()).isGreaterThan(1_000);
    assertThat(readFails(json, text)).hasMessageContaining("Document length");
  }

  @ParameterizedTest
  @MethodSource("lines")
  void anExponentThatWouldExpandIsRejectedByTheModel(Function<JsonReadLimits, CchcJson> line) {
    CchcJson json = line.apply(JsonReadLimits.defaults());
    String text = sample(json).replace("\"value\" : 30,", "\"value\" : 1e999999999,");
    assertThat(readFails(json, text)).hasMessageContaining("/appendix/0/value").hasMessageContaining("characters");
  }

  @Test
  void limitsMustBePositiveAndDefaultsAreDocumented() {
    assertThatThrownBy(() -> new JsonReadLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JsonReadLimits(1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(JsonReadLimits.defaults()).isEqualTo(new JsonReadLimits(64, 64, 1 << 20, 64L << 20));
    assertThat(CchcJson.jackson2(JsonReadLimits.defaults()).limits()).isEqualTo(JsonReadLimits.defaults());
    assertThat(CchcJson.detect().name()).isEqualTo("jackson3");
  }
}
