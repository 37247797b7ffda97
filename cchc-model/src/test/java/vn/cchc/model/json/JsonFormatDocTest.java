package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;

/** The example in docs/json-format.md is a valid report that both lines read and write back unchanged. */
class JsonFormatDocTest {

  @Test
  void theDocumentedExampleReadsAndWritesBackByteForByte() {
    String doc = SchemaSupport.text(Path.of("..", "docs", "json-format.md"));
    int start = doc.indexOf("```json\n") + "```json\n".length();
    String example = doc.substring(start, doc.indexOf("\n```", start));
    assertThat(SchemaSupport.validateReport(example)).isEmpty();
    for (CchcJson json : JsonTestSupport.codecs()) {
      Report r = JsonTestSupport.read(json, example);
      assertThat(r.appendix()).hasSize(3);
      assertThat(JsonTestSupport.write(json, r)).isEqualTo(example);
    }
  }

  @Test
  void documentedErrorMessagesAreTheRealOnes() {
    String doc = SchemaSupport.text(Path.of("..", "docs", "json-format.md"));
    String text = JsonTestSupport.write(JsonTestSupport.JACKSON3, JsonRoundTripExampleTest.sample());
    String code7 = text.replace("\"code\" : 2,", "\"code\" : -7,");
    String unknown = text.replace("\"title\" :", "\"formatVersion\" : 1,\n  \"title\" :");
    for (CchcJson json : JsonTestSupport.codecs()) {
      for (String broken : new String[] {code7, unknown}) {
        String message = org.assertj.core.api.Assertions.catchThrowable(() -> JsonTestSupport.read(json, broken))
            .getMessage();
        assertThat(doc).as(message).contains(message);
      }
    }
  }
}
