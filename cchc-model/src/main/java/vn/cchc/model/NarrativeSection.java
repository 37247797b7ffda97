package vn.cchc.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A numbered section of the narrative with its blocks and subsections: "I." holds "1.", which holds
 * "1.1." or "a.", and so on. The marker is kept exactly as written ("1.1", "1.2.", "đ.", "e,").
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"marker", "title", "location", "blocks", "children"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableNarrativeSection.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableNarrativeSection.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableNarrativeSection.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableNarrativeSection.class)
public abstract class NarrativeSection {
  NarrativeSection() {}

  /** {@return the section marker as written, e.g. "II.", "2.1.", "a."} */
  public abstract String marker();

  /** {@return the heading text after the marker, as written; may be empty for a run-in heading} */
  public abstract String title();

  /** {@return where the heading is in the source} */
  public abstract SourceLocation location();

  /** {@return the paragraphs and list items of this section before, and outside, its subsections} */
  public abstract List<NarrativeBlock> blocks();

  /** {@return the subsections in document order} */
  public abstract List<NarrativeSection> children();

  /**
   * Finds a direct child by its marker, ignoring a trailing "." or ",": {@code child("1")} finds "1.".
   *
   * @param marker the marker
   * @return the child, or empty
   */
  public Optional<NarrativeSection> child(String marker) {
    String want = normalizeMarker(marker);
    return children().stream().filter(c -> normalizeMarker(c.marker()).equals(want)).findFirst();
  }

  /** {@return this section and all sections below it, depth-first in document order} */
  public Stream<NarrativeSection> flatten() {
    return Stream.concat(Stream.of(this), children().stream().flatMap(NarrativeSection::flatten));
  }

  /**
   * The marker without its trailing punctuation: "1.2." and "1.2" are the same marker.
   *
   * @param marker a marker as written
   * @return the marker without trailing ".", "," or ")" ("a)" is "a")
   */
  public static String normalizeMarker(String marker) {
    String m = marker.strip();
    while (m.endsWith(".") || m.endsWith(",") || m.endsWith(")")) {
      m = m.substring(0, m.length() - 1);
    }
    return m;
  }

  @Value.Check
  final NarrativeSection check() {
    Text.requireNotBlank(marker(), "section.marker");
    if (!Text.isNfc(title()) || !Text.isNfc(marker())) {
      return ImmutableNarrativeSection.copyOf(this).withTitle(Text.nfc(title())).withMarker(Text.nfc(marker()));
    }
    return this;
  }

  /** {@return a new builder} */
  public static ImmutableNarrativeSection.Builder builder() {
    return ImmutableNarrativeSection.builder();
  }
}
