package vn.cchc.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One paragraph or list item of the narrative, exactly as written (NFC), with where it starts.
 * A list item keeps its marker ("-", "- +", "+") apart from its text.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"kind", "marker", "text", "location"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableNarrativeBlock.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableNarrativeBlock.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableNarrativeBlock.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableNarrativeBlock.class)
public abstract class NarrativeBlock {
  NarrativeBlock() {}

  /** What kind of block this is. */
  public enum Kind {
    /** A running paragraph. */
    PARAGRAPH,
    /** A list item ("- …"). */
    BULLET,
    /** A nested list item ("- + …", "+ …"). */
    SUB_BULLET
  }

  /** {@return the kind of block} */
  public abstract Kind kind();

  /** {@return the list marker as written ("-", "- +"), empty for a paragraph} */
  public abstract Optional<String> marker();

  /** {@return the text after the marker, as written} */
  public abstract String text();

  /** {@return where the block starts in the source} */
  public abstract SourceLocation location();

  @Value.Check
  final NarrativeBlock check() {
    if ((kind() == Kind.PARAGRAPH) == marker().isPresent()) {
      throw new InvalidModelException("narrative block at " + location()
          + (kind() == Kind.PARAGRAPH ? ": a paragraph has no marker" : ": a list item needs its marker"));
    }
    if (!Text.isNfc(text())) {
      return ImmutableNarrativeBlock.copyOf(this).withText(Text.nfc(text()));
    }
    return this;
  }

  /** {@return a new builder} */
  public static ImmutableNarrativeBlock.Builder builder() {
    return ImmutableNarrativeBlock.builder();
  }
}
