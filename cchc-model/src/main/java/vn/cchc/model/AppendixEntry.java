package vn.cchc.model;

import java.util.Optional;

/**
 * One row of the appendix matched to its catalogue indicator: the indicator id, what the row says
 * (code, label and unit as written, markup removed, NFC), the value, the note, and the source line
 * it came from.
 *
 * <p>{@link ImmutableAppendixEntry} is written by hand rather than generated (it stores the source line only when
 * it is not the cells joined by tabs); its API is that of the other model types' generated classes.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"indicatorId", "codeAsWritten", "label", "unitAsWritten", "value", "note", "location", "sourceLine"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
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

  /** Called by every way of building an entry: names the broken invariant, or returns the entry in NFC. */
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

  /**
   * {@return the cells of a row joined by tabs: the code (none for a child row), the label, the unit, the value and
   * the note (none when blank), as written} What a text reader's source line is for most rows.
   */
  static String cellsJoined(String code, String label, String unit, IndicatorValue value, String note) {
    String v = value.asWritten();
    String c = code == null ? "" : code;
    String n = note == null ? "" : note;
    return new StringBuilder(c.length() + label.length() + unit.length() + v.length() + n.length() + 4)
        .append(c).append('\t').append(label).append('\t').append(unit).append('\t').append(v).append('\t').append(n)
        .toString();
  }

  /** {@return whether {@code line} is {@link #cellsJoined} of the other arguments} Builds nothing. */
  static boolean isCellsJoined(String line, String code, String label, String unit, IndicatorValue value,
      String note) {
    int at = cell(line, 0, code == null ? "" : code, true);
    at = cell(line, at, label, true);
    at = cell(line, at, unit, true);
    at = cell(line, at, value.asWritten(), true);
    at = cell(line, at, note == null ? "" : note, false);
    return at == line.length();
  }

  /** {@return where the next cell starts when {@code line} has {@code cell} at {@code at} (then a tab), else -1} */
  private static int cell(String line, int at, String cell, boolean tab) {
    if (at < 0 || !line.startsWith(cell, at)) {
      return -1;
    }
    at += cell.length();
    if (!tab) {
      return at;
    }
    return at < line.length() && line.charAt(at) == '\t' ? at + 1 : -1;
  }

  /** {@return a new builder} */
  public static ImmutableAppendixEntry.Builder builder() {
    return ImmutableAppendixEntry.builder();
  }
}
