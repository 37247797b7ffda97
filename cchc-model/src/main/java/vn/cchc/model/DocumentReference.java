package vn.cchc.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document the narrative cites, e.g. "Kế hoạch số 06/KH-UBND ngày 10/01/2024 về cải cách hành
 * chính…": the type word as written ("Kế hoạch"), the number and symbol, the date, the subject,
 * and where it stands (line:column and the section marker path such as "I.2").
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"typeWord", "number", "date", "issuer", "subject", "location", "sectionPath"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableDocumentReference.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableDocumentReference.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDocumentReference.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDocumentReference.class)
public abstract class DocumentReference {
  DocumentReference() {}

  /** {@return the type word exactly as written, e.g. "Kế hoạch", "Quyết định", "kế hoạch"; empty when none precedes the number} */
  public abstract Optional<String> typeWord();

  /** {@return the document number and symbol} */
  public abstract DocumentNumber number();

  /** {@return the document's date, when the text gives one ("ngày 10/01/2024")} */
  public abstract Optional<LocalDate> date();

  /** {@return the subject after "về" (or the rest of the clause), as written, when present} */
  public abstract Optional<String> subject();

  /**
   * {@return the issuer named with the reference, as written: "UBND huyện Lạc Dương" in "Quyết định
   * số 65/QĐ-UBND ngày … của UBND huyện Lạc Dương về …"; empty when the text names none (the report's
   * own issuer is then the likely one, but the reader does not guess it)}
   */
  public abstract Optional<String> issuer();

  /** {@return where the reference starts in the source} */
  public abstract SourceLocation location();

  /** {@return the path of section markers that contain it, e.g. "I.2" or "II.2.2.đ"} */
  public abstract String sectionPath();

  @Value.Check
  final DocumentReference check() {
    if (!typeWord().map(Text::isNfc).orElse(true) || !subject().map(Text::isNfc).orElse(true)
        || !issuer().map(Text::isNfc).orElse(true)) {
      return ImmutableDocumentReference.copyOf(this).withTypeWord(typeWord().map(Text::nfc))
          .withSubject(subject().map(Text::nfc)).withIssuer(issuer().map(Text::nfc));
    }
    return this;
  }

  /** {@return a new builder} */
  public static ImmutableDocumentReference.Builder builder() {
    return ImmutableDocumentReference.builder();
  }
}
