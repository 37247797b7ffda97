package vn.cchc.model.json;

import java.util.Collection;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;
import vn.cchc.model.SourceLocation;

/** The parts of {@link Jackson3Json} that read and write beyond Jackson's defaults; twins of {@link Jackson2Support}. */
final class Jackson3Support {
  private Jackson3Support() {}

  /** {@link Tokens} of a Jackson 3 parser. */
  static final class ParserTokens implements Tokens {
    private final JsonParser p;
    private final SharedStrings strings;

    ParserTokens(JsonParser p, SharedStrings strings) {
      this.p = p;
      this.strings = strings;
    }

    @Override
    public int next() {
      JsonToken t = p.nextToken();
      if (t == null) {
        return END;
      }
      return switch (t) {
        case START_OBJECT -> OBJECT;
        case END_OBJECT -> END_OBJECT;
        case START_ARRAY -> ARRAY;
        case END_ARRAY -> END_ARRAY;
        case PROPERTY_NAME -> NAME;
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
      return p.currentName();
    }

    @Override
    public String text() {
      return p.getString();
    }

    @Override
    public String sharedText() {
      return strings.get(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    }

    @Override
    public java.math.BigDecimal decimal() {
      return p.getDecimalValue();
    }

    @Override
    public long longValue() {
      return p.getLongValue();
    }

    @Override
    public int intValue() {
      return p.getIntValue();
    }
  }

  /** Refuses a property name given twice in one object (see {@link DuplicateNames}). */
  static final class StrictNames extends JsonParserDelegate {
    private final DuplicateNames names = new DuplicateNames();

    StrictNames(JsonParser parser) {
      super(parser);
    }

    private void seen(JsonToken t) {
      if (t == JsonToken.START_OBJECT) {
        names.startObject(delegate.streamReadContext().getNestingDepth());
      } else if (t == JsonToken.PROPERTY_NAME) {
        String name = delegate.currentName();
        if (!names.add(delegate.streamReadContext().getNestingDepth(), name)) {
          throw new StreamReadException(this, DuplicateNames.reason(name));
        }
      }
    }

    @Override
    public JsonToken nextToken() {
      JsonToken t = delegate.nextToken();
      seen(t);
      return t;
    }

    @Override
    public JsonToken nextValue() {
      JsonToken t = nextToken();
      return t == JsonToken.PROPERTY_NAME ? nextToken() : t;
    }

    @Override
    public String nextName() {
      String name = delegate.nextName();
      seen(delegate.currentToken());
      return name;
    }

    @Override
    public boolean nextName(tools.jackson.core.SerializableString expected) {
      boolean same = delegate.nextName(expected);
      seen(delegate.currentToken());
      return same;
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
      int match = delegate.nextNameMatch(matcher);
      seen(delegate.currentToken());
      return match;
    }

    @Override
    public JsonParser skipChildren() {
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
    LocationSerializer() {
      super(SourceLocation.class);
    }

    @Override
    public void serialize(SourceLocation value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.toString());
    }
  }

  /** Reads a location from {@code "line:column"}, or from the object {@code {"line", "column"}} of format 0.1. */
  static final class LocationDeserializer extends StdDeserializer<SourceLocation> {
    LocationDeserializer() {
      super(SourceLocation.class);
    }

    @Override
    public SourceLocation deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String text = p.getString();
        SourceLocation l = JsonErrors.location(text);
        return l != null ? l
            : (SourceLocation) ctxt.handleWeirdStringValue(SourceLocation.class, text, JsonErrors.LOCATION_EXPECTED);
      }
      if (!p.hasToken(JsonToken.START_OBJECT)) {
        return (SourceLocation) ctxt.handleUnexpectedToken(SourceLocation.class, p);
      }
      int line = Integer.MIN_VALUE;
      int column = Integer.MIN_VALUE;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
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

    private static int number(JsonParser p, DeserializationContext ctxt) {
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
  static final class SharedStringDeserializer extends StdScalarDeserializer<String> {
    private final SharedStrings strings;

    SharedStringDeserializer(SharedStrings strings) {
      super(String.class);
      this.strings = strings;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
      return property != null && SharedStrings.shared(property.getName()) ? this : StringDeserializer.instance;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        return strings.get(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      }
      return StringDeserializer.instance.deserialize(p, ctxt);
    }
  }
}
