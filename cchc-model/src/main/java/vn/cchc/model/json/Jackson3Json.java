package vn.cchc.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogue;

/** {@link CchcJson} on Jackson 3.x. Internal: obtain it through {@link CchcJson#jackson3}. */
final class Jackson3Json implements CchcJson {
  private final JsonReadLimits limits;
  private final JsonMapper mapper;

  Jackson3Json(JsonReadLimits limits) {
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(limits.maxNumberLength())
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
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
    return "jackson3";
  }

  @Override
  public JsonReadLimits limits() {
    return limits;
  }

  private <T> T read(InputStream in, Class<T> type) {
    try {
      return mapper.readValue(in, type);
    } catch (JacksonException e) {
      throw new CchcJsonException("Cannot read " + type.getSimpleName() + " JSON: " + e.getOriginalMessage(),
          location(e.getLocation()), e);
    } catch (RuntimeException e) {
      throw new CchcJsonException("Cannot read " + type.getSimpleName() + " JSON: " + e.getMessage(), null, e);
    }
  }

  private void write(Object value, OutputStream out) {
    try {
      mapper.writeValue(out, value);
      out.flush();
    } catch (JacksonException | IOException e) {
      throw new CchcJsonException("Cannot write JSON: " + e.getMessage(), null, e);
    }
  }

  private static SourceLocation location(TokenStreamLocation l) {
    if (l == null || l.getLineNr() < 1 || l.getColumnNr() < 1) {
      return null;
    }
    return SourceLocation.of(l.getLineNr(), l.getColumnNr());
  }
}
