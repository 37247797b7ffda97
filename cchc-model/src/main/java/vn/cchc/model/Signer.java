package vn.cchc.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Who signed the report: position ("CHỦ TỊCH") and name, and the authority line when written ("TM. ỦY BAN NHÂN DÂN"). */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"position", "name", "onBehalfOf"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableSigner.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableSigner.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSigner.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSigner.class)
public abstract class Signer {
  Signer() {}

  /** {@return the position as written, e.g. "CHỦ TỊCH"} */
  public abstract String position();

  /** {@return the signer's name, e.g. "Trịnh Thanh Phương"} */
  public abstract String name();

  /** {@return the authority line above the position, e.g. "TM. ỦY BAN NHÂN DÂN", when written} */
  public abstract Optional<String> onBehalfOf();

  @Value.Check
  final Signer check() {
    Text.requireNotBlank(position(), "signer.position");
    Text.requireNotBlank(name(), "signer.name");
    if (!Text.isNfc(position()) || !Text.isNfc(name()) || !onBehalfOf().map(Text::isNfc).orElse(true)) {
      return ImmutableSigner.copyOf(this).withPosition(Text.nfc(position())).withName(Text.nfc(name()))
          .withOnBehalfOf(onBehalfOf().map(Text::nfc));
    }
    return this;
  }

  /**
   * A signer.
   *
   * @param position the position as written
   * @param name the name
   * @return the signer
   */
  public static Signer of(String position, String name) {
    return ImmutableSigner.builder().position(position).name(name).build();
  }
}
