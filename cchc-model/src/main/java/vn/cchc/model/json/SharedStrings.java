package vn.cchc.model.json;

import java.util.Arrays;

/**
 * One {@code String} instance for each short text that many reports repeat — indicator ids, labels and unit
 * names of the catalogue's rows, codes, the cells' numbers as written, section markers — instead of one copy per
 * report. Looked up from the parser's character buffer, so a text already seen costs no allocation at all.
 *
 * <p>A direct-mapped cache of {@value #SLOTS} slots, kept by one codec: a text whose slot holds another text takes
 * the slot. Memory is bounded (at most {@value #SLOTS} texts of at most {@value #MAX_LENGTH} characters),
 * whatever the input; the answer is always a string equal to the characters given. Thread-safe without locks:
 * a slot holds a reference to an immutable entry (final fields; its array is never written after it is
 * made), which a racing reader sees either whole or not at all.
 */
final class SharedStrings {
  /** The number of slots: several times the distinct short texts of a catalogue's worth of reports. */
  static final int SLOTS = 4096;
  /** Texts longer than this (narrative paragraphs) are not shared: they are not repeated between reports. */
  static final int MAX_LENGTH = 160;
  private final Entry[] slots = new Entry[SLOTS];

  /** A shared string with its characters, compared with {@link Arrays#equals(char[], int, int, char[], int, int)}. */
  private record Entry(String string, char[] chars, int hash) {}

  /**
   * {@return the shared string for {@code length} characters of {@code chars} from {@code offset}}
   *
   * @param chars the characters
   * @param offset where they start
   * @param length how many
   */
  String get(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + chars[i];
    }
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    Entry e = slots[slot];
    if (e != null && e.hash == h && Arrays.equals(e.chars, 0, e.chars.length, chars, offset, offset + length)) {
      return e.string;
    }
    String s = new String(chars, offset, length);
    slots[slot] = new Entry(s, Arrays.copyOfRange(chars, offset, offset + length), h);
    return s;
  }

  /**
   * {@return whether the value of a property of this name is shared}
   *
   * @param property a property name of the report or catalogue format
   */
  static boolean shared(String property) {
    switch (property) {
      case "indicatorId", "codeAsWritten", "label", "unitAsWritten", "asWritten", "codeList", "marker", "typeWord",
          "sectionPath", "firstPart", "secondPart", "body", "unitName", "position", "catalogueId" -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
