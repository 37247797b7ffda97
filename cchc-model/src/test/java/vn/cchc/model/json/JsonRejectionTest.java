package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken documents fail with {@link CchcJsonException} naming where and what, under both lines;
 * never a NullPointerException, never a half-built report.
 */
class JsonRejectionTest {
  private static final ObjectMapper TREE = new ObjectMapper();

  private record Broken(String name, Consumer<ObjectNode> change, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static ObjectNode value(ObjectNode report, int row) {
    return (ObjectNode) report.withArray("appendix").get(row).get("value");
  }

  static List<Broken> brokenDocuments() {
    List<Broken> list = new ArrayList<>();
    list.add(new Broken("unknown top-level property", r -> r.put("formatVersion", 1), "formatVersion"));
    list.add(new Broken("unknown nested property", r -> ((ObjectNode) r.get("issuer")).put("province", "Thái Nguyên"),
        "province"));
    list.add(new Broken("unknown value property", r -> value(r, 0).put("unit", "%"), "/appendix/0/value"));
    list.add(new Broken("missing title", r -> r.remove("title"), "title"));
    list.add(new Broken("missing issuer level", r -> ((ObjectNode) r.get("issuer")).remove("level"), "level"));
    list.add(new Broken("missing location line (format 0.1's object)", r -> ((ObjectNode) r.withArray("appendix")
        .get(1)).putObject("location").put("column", 1), "line"));
    list.add(new Broken("unknown location property (format 0.1's object)", r -> ((ObjectNode) r.withArray("appendix")
        .get(1)).putObject("location").put("line", 2).put("column", 1).put("offset", 7), "offset"));
    list.add(new Broken("location line as text (format 0.1's object)", r -> ((ObjectNode) r.withArray("appendix")
        .get(1)).putObject("location").put("line", "2").put("column", 1), "/appendix/1/location"));
    list.add(new Broken("location without a column", r -> ((ObjectNode) r.withArray("appendix").get(1))
        .put("location", "239"), "line:column"));
    list.add(new Broken("location with a sign", r -> ((ObjectNode) r.withArray("appendix").get(1))
        .put("location", "239:-1"), "/appendix/1/location"));
    list.add(new Broken("location beyond an int", r -> ((ObjectNode) r.withArray("appendix").get(1))
        .put("location", "2147483648:1"), "line:column"));
    list.add(new Broken("location as a number", r -> ((ObjectNode) r.withArray("appendix").get(1))
        .put("location", 239), "/appendix/1/location"));
    list.add(new Broken("missing state", r -> value(r, 0).remove("state"), "state"));
    list.add(new Broken("unknown state", r -> value(r, 0).put("state", "ZERO"), "ZERO"));
    list.add(new Broken("missing value of a count", r -> value(r, 1).remove("value"), "value"));
    list.add(new Broken("date not ISO", r -> r.put("issueDate", "12/03/2024"), "issueDate"));
    list.add(new Broken("date as array", r -> r.putArray("issueDate").add(2024).add(3).add(12), "issueDate"));
    list.add(new Broken("date as number", r -> r.put("issueDate", 19794), "issueDate"));
    list.add(new Broken("impossible date", r -> r.put("issueDate", "2024-02-30"), "issueDate"));
    list.add(new Broken("number as string", r -> value(r, 1).put("value", "10"), "value"));
    list.add(new Broken("fraction in a count", r -> value(r, 1).put("value", 1.5), "value"));
    list.add(new Broken("count too large for a long", r -> value(r, 1).put("value",
        new java.math.BigInteger("99999999999999999999")), "value"));
    list.add(new Broken("decimal as string", r -> value(r, 0).put("value", "30"), "value"));
    list.add(new Broken("text as number", r -> r.put("title", 45), "title"));
    list.add(new Broken("text as boolean", r -> r.put("title", true), "title"));
    list.add(new Broken("list as object", r -> r.putObject("recipients"), "recipients"));
    list.add(new Broken("text as array", r -> r.putArray("title").add("a"), "title"));
    list.add(new Broken("enum as ordinal", r -> ((ObjectNode) r.get("issuer")).put("level", 2), "level"));
    list.add(new Broken("enum in lower case", r -> ((ObjectNode) r.get("issuer")).put("level", "commune"), "commune"));
    list.add(new Broken("negative code", r -> value(r, 3).put("code", -7), "not negative"));
    list.add(new Broken("blank code list", r -> value(r, 3).put("codeList", ""), "code list"));
    list.add(new Broken("powerOfTen on a count unit", r -> ((ObjectNode) value(r, 1).get("unit")).put("powerOfTen", 3),
        "only money units have a power of ten"));
    list.add(new Broken("count unit on money", r -> ((ObjectNode) value(r, 2).get("unit")).put("kind", "COUNT")
        .put("powerOfTen", 0), "not a money unit"));
    list.add(new Broken("money unit on a count", r -> ((ObjectNode) value(r, 1).get("unit")).put("kind", "MONEY"),
        "not a count unit"));
    list.add(new Broken("duplicate appendix id", r -> {
      ArrayNode a = r.withArray("appendix");
      ((ObjectNode) a.get(1)).put("indicatorId", "1.1");
    }, "indicator 1.1 appears twice"));
    list.add(new Broken("blank catalogue id", r -> r.put("catalogueId", " "), "catalogueId must not be blank"));
    list.add(new Broken("period index out of range", r -> ((ObjectNode) r.get("period")).put("index", 5), "index 5"));
    list.add(new Broken("window ends before it starts", r -> ((ObjectNode) r.get("period").get("dataWindow"))
        .put("to", "2023-01-01"), "before"));
    list.add(new Broken("ward at province level", r -> ((ObjectNode) r.get("issuer")).put("unitType", "WARD")
        .put("level", "PROVINCE"), "cannot be at level"));
    list.add(new Broken("line 0", r -> ((ObjectNode) r.withArray("appendix").get(0)).put("location", "0:1"),
        "line must be >= 1"));
    list.add(new Broken("line 0 (format 0.1's object)", r -> ((ObjectNode) r.withArray("appendix").get(0))
        .putObject("location").put("line", 0).put("column", 1), "line must be >= 1"));
    list.add(new Broken("bullet without marker", r -> r.putArray("preamble").addObject().put("kind", "BULLET")
        .put("text", "x").put("location", "1:1"), "marker"));
    list.add(new Broken("duplicate property of a row", r -> { }, "duplicate property \"label\""));
    list.add(new Broken("trailing garbage", r -> { }, "Trailing token"));
    return list;
  }

  static Stream<Arguments> cases() {
    return brokenDocuments().stream()
        .flatMap(b -> JsonTestSupport.codecs().stream().map(c -> Arguments.of(b, c)));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("cases")
  void brokenDocumentsFailWithAPreciseMessage(Broken broken, CchcJson json) throws Exception {
    ObjectNode tree = (ObjectNode) TREE.readTree(JsonTestSupport.bytes(json, JsonRoundTripExampleTest.sample()));
    broken.change().accept(tree);
    String text = TREE.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    if (broken.name().equals("trailing garbage")) {
      text = text + " {}";
    }
    if (broken.name().equals("duplicate property of a row")) { // a tree cannot hold it: written into the text
      text = text.replaceFirst("\"label\" : ", "\"label\" : \"Khác\",\n    \"label\" : ");
    }
    String input = text;
    Throwable t = catchThrowable(() -> JsonTestSupport.read(json, input));
    assertThat(t).as(broken.name()).isInstanceOf(CchcJsonException.class)
        .hasMessageStartingWith("Cannot read Report JSON")
        .hasMessageContaining(broken.expected())
        .hasMessageNotContaining("NullPointerException");
    assertThat(((CchcJsonException) t).location()).as(t.getMessage()).isPresent();
    assertThat(t.getMessage()).as("no Jackson class names leak").doesNotContain("ImmutableReport$Json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.cchc.model.json.JsonTestSupport#codecs")
  void nonJsonInputFails(CchcJson json) {
    for (String text : List.of("", "   ", "[]", "null", "42", "\"report\"", "{", "{\"title\":", "\uFEFF{}", "{} {}",
        "{\"a\":1,\"a\":2}")) {
      Throwable t = catchThrowable(() -> JsonTestSupport.read(json, text));
      assertThat(t).as("<%s>", text).isInstanceOf(CchcJsonException.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.cchc.model.json.JsonTestSupport#codecs")
  void duplicatePropertiesAreRejected(CchcJson json) {
    String text = JsonTestSupport.write(json, JsonRoundTripExampleTest.sample())
        .replace("\"title\" :", "\"title\" : \"Khác\",\n  \"title\" :");
    assertThat(catchThrowable(() -> JsonTestSupport.read(json, text))).isInstanceOf(CchcJsonException.class)
        .hasMessageContaining("title");
  }

}
