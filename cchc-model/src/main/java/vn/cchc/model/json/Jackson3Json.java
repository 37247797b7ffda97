package vn.cchc.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogue;

/**
 * {@link CchcJson} on Jackson 3.x. Internal: obtain it through {@link CchcJson#jackson3}.
 *
 * <p>Every setting here has its twin in {@link Jackson2Json}; the two must write the same bytes and
 * accept the same documents (see {@code docs/json-format.md}).
 */
final class Jackson3Json implements CchcJson {
  private final JsonReadLimits limits;
  private final JsonMapper mapper;
  private final ObjectReader reportReader;
  private final ObjectReader catalogueReader;
  /**
   * Whether this line's parser refuses malformed UTF-8 by itself ({@link Utf8Check#refusedBy}), so that the fast
   * path need not check the bytes first.
   */
  private final boolean parserChecksUtf8;
  /** Short catalogue-like texts shared between the reports this codec reads. */
  private final SharedStrings strings = new SharedStrings();

  Jackson3Json(JsonReadLimits limits) {
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(limits.maxNumberLength())
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .build())
        // Duplicate names are refused by Jackson3Support.StrictNames, without a hash set per object.
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        // Characters: UTF-8, non-ASCII and astral characters unescaped, "/" unescaped, hex escapes in upper case.
        .enable(tools.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
        .disable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .enable(tools.jackson.core.json.JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new SimpleModule("cchc-dates").addDeserializer(LocalDate.class, new IsoDateDeserializer()))
        .addModule(new SimpleModule("cchc-format")
            .addSerializer(SourceLocation.class, new Jackson3Support.LocationSerializer())
            .addDeserializer(SourceLocation.class, new Jackson3Support.LocationDeserializer())
            .addDeserializer(String.class, new Jackson3Support.SharedStringDeserializer(strings)))
        // Writing: pretty, "\n" on every platform, properties in declared order, absent Optionals omitted.
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .changeDefaultPropertyInclusion(
            i -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
        // Reading: strict. No unknown or duplicate properties, no null, no silent coercion.
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .defaultLeniency(false)
        .changeDefaultNullHandling(n -> JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Enum, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .build();
    this.reportReader = mapper.readerFor(Report.class);
    this.catalogueReader = mapper.readerFor(Catalogue.class);
    this.parserChecksUtf8 = ParserUtf8.REFUSES_MALFORMED;
  }

  /**
   * Whether this line's parser refuses malformed UTF-8 by itself ({@link Utf8Check#refusedBy}): a property of the
   * Jackson classes on the path, not of a codec's limits, so asked once, when the first codec is built (the probe
   * parses 168 small documents, most of which fail).
   */
  private static final class ParserUtf8 {
    private static final JsonFactory FACTORY = new JsonFactory();
    static final boolean REFUSES_MALFORMED = Utf8Check.refusedBy(ParserUtf8::parsesWhole);

    /** {@return whether a parser of this line reads the whole document, every name and string decoded} */
    private static boolean parsesWhole(InputStream in) {
      try (JsonParser p = FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), in)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.VALUE_STRING) {
            p.getString();
          } else if (t == JsonToken.PROPERTY_NAME) {
            p.currentName();
          }
        }
        return true;
      } catch (RuntimeException e) {
        return false;
      }
    }
  }

  /** {@return whether this codec's fast path leaves the UTF-8 check to the parser: for tests} */
  boolean parserChecksUtf8() {
    return parserChecksUtf8;
  }

  @Override
  public Report readReport(InputStream in) {
    return FastReports.readOrFallBack(in, limits, parserChecksUtf8, this::readFast, this::readStrict);
  }

  /** {@return the report, read through databind alone: for tests that compare it with the fast path} */
  Report readStrict(InputStream in) {
    return read(in, reportReader, "Report");
  }

  /** {@return the report, read by {@link FastReports} alone; any exception when it does not accept the document} */
  Report readFast(InputStream in) {
    try (JsonParser p = reportReader.createParser(in)) {
      return FastReports.read(new Jackson3Support.ParserTokens(p, strings));
    }
  }

  @Override
  public void writeReport(Report report, OutputStream out) {
    write(report, out);
  }

  @Override
  public Catalogue readCatalogue(InputStream in) {
    return read(in, catalogueReader, "Catalogue");
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

  private static <T> T read(InputStream raw, ObjectReader reader, String what) {
    JsonParser parser = null;
    Utf8Check in = new Utf8Check(raw);
    try (JsonParser p = new Jackson3Support.StrictNames(reader.createParser(in))) {
      parser = p;
      T value = reader.readValue(p);
      if (value == null) {
        throw JsonErrors.notAnObject(what, location(p.currentLocation()));
      }
      if (p.nextToken() != null) {
        throw JsonErrors.trailing(what, location(p.currentTokenLocation()));
      }
      return value;
    } catch (CchcJsonException e) {
      throw e;
    } catch (JacksonException e) {
      Utf8Check.MalformedUtf8Exception bad = JsonErrors.malformed(e);
      if (bad != null) {
        throw JsonErrors.readFailure(what, "", bad.getMessage(), bad.location(), e);
      }
      StringBuilder path = new StringBuilder();
      for (JacksonException.Reference r : e.getPath()) {
        JsonErrors.appendPointer(path, r.getPropertyName(), r.getIndex());
      }
      String reason = e.getOriginalMessage();
      if (e instanceof UnrecognizedPropertyException u) {
        reason = JsonErrors.unknownProperty(u.getPropertyName(), u.getKnownPropertyIds());
      }
      TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
      throw JsonErrors.readFailure(what, path.toString(), reason, placed(at, parser, in), e);
    } catch (RuntimeException e) {
      Utf8Check.MalformedUtf8Exception bad = JsonErrors.malformed(e);
      if (bad != null) {
        throw JsonErrors.readFailure(what, "", bad.getMessage(), bad.location(), e);
      }
      throw JsonErrors.readFailure(what, "", e.getMessage(), placed(null, parser, in), e);
    }
  }

  private void write(Object value, OutputStream out) {
    try {
      mapper.writeValue(out, value);
      out.flush();
    } catch (IOException | RuntimeException e) {
      throw new CchcJsonException("Cannot write JSON: " + e.getMessage(), null, e);
    }
  }

  /** {@return the place of an error: Jackson's, else the parser's, else how far the bytes were read — never none} */
  private static SourceLocation placed(TokenStreamLocation at, JsonParser parser, Utf8Check in) {
    SourceLocation l = location(at);
    if (l == null && parser != null) {
      l = location(parser.currentLocation());
    }
    return l != null ? l : in.location();
  }

  private static SourceLocation location(TokenStreamLocation l) {
    if (l == null || l.getLineNr() < 1 || l.getColumnNr() < 1) {
      return null;
    }
    return SourceLocation.of(l.getLineNr(), l.getColumnNr());
  }

  /** Reads a date only from an ISO "yyyy-mm-dd" string; the built-in reader also takes arrays and objects. */
  private static final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
    IsoDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getString();
      LocalDate date = JsonErrors.isoDate(text);
      return date != null ? date : (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, JsonErrors.DATE_EXPECTED);
    }
  }
}
