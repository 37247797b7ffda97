package vn.cchc.model.catalogue;

import org.immutables.value.Value;
import vn.cchc.model.InvalidModelException;

/** One answer of a {@link CodeList}: the code written in the value cell and its official label ("Có = 1"). */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"code", "label"})
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableCodeListEntry.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableCodeListEntry.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCodeListEntry.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCodeListEntry.class)
public abstract class CodeListEntry {
  CodeListEntry() {}

  /** {@return the code, not negative} */
  public abstract int code();

  /** {@return the official Vietnamese label exactly as written, e.g. "Đang làm"} */
  public abstract String label();

  @Value.Check
  final CodeListEntry check() {
    InvalidModelException.check(code() >= 0, "code %d: a code is not negative", code());
    InvalidModelException.check(!label().isBlank(), "code %d: its label must not be blank", code());
    String nfc = java.text.Normalizer.normalize(label(), java.text.Normalizer.Form.NFC);
    return nfc.equals(label()) ? this : ImmutableCodeListEntry.copyOf(this).withLabel(nfc);
  }

  /**
   * An entry.
   *
   * @param code the code
   * @param label the label
   * @return the entry
   */
  public static CodeListEntry of(int code, String label) {
    return ImmutableCodeListEntry.builder().code(code).label(label).build();
  }
}
