package vn.cchc.model.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.UnknownCodeException;

/**
 * A code list, as catalogue data: an id that coded indicators and {@link vn.cchc.model.CodedValue}s
 * name, its entries (code → label) and the form written in the appendix's unit cell ("Không = 0 Có =
 * 1"). A catalogue declares its lists in {@link Catalogue#codeLists()}; a new list needs no Java code.
 *
 * <pre>{@code
 * CodeList rollout = CodeList.builder().id("ROLLOUT")
 *     .addEntries(CodeListEntry.of(0, "Chưa triển khai"), CodeListEntry.of(1, "Đang thử nghiệm"),
 *                 CodeListEntry.of(2, "Chính thức")).build();
 * rollout.asWritten();                    // "Chưa triển khai = 0 Đang thử nghiệm = 1 Chính thức = 2"
 * rollout.label(1);                       // Optional["Đang thử nghiệm"]
 * rollout.matches("Chưa triển khai=0  Đang thử nghiệm=1 Chính thức=2");   // true
 * }</pre>
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "asWritten", "entries"})
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableCodeList.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableCodeList.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCodeList.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCodeList.class)
public abstract class CodeList {
  private static final Pattern EQUALS = Pattern.compile("\\s*=\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  CodeList() {}

  /** {@return the id, e.g. "YES_NO"} */
  public abstract String id();

  /** {@return the entries, in the order the template writes them} */
  public abstract List<CodeListEntry> entries();

  /**
   * The list as the template writes it in the unit cell; by default each entry as "label = code",
   * separated by a space ("Chưa = 0 Hoàn thành = 1").
   *
   * @return the text
   */
  @Value.Default
  public String asWritten() {
    return entries().stream().map(e -> e.label() + " = " + e.code()).collect(Collectors.joining(" "));
  }

  /** {@return the codes, in entry order} */
  @JsonIgnore
  @Value.Lazy
  public List<Integer> codes() {
    return entries().stream().map(CodeListEntry::code).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The entry of a code.
   *
   * @param code the code
   * @return the entry, or empty when the code is not in the list
   */
  public Optional<CodeListEntry> entry(int code) {
    return entries().stream().filter(e -> e.code() == code).findFirst();
  }

  /**
   * The label of a code.
   *
   * @param code the code
   * @return the label, or empty when the code is not in the list
   */
  public Optional<String> label(int code) {
    return entry(code).map(CodeListEntry::label);
  }

  /**
   * Tells whether a code is in the list.
   *
   * @param code the code
   * @return true when an entry has it
   */
  public boolean contains(int code) {
    return entry(code).isPresent();
  }

  /**
   * The entry of a code that must be in the list.
   *
   * @param code the code
   * @return the entry
   * @throws UnknownCodeException when the code is not in the list; the message lists the valid codes
   */
  public CodeListEntry require(int code) {
    return entry(code).orElseThrow(() -> new UnknownCodeException(id(), asWritten(), code, codes()));
  }

  /**
   * Tells whether a unit cell writes this list: the same text as {@link #asWritten()}, or the entries
   * "label = code" in order, with spacing around "=" and between entries, case and Unicode normalisation
   * not mattering.
   *
   * @param unitCell the cell text, e.g. "Chưa = 0 Hoàn thành = 1"
   * @return true when it is this list
   */
  public boolean matches(String unitCell) {
    String want = canonical(unitCell);
    return want.equals(canonical(asWritten())) || want.equals(canonical(
        entries().stream().map(e -> e.label() + " = " + e.code()).collect(Collectors.joining(" "))));
  }

  private static String canonical(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return SPACES.matcher(EQUALS.matcher(t).replaceAll("=")).replaceAll(" ").strip();
  }

  @Value.Check
  final CodeList check() {
    InvalidModelException.check(!id().isBlank(), "code list id must not be blank");
    InvalidModelException.check(!entries().isEmpty(), "code list %s: it needs at least one entry", id());
    InvalidModelException.check(!asWritten().isBlank(), "code list %s: asWritten must not be blank", id());
    Set<Integer> codes = new HashSet<>();
    Set<String> labels = new HashSet<>();
    for (CodeListEntry e : entries()) {
      InvalidModelException.check(codes.add(e.code()), "code list %s: code %d is listed twice", id(), e.code());
      InvalidModelException.check(labels.add(canonical(e.label())), "code list %s: label %s is listed twice", id(), e.label());
    }
    String nfc = Normalizer.normalize(asWritten(), Normalizer.Form.NFC);
    return nfc.equals(asWritten()) ? this : ImmutableCodeList.copyOf(this).withAsWritten(nfc);
  }

  /** {@return a new builder} */
  public static ImmutableCodeList.Builder builder() {
    return ImmutableCodeList.builder();
  }
}
