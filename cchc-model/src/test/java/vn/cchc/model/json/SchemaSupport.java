package vn.cchc.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The published schemas (docs/*.schema.json, read from the repository) and a real 2020-12 validator. */
final class SchemaSupport {
  static final Path REPORT_SCHEMA = Path.of("..", "docs", "report.schema.json");
  static final Path CATALOGUE_SCHEMA = Path.of("..", "docs", "catalogue.schema.json");
  static final ObjectMapper TREE = new ObjectMapper();
  /** Format assertions on, so that "format": "date" rejects 2024-02-30. */
  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  static final Schema REPORT = load(REPORT_SCHEMA);
  static final Schema CATALOGUE = load(CATALOGUE_SCHEMA);
  static final Schema META = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

  private SchemaSupport() {}

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(Path file) {
    try {
      return TREE.readTree(text(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load(Path file) {
    return REGISTRY.getSchema(text(file), InputFormat.JSON);
  }

  static List<Error> validateReport(String json) {
    return REPORT.validate(json, InputFormat.JSON);
  }

  static List<Error> validateCatalogue(String json) {
    return CATALOGUE.validate(json, InputFormat.JSON);
  }
}
