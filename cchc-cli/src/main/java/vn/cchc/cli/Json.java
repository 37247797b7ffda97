package vn.cchc.cli;

import java.io.PrintWriter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3 for the command's own JSON output (findings, aggregates). */
final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private Json() {}

  static void print(Object value, PrintWriter out) {
    out.println(MAPPER.writeValueAsString(value));
  }
}
