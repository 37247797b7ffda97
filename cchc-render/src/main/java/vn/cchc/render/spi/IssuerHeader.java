package vn.cchc.render.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.cchc.model.IssuingUnit;

/**
 * The issuing body's name at the top left of a document, as Nghị định 30/2020/NĐ-CP (Phụ lục I, ô số 2) sets it:
 * the body it belongs to in regular type, then the issuer itself in bold, every line upper case. The document
 * renderers (DOCX, PDF) write it so; a renderer of its own gets the same lines from {@link #of(IssuingUnit)}.
 *
 * <p>For a People's Committee the body is written in full on its own line: "UBND thị trấn Đình Cả" under
 * "UBND huyện Võ Nhai" is {@code superior = ["UBND HUYỆN VÕ NHAI"]},
 * {@code issuer = ["ỦY BAN NHÂN DÂN", "THỊ TRẤN ĐÌNH CẢ"]}. For an agency's report the committee is the body it
 * belongs to: {@code superior = ["UBND TỈNH THÁI NGUYÊN"]}, {@code issuer = ["SỞ NỘI VỤ"]}. Any other issuer is
 * written as the report writes it.
 *
 * @param superior the lines of the body the issuer belongs to, regular type; empty when the report names none
 * @param issuer the lines of the issuer's own name, bold; never empty
 */
public record IssuerHeader(List<String> superior, List<String> issuer) {
  private static final Locale VI = Locale.forLanguageTag("vi");

  /**
   * Checks and copies the parts.
   *
   * @param superior the lines of the body the issuer belongs to, regular type; empty when the report names none
   * @param issuer the lines of the issuer's own name, bold
   * @throws NullPointerException when a part or a line is null
   * @throws IllegalArgumentException when {@code issuer} is empty
   */
  public IssuerHeader {
    superior = List.copyOf(Objects.requireNonNull(superior, "superior"));
    issuer = List.copyOf(Objects.requireNonNull(issuer, "issuer"));
    if (issuer.isEmpty()) {
      throw new IllegalArgumentException("an issuer header names the issuer: issuer is empty");
    }
  }

  /**
   * The header lines of a report's issuer.
   *
   * @param unit the issuer, as the report's header names it
   * @return its lines, upper case (Vietnamese rules)
   * @throws NullPointerException when {@code unit} is null
   */
  public static IssuerHeader of(IssuingUnit unit) {
    Objects.requireNonNull(unit, "unit");
    if (unit.agency().isPresent()) {
      return new IssuerHeader(List.of(upper(unit.asWritten())), List.of(upper(unit.agency().get())));
    }
    List<String> superior = unit.superior().map(s -> List.of(upper(s))).orElse(List.of());
    String body = unit.body().strip();
    boolean committee = body.equalsIgnoreCase("UBND") || body.equalsIgnoreCase("Ủy ban nhân dân")
        || body.equalsIgnoreCase("Uỷ ban nhân dân");
    List<String> issuer = new ArrayList<>();
    if (committee) {
      issuer.add("ỦY BAN NHÂN DÂN");
      issuer.add(upper(unit.unitWithType()));
    } else {
      issuer.add(upper(unit.asWritten()));
    }
    return new IssuerHeader(superior, issuer);
  }

  /** {@return every line, the superior's first} */
  public List<String> lines() {
    List<String> all = new ArrayList<>(superior);
    all.addAll(issuer);
    return List.copyOf(all);
  }

  private static String upper(String s) {
    return s.toUpperCase(VI);
  }
}
