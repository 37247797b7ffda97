package vn.cchc.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A document's number and symbol ("số, ký hiệu"), e.g. "45/BC-UBND": sequence 45, type
 * abbreviation "BC", issuer abbreviation "UBND". Decrees carry a year: "45/2020/NĐ-CP". A
 * "công văn" has no type abbreviation: "12/UBND-VP" has issuer "UBND" and drafting unit "VP".
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"asWritten", "sequence", "year", "firstPart", "secondPart"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableDocumentNumber.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableDocumentNumber.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDocumentNumber.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDocumentNumber.class)
public abstract class DocumentNumber {
  private static final Pattern SYMBOL = Pattern.compile(
      "(\\d{1,6})/(?:(\\d{4})/)?([\\p{L}]+)-([\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*)");

  DocumentNumber() {}

  /** {@return the number and symbol exactly as written, e.g. "45/BC-UBND"} */
  public abstract String asWritten();

  /** {@return the sequence number, e.g. 45 (leading zeros dropped: "06" is 6)} */
  public abstract int sequence();

  /** {@return the year in the symbol, present in forms such as "45/2020/NĐ-CP"} */
  public abstract OptionalInt year();

  /**
   * {@return the part before the hyphen: the type abbreviation ("BC") for typed documents, or the
   * issuer abbreviation for a công văn ("UBND" in "12/UBND-VP")}
   */
  public abstract String firstPart();

  /** {@return the part after the first hyphen: the issuer ("UBND") or drafting unit ("VP")} */
  public abstract String secondPart();

  /** {@return the document type named by {@link #firstPart()}, empty for a công văn} */
  @JsonIgnore
  @Value.Lazy
  public Optional<DocumentType> type() {
    return DocumentType.ofAbbreviation(firstPart());
  }

  /** {@return the type abbreviation ("BC"), empty when the symbol names no known type} */
  @JsonIgnore
  @Value.Lazy
  public Optional<String> typeAbbreviation() {
    return type().map(t -> firstPart());
  }

  /** {@return the issuer abbreviation: "UBND" in "45/BC-UBND" and in "12/UBND-VP"} */
  @JsonIgnore
  @Value.Lazy
  public String issuerAbbreviation() {
    return type().isPresent() ? secondPart() : firstPart();
  }

  @Value.Check
  final DocumentNumber check() {
    InvalidModelException.check(sequence() >= 0, "document number: sequence must be >= 0, was %d", sequence());
    Text.requireNotBlank(firstPart(), "document number.firstPart");
    Text.requireNotBlank(secondPart(), "document number.secondPart");
    if (!Text.isNfc(asWritten()) || !Text.isNfc(firstPart()) || !Text.isNfc(secondPart())) {
      return ImmutableDocumentNumber.copyOf(this).withAsWritten(Text.nfc(asWritten()))
          .withFirstPart(Text.nfc(firstPart())).withSecondPart(Text.nfc(secondPart()));
    }
    return this;
  }

  /**
   * Parses a number and symbol such as "45/BC-UBND", "33/QĐ-UBND", "45/2020/NĐ-CP" or "12/UBND-VP".
   *
   * <p>Only the clean form is read: no space inside, a hyphen between the parts. Text as PDF extraction
   * leaves it ("45 /BC-UBND", "63/2010/NĐCP") is repaired by the text reader
   * ({@link vn.cchc.model.text.ReportTextReader}), which reports each repair at its place; this method has
   * no place to report one and does not guess.
   *
   * @param text the text, surrounding spaces ignored
   * @return the parsed number, or empty when the text is not a number and symbol
   */
  public static Optional<DocumentNumber> parse(String text) {
    String t = Text.nfc(text).strip();
    Matcher m = SYMBOL.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    ImmutableDocumentNumber.Builder b = ImmutableDocumentNumber.builder()
        .asWritten(t)
        .sequence(Integer.parseInt(m.group(1)))
        .firstPart(m.group(3))
        .secondPart(m.group(4));
    if (m.group(2) != null) {
      b.year(Integer.parseInt(m.group(2)));
    }
    return Optional.of(b.build());
  }

  /** {@return the regular expression that finds numbers and symbols inside running text} */
  public static Pattern pattern() {
    return SYMBOL;
  }

  /** {@return the number as written} */
  @Override
  public String toString() {
    return asWritten();
  }
}
