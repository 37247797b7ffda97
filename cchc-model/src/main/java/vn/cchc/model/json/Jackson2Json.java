package vn.cchc.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogue;

/** {@link CchcJson} on Jackson 2.x. Internal: obtain it through {@link CchcJson#jackson2}. */
final class Jackson2Json implements CchcJson {
  private final JsonReadLimits limits;
  private final ObjectMapper mapper;

  Jackson2Json(JsonReadLimits limits) {
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(limits.maxNumberLength())
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .build())
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .build();
  }

  @Override
  public Report readReport(InputStream in) {
    return read(in, Report.class);
  }

  @Override
  public void writeReport(Report report, OutputStream out) {
    write(report, out);
  }

  @Override
  public Catalogue readCatalogue(InputStream in) {
    return read(in, Catalogue.class);
  }

  @Override
  public void writeCatalogue(Catalogue catalogue, OutputStream out) {
    write(catalogue, out);
  }

  @Override
  public String name() {
    return "jackson2";
  }

  @Override
  public JsonReadLimits limits() {
    return limits;
  }

  private <T> T read(InputStream in, Class<T> type) {
    try {
      return mapper.readerFor(type).without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .readValue(in);
    } catch (JsonProcessingException e) {
      throw new CchcJsonException("Cannot read " + type.getSimpleName() + " JSON: " + e.getOriginalMessage(),
          location(e.getLocation()), e);
    } catch (IOException e) {
      throw new CchcJsonException("Cannot read " + type.getSimpleName() + " JSON: " + e.getMessage(), null, e);
    } catch (RuntimeException e) {
      throw new CchcJsonException("Cannot read " + type.getSimpleName() + " JSON: " + e.getMessage(), null, e);
    }
  }

  private void write(Object value, OutputStream out) {
    try {
      mapper.writeValue(out, value);
      out.flush();
    } catch (IOException e) {
      throw new CchcJsonException("Cannot write JSON: " + e.getMessage(), null, e);
    }
  }

  private static SourceLocation location(JsonLocation l) {
    if (l == null || l.getLineNr() < 1 || l.getColumnNr() < 1) {
      return null;
    }
    return SourceLocation.of(l.getLineNr(), l.getColumnNr());
  }
}
