package vn.cchc.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable implementation of {@link AppendixEntry}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableAppendixEntry.builder()}.
 *
 * <p>Written by hand: the class Immutables generates for {@link AppendixEntry} (the same public
 * methods, JSON binding, {@code equals}, {@code hashCode} and {@code toString}) but for one thing
 * Immutables cannot express: the source line is stored only when it is not the row's cells joined
 * by tabs ({@link AppendixEntry#isCellsJoined}), which it is for most rows a text reader reads. A
 * stored line is the largest part of a row (about 55 characters, held in UTF-16 because a
 * Vietnamese label has letters above U+00FF), so an appendix of 121 rows retains about 15 KB less;
 * {@link #sourceLine()} returns the same value either way, built again from the cells on each call.
 * A generated class cannot leave the line out: its {@code with} methods copy the other attributes'
 * fields as they are, so a line left out would follow a changed cell. The test
 * {@code ImmutableAppendixEntrySourceTest} generates the class again and checks that this one
 * differs from it only by the edits that it lists.
 */
public final class ImmutableAppendixEntry extends AppendixEntry {
  private final String indicatorId;
  private final String codeAsWritten;
  private final String label;
  private final String unitAsWritten;
  private final IndicatorValue value;
  private final String note;
  private final SourceLocation location;
  /** The source line, or {@code null} when it is the cells joined by tabs (see sourceLine()). */
  private final String sourceLine;

  private ImmutableAppendixEntry(
      String indicatorId,
      String codeAsWritten,
      String label,
      String unitAsWritten,
      IndicatorValue value,
      String note,
      SourceLocation location,
      String sourceLine) {
    this.indicatorId = indicatorId;
    this.codeAsWritten = codeAsWritten;
    this.label = label;
    this.unitAsWritten = unitAsWritten;
    this.value = value;
    this.note = note;
    this.location = location;
    this.sourceLine = isCellsJoined(sourceLine, codeAsWritten, label, unitAsWritten, value, note) ? null : sourceLine;
  }

  /**
   *{@return the catalogue indicator id, e.g. "3.2.4" or "3.2.4/numerator"} 
   */
  @JsonProperty(value = "indicatorId", required = true)
  @Override
  public String indicatorId() {
    return indicatorId;
  }

  /**
   *{@return the STT cell as written ("1.1.", "6.2"); empty for "Trong đó" child rows} 
   */
  @JsonProperty(value = "codeAsWritten")
  @Override
  public Optional<String> codeAsWritten() {
    return Optional.ofNullable(codeAsWritten);
  }

  /**
   *{@return the label cell as written} 
   */
  @JsonProperty(value = "label", required = true)
  @Override
  public String label() {
    return label;
  }

  /**
   *{@return the unit cell as written; empty string when blank} 
   */
  @JsonProperty(value = "unitAsWritten", required = true)
  @Override
  public String unitAsWritten() {
    return unitAsWritten;
  }

  /**
   *{@return the value} 
   */
  @JsonProperty(value = "value", required = true)
  @Override
  public IndicatorValue value() {
    return value;
  }

  /**
   *{@return the note ("Ghi chú") cell, when not blank} 
   */
  @JsonProperty(value = "note")
  @Override
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   *{@return where the row starts in the source (line, column 1)} 
   */
  @JsonProperty(value = "location", required = true)
  @Override
  public SourceLocation location() {
    return location;
  }

  /**
   *{@return the source line exactly as read, for audit} 
   */
  @JsonProperty(value = "sourceLine", required = true)
  @Override
  public String sourceLine() {
    return sourceLine != null ? sourceLine : cellsJoined(codeAsWritten, label, unitAsWritten, value, note);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link AppendixEntry#indicatorId() indicatorId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for indicatorId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAppendixEntry withIndicatorId(String value) {
    String newValue = ImmutableAppendixEntry.requireNonNull(value, "indicatorId");
    if (this.indicatorId.equals(newValue)) return this;
    return validate(new ImmutableAppendixEntry(
        newValue,
        this.codeAsWritten,
        this.label,
        this.unitAsWritten,
        this.value,
        this.note,
        this.location,
        sourceLine()));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link AppendixEntry#codeAsWritten() codeAsWritten} attribute.
   * @param value The value for codeAsWritten
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAppendixEntry withCodeAsWritten(String value) {
    String newValue = ImmutableAppendixEntry.requireNonNull(value, "codeAsWritten");
    if (Objects.equals(this.codeAsWritten, newValue)) return this;
    return validate(new ImmutableAppendixEntry(
        this.indicatorId,
        newValue,
        this.label,
        this.unitAsWritten,
        this.value,
        this.note,
        this.location,
        sourceLine()));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link AppendixEntry#codeAsWritten() codeAsWritten} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for codeAsWritten
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAppendixEntry withCodeAsWritten(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.codeAsWritten, value)) return this;
    return validate(new ImmutableAppendixEntry(
        this.indicatorId,
        value,
        this.label,
        this.unitAsWritten,
        this.value,
        this.note,
        this.location,
        sourceLine()));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link AppendixEntry#label() label} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for label
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAppendixEntry withLabel(String value) {
    String newValue = ImmutableAppendixEntry.requireNonNull(value, "label");
    if (this.label.equals(newValue)) return this;
    return validate(new ImmutableAppendixEntry(
        this.indicatorId,
        this.codeAsWritten,
        newValue,
        this.unitAsWritten,
        this.value,
        this.note,
        this.location,
        sourceLine()));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link AppendixEntry#unitAsWritten() unitAsWritten} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for unitAsWritten
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAppendixEntry withUnitAsWritten(String value) {
    String newValue = ImmutableAppendixEntry.requireNonNull(value, "unitAsWritten");
    if (this.unitAsWritten.equals(newValue)) return this;
    return validate(new ImmutableAppendixEntry(
        this.indicatorId,
        this.codeAsWritten,
        this.label,
        newValue,
        this.value,
        this.note,
        this.location,
        sourceLine()));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link AppendixEntry#value() value} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for value
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAppendixEntry withValue(IndicatorValue value) {
    if (this.value == value) return this;
    IndicatorValue newValue = ImmutableAppendixEntry.requireNonNull(value, "value");
    return validate(new ImmutableAppendixEntry(
        this.indicatorId,
        this.codeAsWritten,
        this.label,
        this.unitAsWritten,
        newValue,
        this.note,
        this.location,
        sourceLine()));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link AppendixEntry#note() note} attribute.
   * @param value The value for note
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAppendixEntry withNote(String value) {
    String newValue = ImmutableAppendixEntry.requireNonNull(value, "note");
    if (Objects.equals(this.note, newValue)) return this;
    return validate(new ImmutableAppendixEntry(
        this.indicatorId,
        this.codeAsWritten,
        this.label,
        this.unitAsWritten,
        this.value,
        newValue,
        this.location,
        sourceLine()));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link AppendixEntry#note() note} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for note
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAppendixEntry withNote(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.note, value)) return this;
    return validate(new ImmutableAppendixEntry(
        this.indicatorId,
        this.codeAsWritten,
        this.label,
        this.unitAsWritten,
        this.value,
        value,
        this.location,
        sourceLine()));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link AppendixEntry#location() location} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for location
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAppendixEntry withLocation(SourceLocation value) {
    if (this.location == value) return this;
    SourceLocation newValue = ImmutableAppendixEntry.requireNonNull(value, "location");
    return validate(new ImmutableAppendixEntry(
        this.indicatorId,
        this.codeAsWritten,
        this.label,
        this.unitAsWritten,
        this.value,
        this.note,
        newValue,
        sourceLine()));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link AppendixEntry#sourceLine() sourceLine} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for sourceLine
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAppendixEntry withSourceLine(String value) {
    String newValue = ImmutableAppendixEntry.requireNonNull(value, "sourceLine");
    if (sourceLine().equals(newValue)) return this;
    return validate(new ImmutableAppendixEntry(
        this.indicatorId,
        this.codeAsWritten,
        this.label,
        this.unitAsWritten,
        this.value,
        this.note,
        this.location,
        newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableAppendixEntry} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableAppendixEntry
        && equalsByValue((ImmutableAppendixEntry) another);
  }

  private boolean equalsByValue(ImmutableAppendixEntry another) {
    return indicatorId.equals(another.indicatorId)
        && Objects.equals(codeAsWritten, another.codeAsWritten)
        && label.equals(another.label)
        && unitAsWritten.equals(another.unitAsWritten)
        && value.equals(another.value)
        && Objects.equals(note, another.note)
        && location.equals(another.location)
        // a line is stored exactly when it is not the cells joined, so with the cells equal, the
        // lines are equal exactly when both are stored and equal or both are not stored
        && Objects.equals(sourceLine, another.sourceLine);
  }

  /**
   * Computes a hash code from attributes: {@code indicatorId}, {@code codeAsWritten}, {@code label}, {@code unitAsWritten}, {@code value}, {@code note}, {@code location}, {@code sourceLine}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + indicatorId.hashCode();
    h += (h << 5) + Objects.hashCode(codeAsWritten);
    h += (h << 5) + label.hashCode();
    h += (h << 5) + unitAsWritten.hashCode();
    h += (h << 5) + value.hashCode();
    h += (h << 5) + Objects.hashCode(note);
    h += (h << 5) + location.hashCode();
    h += (h << 5) + sourceLine().hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code AppendixEntry} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("AppendixEntry{");
    builder.append("indicatorId=").append(indicatorId);
    if (codeAsWritten != null) {
      builder.append(", ");
      builder.append("codeAsWritten=").append(codeAsWritten);
    }
    builder.append(", ");
    builder.append("label=").append(label);
    builder.append(", ");
    builder.append("unitAsWritten=").append(unitAsWritten);
    builder.append(", ");
    builder.append("value=").append(value);
    if (note != null) {
      builder.append(", ");
      builder.append("note=").append(note);
    }
    builder.append(", ");
    builder.append("location=").append(location);
    builder.append(", ");
    builder.append("sourceLine=").append(sourceLine());
    return builder.append("}").toString();
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonDeserialize
  @tools.jackson.databind.annotation.JsonDeserialize
  static final class Json extends AppendixEntry {
    @JsonIgnore String _indicatorId;
    @JsonIgnore Optional<String> _codeAsWritten = Optional.empty();
    @JsonIgnore String _label;
    @JsonIgnore String _unitAsWritten;
    @JsonIgnore IndicatorValue _value;
    @JsonIgnore Optional<String> _note = Optional.empty();
    @JsonIgnore SourceLocation _location;
    @JsonIgnore String _sourceLine;

    @JsonProperty(value = "indicatorId", required = true)
    public void setIndicatorId(String indicatorId) {
      this._indicatorId = indicatorId;
    }

    @JsonProperty(value = "codeAsWritten")
    public void setCodeAsWritten(Optional<String> codeAsWritten) {
      this._codeAsWritten = codeAsWritten;
    }

    @JsonProperty(value = "label", required = true)
    public void setLabel(String label) {
      this._label = label;
    }

    @JsonProperty(value = "unitAsWritten", required = true)
    public void setUnitAsWritten(String unitAsWritten) {
      this._unitAsWritten = unitAsWritten;
    }

    @JsonProperty(value = "value", required = true)
    public void setValue(IndicatorValue value) {
      this._value = value;
    }

    @JsonProperty(value = "note")
    public void setNote(Optional<String> note) {
      this._note = note;
    }

    @JsonProperty(value = "location", required = true)
    public void setLocation(SourceLocation location) {
      this._location = location;
    }

    @JsonProperty(value = "sourceLine", required = true)
    public void setSourceLine(String sourceLine) {
      this._sourceLine = sourceLine;
    }

    @Override
    public String indicatorId() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<String> codeAsWritten() { throw new UnsupportedOperationException(); }

    @Override
    public String label() { throw new UnsupportedOperationException(); }

    @Override
    public String unitAsWritten() { throw new UnsupportedOperationException(); }

    @Override
    public IndicatorValue value() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<String> note() { throw new UnsupportedOperationException(); }

    @Override
    public SourceLocation location() { throw new UnsupportedOperationException(); }

    @Override
    public String sourceLine() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableAppendixEntry fromJson(Json json) {
    ImmutableAppendixEntry.Builder builder = ImmutableAppendixEntry.builder();
    if (json._indicatorId != null) {
      builder.indicatorId(json._indicatorId);
    }
    if (json._codeAsWritten != null) {
      builder.codeAsWritten(json._codeAsWritten);
    }
    if (json._label != null) {
      builder.label(json._label);
    }
    if (json._unitAsWritten != null) {
      builder.unitAsWritten(json._unitAsWritten);
    }
    if (json._value != null) {
      builder.value(json._value);
    }
    if (json._note != null) {
      builder.note(json._note);
    }
    if (json._location != null) {
      builder.location(json._location);
    }
    if (json._sourceLine != null) {
      builder.sourceLine(json._sourceLine);
    }
    return builder.build();
  }

  private static ImmutableAppendixEntry validate(ImmutableAppendixEntry instance) {
    instance = (ImmutableAppendixEntry) instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link AppendixEntry} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable AppendixEntry instance
   */
  public static ImmutableAppendixEntry copyOf(AppendixEntry instance) {
    if (instance instanceof ImmutableAppendixEntry) {
      return (ImmutableAppendixEntry) instance;
    }
    return ImmutableAppendixEntry.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableAppendixEntry ImmutableAppendixEntry}.
   * <pre>
   * ImmutableAppendixEntry.builder()
   *    .indicatorId(String) // required {@link AppendixEntry#indicatorId() indicatorId}
   *    .codeAsWritten(Optional&lt;String&gt;) // optional {@link AppendixEntry#codeAsWritten() codeAsWritten}
   *    .label(String) // required {@link AppendixEntry#label() label}
   *    .unitAsWritten(String) // required {@link AppendixEntry#unitAsWritten() unitAsWritten}
   *    .value(vn.cchc.model.IndicatorValue) // required {@link AppendixEntry#value() value}
   *    .note(Optional&lt;String&gt;) // optional {@link AppendixEntry#note() note}
   *    .location(vn.cchc.model.SourceLocation) // required {@link AppendixEntry#location() location}
   *    .sourceLine(String) // required {@link AppendixEntry#sourceLine() sourceLine}
   *    .build();
   * </pre>
   * @return A new ImmutableAppendixEntry builder
   */
  public static ImmutableAppendixEntry.Builder builder() {
    return new ImmutableAppendixEntry.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableAppendixEntry ImmutableAppendixEntry}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_INDICATOR_ID = 0x1L;
    private static final long INIT_BIT_LABEL = 0x2L;
    private static final long INIT_BIT_UNIT_AS_WRITTEN = 0x4L;
    private static final long INIT_BIT_VALUE = 0x8L;
    private static final long INIT_BIT_LOCATION = 0x10L;
    private static final long INIT_BIT_SOURCE_LINE = 0x20L;
    private long initBits = 0x3fL;

    private String indicatorId;
    private String codeAsWritten;
    private String label;
    private String unitAsWritten;
    private IndicatorValue value;
    private String note;
    private SourceLocation location;
    private String sourceLine;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code AppendixEntry} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(AppendixEntry instance) {
      ImmutableAppendixEntry.requireNonNull(instance, "instance");
      this.indicatorId(instance.indicatorId());
      Optional<String> codeAsWrittenOptional = instance.codeAsWritten();
      if (codeAsWrittenOptional.isPresent()) {
        codeAsWritten(codeAsWrittenOptional);
      }
      this.label(instance.label());
      this.unitAsWritten(instance.unitAsWritten());
      this.value(instance.value());
      Optional<String> noteOptional = instance.note();
      if (noteOptional.isPresent()) {
        note(noteOptional);
      }
      this.location(instance.location());
      this.sourceLine(instance.sourceLine());
      return this;
    }

    /**
     * Initializes the value for the {@link AppendixEntry#indicatorId() indicatorId} attribute.
     * @param indicatorId The value for indicatorId 
     * @return {@code this} builder for use in a chained invocation
     */
    @JsonProperty(value = "indicatorId", required = true)
    public final Builder indicatorId(String indicatorId) {
      this.indicatorId = ImmutableAppendixEntry.requireNonNull(indicatorId, "indicatorId");
      initBits &= ~INIT_BIT_INDICATOR_ID;
      return this;
    }

    /**
     * Initializes the optional value {@link AppendixEntry#codeAsWritten() codeAsWritten} to codeAsWritten.
     * @param codeAsWritten The value for codeAsWritten
     * @return {@code this} builder for chained invocation
     */
    public final Builder codeAsWritten(String codeAsWritten) {
      this.codeAsWritten = ImmutableAppendixEntry.requireNonNull(codeAsWritten, "codeAsWritten");
      return this;
    }

    /**
     * Initializes the optional value {@link AppendixEntry#codeAsWritten() codeAsWritten} to codeAsWritten.
     * @param codeAsWritten The value for codeAsWritten
     * @return {@code this} builder for use in a chained invocation
     */
    @JsonProperty(value = "codeAsWritten")
    public final Builder codeAsWritten(Optional<String> codeAsWritten) {
      this.codeAsWritten = codeAsWritten.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link AppendixEntry#label() label} attribute.
     * @param label The value for label 
     * @return {@code this} builder for use in a chained invocation
     */
    @JsonProperty(value = "label", required = true)
    public final Builder label(String label) {
      this.label = ImmutableAppendixEntry.requireNonNull(label, "label");
      initBits &= ~INIT_BIT_LABEL;
      return this;
    }

    /**
     * Initializes the value for the {@link AppendixEntry#unitAsWritten() unitAsWritten} attribute.
     * @param unitAsWritten The value for unitAsWritten 
     * @return {@code this} builder for use in a chained invocation
     */
    @JsonProperty(value = "unitAsWritten", required = true)
    public final Builder unitAsWritten(String unitAsWritten) {
      this.unitAsWritten = ImmutableAppendixEntry.requireNonNull(unitAsWritten, "unitAsWritten");
      initBits &= ~INIT_BIT_UNIT_AS_WRITTEN;
      return this;
    }

    /**
     * Initializes the value for the {@link AppendixEntry#value() value} attribute.
     * @param value The value for value 
     * @return {@code this} builder for use in a chained invocation
     */
    @JsonProperty(value = "value", required = true)
    public final Builder value(IndicatorValue value) {
      this.value = ImmutableAppendixEntry.requireNonNull(value, "value");
      initBits &= ~INIT_BIT_VALUE;
      return this;
    }

    /**
     * Initializes the optional value {@link AppendixEntry#note() note} to note.
     * @param note The value for note
     * @return {@code this} builder for chained invocation
     */
    public final Builder note(String note) {
      this.note = ImmutableAppendixEntry.requireNonNull(note, "note");
      return this;
    }

    /**
     * Initializes the optional value {@link AppendixEntry#note() note} to note.
     * @param note The value for note
     * @return {@code this} builder for use in a chained invocation
     */
    @JsonProperty(value = "note")
    public final Builder note(Optional<String> note) {
      this.note = note.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link AppendixEntry#location() location} attribute.
     * @param location The value for location 
     * @return {@code this} builder for use in a chained invocation
     */
    @JsonProperty(value = "location", required = true)
    public final Builder location(SourceLocation location) {
      this.location = ImmutableAppendixEntry.requireNonNull(location, "location");
      initBits &= ~INIT_BIT_LOCATION;
      return this;
    }

    /**
     * Initializes the value for the {@link AppendixEntry#sourceLine() sourceLine} attribute.
     * @param sourceLine The value for sourceLine 
     * @return {@code this} builder for use in a chained invocation
     */
    @JsonProperty(value = "sourceLine", required = true)
    public final Builder sourceLine(String sourceLine) {
      this.sourceLine = ImmutableAppendixEntry.requireNonNull(sourceLine, "sourceLine");
      initBits &= ~INIT_BIT_SOURCE_LINE;
      return this;
    }

    /**
     * Builds a new {@link ImmutableAppendixEntry ImmutableAppendixEntry}.
     * @return An immutable instance of AppendixEntry
     * @throws vn.cchc.model.InvalidModelException if any required attributes are missing
     */
    public ImmutableAppendixEntry build() {
      checkRequiredAttributes();
      return ImmutableAppendixEntry.validate(new ImmutableAppendixEntry(indicatorId, codeAsWritten, label, unitAsWritten, value, note, location, sourceLine));
    }

    private boolean indicatorIdIsSet() {
      return (initBits & INIT_BIT_INDICATOR_ID) == 0;
    }

    private boolean labelIsSet() {
      return (initBits & INIT_BIT_LABEL) == 0;
    }

    private boolean unitAsWrittenIsSet() {
      return (initBits & INIT_BIT_UNIT_AS_WRITTEN) == 0;
    }

    private boolean valueIsSet() {
      return (initBits & INIT_BIT_VALUE) == 0;
    }

    private boolean locationIsSet() {
      return (initBits & INIT_BIT_LOCATION) == 0;
    }

    private boolean sourceLineIsSet() {
      return (initBits & INIT_BIT_SOURCE_LINE) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new InvalidModelException(missingRequiredAttributesNames());
      }
    }

    private String[] missingRequiredAttributesNames() {
      String[] attributes = new String[6];
      int c = 0;
      if (!indicatorIdIsSet()) attributes[c++] = "indicatorId";
      if (!labelIsSet()) attributes[c++] = "label";
      if (!unitAsWrittenIsSet()) attributes[c++] = "unitAsWritten";
      if (!valueIsSet()) attributes[c++] = "value";
      if (!locationIsSet()) attributes[c++] = "location";
      if (!sourceLineIsSet()) attributes[c++] = "sourceLine";
      return Arrays.copyOf(attributes, c);
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new InvalidModelException(message);
    return object;
  }
}
