package vn.cchc.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Collection;
import vn.cchc.model.SourceLocation;

/** The parts of {@link Jackson2Json} that read and write beyond Jackson's defaults; twins of {@link Jackson3Support}. */
final class Jackson2Support {
  private Jackson2Support() {}

  /** {@link Tokens} of a Jackson 2 parser; its checked exceptions end reading with {@link Bail}. */
  static final class ParserTokens implements Tokens {
    private final JsonParser p;
    private final SharedStrings strings;

    ParserTokens(JsonParser p, SharedStrings strings) {
      this.p = p;
      this.strings = strings;
    }

    @Override
    public int next() {
      JsonToken t;
      try {
        t = p.nextToken();
      } catch (IOException e) {
        throw Bail.INSTANCE;
      }
      if (t == null) {
        return END;
      }
      return switch (t) {
        case START_OBJECT -> OBJECT;
        case END_OBJECT -> END_OBJECT;
        case START_ARRAY -> ARRAY;
        case END_ARRAY -> END_ARRAY;
        case FIELD_NAME -> NAME;
        case VALUE_STRING -> STRING;
        case VALUE_NUMBER_INT -> INT;
        case VALUE_NUMBER_FLOAT -> FLOAT;
        case VALUE_TRUE -> TRUE;
        case VALUE_FALSE -> FALSE;
        case VALUE_NULL -> NULL;
        default -> throw Bail.INSTANCE;
      };
    }

    @Override
    public String name() {
      try {
        return p.currentName();
      } catch (IOException e) {
        throw Bail.INSTANCE;
      }
    }

    @Override
    public String text() {
      try {
        return p.getText();
      } catch (IOException e) {
        throw Bail.INSTANCE;
      }
    }

    @Override
    public String sharedText() {
      try {
        return strings.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      } catch (IOException e) {
        throw Bail.INSTANCE;
      }
    }

    @Override
    public java.math.BigDecimal decimal() {
      try {
        return p.getDecimalValue();
      } catch (IOException e) {
        throw Bail.INSTANCE;
      }
    }

    @Override
    public long longValue() {
      try {
        return p.getLongValue();
      } catch (IOException e) {
        throw Bail.INSTANCE;
      }
    }

    @Override
    public int intValue() {
      try {
        return p.getIntValue();
      } catch (IOException e) {
        throw Bail.INSTANCE;
      }
    }
  }

  /** Refuses a property name given twice in one object (see {@link DuplicateNames}). */
  static final class StrictNames extends JsonParserDelegate {
    private final DuplicateNames names = new DuplicateNames();

    StrictNames(JsonParser parser) {
      super(parser);
    }

    private void seen(JsonToken t) throws IOException {
      if (t == JsonToken.START_OBJECT) {
        names.startObject(delegate.getParsingContext().getNestingDepth());
      } else if (t == JsonToken.FIELD_NAME) {
        String name = delegate.currentName();
        if (!names.add(delegate.getParsingContext().getNestingDepth(), name)) {
          throw new JsonParseException(this, DuplicateNames.reason(name));
        }
      }
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken t = delegate.nextToken();
      seen(t);
      return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public String nextFieldName() throws IOException {
      return nextToken() == JsonToken.FIELD_NAME ? delegate.currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString expected) throws IOException {
      return nextToken() == JsonToken.FIELD_NAME && expected.getValue().equals(delegate.currentName());
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      JsonToken t = delegate.currentToken();
      if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
        return this;
      }
      int open = 1;
      while (open > 0) {
        t = nextToken();
        if (t == null) {
          break;
        }
        if (t.isStructStart()) {
          open++;
        } else if (t.isStructEnd()) {
          open--;
        }
      }
      return this;
    }
  }

  /** Writes a location as {@code "line:column"}. */
  static final class LocationSerializer extends StdSerializer<SourceLocation> {
    private static final long serialVersionUID = 1L;

    LocationSerializer() {
      super(SourceLocation.class);
    }

    @Override
    public void serialize(SourceLocation value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads a location from {@code "line:column"}, or from the object {@code {"line", "column"}} of format 0.1. */
  static final class LocationDeserializer extends StdDeserializer<SourceLocation> {
    private static final long serialVersionUID = 1L;

    LocationDeserializer() {
      super(SourceLocation.class);
    }

    @Override
    public SourceLocation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String text = p.getText();
        SourceLocation l = JsonErrors.location(text);
        return l != null ? l
            : (SourceLocation) ctxt.handleWeirdStringValue(SourceLocation.class, text, JsonErrors.LOCATION_EXPECTED);
      }
      if (!p.hasToken(JsonToken.START_OBJECT)) {
        return (SourceLocation) ctxt.handleUnexpectedToken(SourceLocation.class, p);
      }
      int line = Integer.MIN_VALUE;
      int column = Integer.MIN_VALUE;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (name.equals("line")) {
          line = number(p, ctxt);
        } else if (name.equals("column")) {
          column = number(p, ctxt);
        } else {
          ctxt.handleUnknownProperty(p, this, SourceLocation.class, name);
        }
      }
      if (line == Integer.MIN_VALUE || column == Integer.MIN_VALUE) {
        return (SourceLocation) ctxt.reportInputMismatch(this, "missing property \"%s\" of a location",
            line == Integer.MIN_VALUE ? "line" : "column");
      }
      return SourceLocation.of(line, column);
    }

    private static int number(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        return (Integer) ctxt.handleUnexpectedToken(Integer.TYPE, p);
      }
      return p.getIntValue();
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      return JsonErrors.LOCATION_PROPERTIES;
    }
  }

  /**
   * Reads the strings of the properties {@link SharedStrings#shared(String)} names through the codec's
   * {@link SharedStrings}; every other string, and every token that is not a string, as Jackson does.
   */
  static final class SharedStringDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final transient SharedStrings strings;

    SharedStringDeserializer(SharedStrings strings) {
      super(String.class);
      this.strings = strings;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
      return property != null && SharedStrings.shared(property.getName()) ? this : StringDeserializer.instance;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        return strings.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      }
      return StringDeserializer.instance.deserialize(p, ctxt);
    }
  }
}
