package vn.cchc.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the appendix matched to its catalogue indicator: the indicator id, what the row says
 * (code, label and unit as written, markup removed, NFC), the value, the note, and the source line
 * it came from.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"indicatorId", "codeAsWritten", "label", "unitAsWritten", "value", "note", "location", "sourceLine"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableAppendixEntry.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableAppendixEntry.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAppendixEntry.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAppendixEntry.class)
public abstract class AppendixEntry {
  AppendixEntry() {}

  /** {@return the catalogue indicator id, e.g. "3.2.4" or "3.2.4/numerator"} */
  public abstract String indicatorId();

  /** {@return the STT cell as written ("1.1.", "6.2"); empty for "Trong đó" child rows} */
  public abstract Optional<String> codeAsWritten();

  /** {@return the label cell as written} */
  public abstract String label();

  /** {@return the unit cell as written; empty string when blank} */
  public abstract String unitAsWritten();

  /** {@return the value} */
  public abstract IndicatorValue value();

  /** {@return the note ("Ghi chú") cell, when not blank} */
  public abstract Optional<String> note();

  /** {@return where the row starts in the source (line, column 1)} */
  public abstract SourceLocation location();

  /** {@return the source line exactly as read, for audit} */
  public abstract String sourceLine();

  @Value.Check
  final AppendixEntry check() {
    Text.requireNotBlank(indicatorId(), "appendix entry.indicatorId");
    if (!Text.isNfc(label()) || !Text.isNfc(unitAsWritten()) || !note().map(Text::isNfc).orElse(true)
        || !codeAsWritten().map(Text::isNfc).orElse(true)) {
      return ImmutableAppendixEntry.copyOf(this).withLabel(Text.nfc(label()))
          .withUnitAsWritten(Text.nfc(unitAsWritten())).withNote(note().map(Text::nfc))
          .withCodeAsWritten(codeAsWritten().map(Text::nfc));
    }
    return this;
  }

  /** {@return a new builder} */
  public static ImmutableAppendixEntry.Builder builder() {
    return ImmutableAppendixEntry.builder();
  }
}
