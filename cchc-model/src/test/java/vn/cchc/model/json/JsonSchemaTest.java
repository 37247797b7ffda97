package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.UnitKind;
import vn.cchc.model.ValueState;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.model.gen.ReportGenerator;

/** docs/report.schema.json and docs/catalogue.schema.json: valid 2020-12 schemas, true to what cchc writes and reads. */
class JsonSchemaTest {

  @Test
  void bothFilesAreValidDraft202012Schemas() {
    for (var file : List.of(SchemaSupport.REPORT_SCHEMA, SchemaSupport.CATALOGUE_SCHEMA)) {
      String text = SchemaSupport.text(file);
      assertThat(SchemaSupport.META.validate(text, InputFormat.JSON)).as(file.toString()).isEmpty();
      assertThat(SchemaSupport.tree(file).get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
    // the meta-schema does reject a broken schema, so the check above can fail
    assertThat(SchemaSupport.META.validate("{\"type\": \"objekt\", \"required\": \"title\"}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void writtenSampleValidates() {
    String text = JsonTestSupport.write(JsonTestSupport.JACKSON3, JsonRoundTripExampleTest.sample());
    assertThat(SchemaSupport.validateReport(text)).isEmpty();
  }

  @Test
  void writtenCataloguesValidate() {
    for (int seed = 0; seed < 30; seed++) {
      var c = ReportGenerator.of(seed, 5).catalogue();
      String text = new String(JsonTestSupport.bytes(JsonTestSupport.JACKSON2, c), StandardCharsets.UTF_8);
      assertThat(SchemaSupport.validateCatalogue(text)).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void theBundledAndTheExampleCataloguesValidateAsWrittenAndAsCchcWritesThem() throws java.io.IOException {
    List<String> texts = List.of(
        new String(vn.cchc.model.catalogue.Catalogues.bundledJson(), StandardCharsets.UTF_8),
        java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "examples", "province-variant", "src", "main",
            "resources", "com", "example", "province", "tinh-vi-du-2026.json")),
        new String(JsonTestSupport.bytes(JsonTestSupport.JACKSON3, vn.cchc.model.catalogue.Catalogues.bundled()),
            StandardCharsets.UTF_8));
    for (String text : texts) {
      assertThat(SchemaSupport.validateCatalogue(text)).as(text.substring(0, 60)).isEmpty();
    }
    // the written form carries aggregation, notAbove, version and levels
    assertThat(texts.get(2)).contains("\"aggregation\" : \"LATEST\"", "\"notAbove\" : [ \"4.2.1\" ]",
        "\"version\" : \"2024.1\"", "\"codeLists\"");
    assertThat(names(SchemaSupport.tree(SchemaSupport.CATALOGUE_SCHEMA).get("$defs").get("Aggregation")))
        .containsExactlyElementsOf(names(vn.cchc.model.catalogue.Aggregation.values()));
  }

  @Test
  void schemaEnumsAreTheJavaEnums() {
    JsonNode defs = SchemaSupport.tree(SchemaSupport.REPORT_SCHEMA).get("$defs");
    assertThat(names(defs.get("AdministrativeLevel"))).containsExactlyElementsOf(names(AdministrativeLevel.values()));
    assertThat(names(defs.get("AdministrativeUnitType"))).containsExactlyElementsOf(names(AdministrativeUnitType.values()));
    assertThat(names(defs.get("PeriodKind"))).containsExactlyElementsOf(names(PeriodKind.values()));
    assertThat(names(defs.get("UnitKind"))).containsExactlyElementsOf(names(UnitKind.values()));
    assertThat(names(defs.get("NarrativeBlockKind"))).containsExactlyElementsOf(names(NarrativeBlock.Kind.values()));
    assertThat(names(defs.get("IndicatorValue").get("properties").get("state")))
        .containsExactlyElementsOf(names(ValueState.values()));
    JsonNode cdefs = SchemaSupport.tree(SchemaSupport.CATALOGUE_SCHEMA).get("$defs");
    assertThat(names(cdefs.get("IndicatorKind"))).containsExactlyElementsOf(names(IndicatorKind.values()));
    assertThat(names(cdefs.get("ChildRole"))).containsExactlyElementsOf(names(ChildRole.values()));
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.get("enum").forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private record Broken(String name, Consumer<ObjectNode> change) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static ObjectNode row(ObjectNode r, int i) {
    return (ObjectNode) r.withArray("appendix").get(i);
  }

  static Stream<Broken> brokenDocuments() {
    return Stream.of(
        new Broken("missing title", r -> r.remove("title")),
        new Broken("missing issuer", r -> r.remove("issuer")),
        new Broken("missing value state", r -> ((ObjectNode) row(r, 0).get("value")).remove("state")),
        new Broken("missing row location", r -> row(r, 0).remove("location")),
        new Broken("extra top-level property", r -> r.put("formatVersion", 1)),
        new Broken("extra value property", r -> ((ObjectNode) row(r, 4).get("value")).put("value", 0)),
        new Broken("bad level", r -> ((ObjectNode) r.get("issuer")).put("level", "VILLAGE")),
        new Broken("bad period kind", r -> ((ObjectNode) r.get("period")).put("kind", "WEEK")),
        new Broken("bad state", r -> ((ObjectNode) row(r, 0).get("value")).put("state", "ZERO")),
        new Broken("blank code list", r -> ((ObjectNode) row(r, 3).get("value")).put("codeList", " ")),
        new Broken("negative code", r -> ((ObjectNode) row(r, 3).get("value")).put("code", -1)),
        new Broken("code as text", r -> ((ObjectNode) row(r, 3).get("value")).put("code", "2")),
        new Broken("null place", r -> r.putNull("place")),
        new Broken("null list", r -> r.putNull("recipients")),
        new Broken("date not ISO", r -> r.put("issueDate", "12/03/2024")),
        new Broken("impossible date", r -> r.put("issueDate", "2024-02-30")),
        new Broken("number as string", r -> ((ObjectNode) row(r, 0).get("value")).put("value", "30")),
        new Broken("fraction in a count", r -> ((ObjectNode) row(r, 1).get("value")).put("value", 1.5)),
        new Broken("powerOfTen on a count unit", r -> ((ObjectNode) row(r, 1).get("value").get("unit")).put("powerOfTen", 3)),
        new Broken("count unit on money", r -> ((ObjectNode) row(r, 2).get("value").get("unit")).put("kind", "COUNT")),
        new Broken("ward at province level", r -> ((ObjectNode) r.get("issuer")).put("unitType", "WARD").put("level", "PROVINCE")),
        new Broken("quarter 5", r -> ((ObjectNode) r.get("period")).put("index", 5)),
        new Broken("blank catalogue id", r -> r.put("catalogueId", "  ")),
        new Broken("line 0", r -> row(r, 0).put("location", "0:1")),
        new Broken("line 0 (format 0.1's object)", r -> row(r, 0).putObject("location").put("line", 0).put("column", 1)),
        new Broken("location without a column", r -> row(r, 0).put("location", "238")),
        new Broken("location with spaces", r -> row(r, 0).put("location", "238: 1")),
        new Broken("location object without a line", r -> row(r, 0).putObject("location").put("column", 1)),
        new Broken("paragraph with a marker", r -> r.putArray("preamble").addObject().put("kind", "PARAGRAPH")
            .put("marker", "-").put("text", "x").put("location", "1:1")),
        new Broken("bullet without a marker", r -> r.putArray("preamble").addObject().put("kind", "BULLET")
            .put("text", "x").put("location", "1:1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void schemaAndReaderBothRejectBrokenDocuments(Broken broken) throws Exception {
    ObjectNode tree = (ObjectNode) SchemaSupport.TREE.readTree(
        JsonTestSupport.write(JsonTestSupport.JACKSON2, JsonRoundTripExampleTest.sample()));
    broken.change().accept(tree);
    String text = SchemaSupport.TREE.writeValueAsString(tree);
    assertThat(SchemaSupport.validateReport(text)).as(broken.name()).isNotEmpty();
    for (CchcJson json : JsonTestSupport.codecs()) {
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> JsonTestSupport.read(json, text)))
          .as("%s / %s", broken.name(), json.name()).isInstanceOf(CchcJsonException.class);
    }
  }

  @Test
  void brokenCataloguesAreRejected() throws Exception {
    var c = ReportGenerator.of(7, 4).catalogue();
    String ok = new String(JsonTestSupport.bytes(JsonTestSupport.JACKSON3, c), StandardCharsets.UTF_8);
    assertThat(SchemaSupport.validateCatalogue(ok)).isEmpty();
    List<Consumer<ObjectNode>> changes = List.of(
        r -> r.remove("validFrom"),
        r -> r.put("extra", true),
        r -> ((ObjectNode) r.withArray("indicators").get(0)).put("kind", "RATIO"),
        r -> ((ObjectNode) r.withArray("indicators").get(0)).putArray("levels"),
        r -> ((ObjectNode) r.withArray("indicators").get(0)).remove("code"),
        r -> ((ObjectNode) r.withArray("indicators").get(0)).put("kind", "CODED").remove("codeList"),
        r -> r.withArray("codeLists").addObject().put("id", "EMPTY").putArray("entries"),
        r -> r.withArray("codeLists").addObject().put("id", "X").putArray("entries").addObject().put("code", 1),
        r -> ((ObjectNode) r.withArray("indicators").get(0)).put("role", "PART"));
    for (var change : changes) {
      ObjectNode tree = (ObjectNode) SchemaSupport.TREE.readTree(ok);
      change.accept(tree);
      String text = SchemaSupport.TREE.writeValueAsString(tree);
      assertThat(SchemaSupport.validateCatalogue(text)).as(text).isNotEmpty();
      for (CchcJson json : JsonTestSupport.codecs()) {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
            () -> JsonTestSupport.readCatalogue(json, text.getBytes(StandardCharsets.UTF_8))))
            .as(json.name() + " " + text).isInstanceOf(CchcJsonException.class);
      }
    }
  }
}
