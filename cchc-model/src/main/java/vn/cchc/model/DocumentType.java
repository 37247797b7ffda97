package vn.cchc.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Types of administrative documents with their abbreviation in a document symbol, after
 * Nghị định 30/2020/NĐ-CP, Phụ lục III ("BC" in "45/BC-UBND" is {@link #REPORT}).
 */
public enum DocumentType {
  /** Nghị quyết. */ RESOLUTION("NQ", "Nghị quyết"),
  /** Quyết định. */ DECISION("QĐ", "Quyết định"),
  /** Chỉ thị. */ DIRECTIVE("CT", "Chỉ thị"),
  /** Quy chế. */ STATUTE("QC", "Quy chế"),
  /** Quy định. */ REGULATION("QyĐ", "Quy định"),
  /** Thông cáo. */ COMMUNIQUE("TC", "Thông cáo"),
  /** Thông báo. */ NOTICE("TB", "Thông báo"),
  /** Hướng dẫn. */ GUIDANCE("HD", "Hướng dẫn"),
  /** Chương trình. */ PROGRAMME("CTr", "Chương trình"),
  /** Kế hoạch. */ PLAN("KH", "Kế hoạch"),
  /** Phương án. */ SCHEME("PA", "Phương án"),
  /** Đề án. */ PROPOSAL("ĐA", "Đề án"),
  /** Dự án. */ PROJECT("DA", "Dự án"),
  /** Báo cáo. */ REPORT("BC", "Báo cáo"),
  /** Biên bản. */ MINUTES("BB", "Biên bản"),
  /** Tờ trình. */ SUBMISSION("TTr", "Tờ trình"),
  /** Hợp đồng. */ CONTRACT("HĐ", "Hợp đồng"),
  /** Công điện. */ TELEGRAM("CĐ", "Công điện"),
  /** Giấy mời. */ INVITATION("GM", "Giấy mời"),
  /** Giấy giới thiệu. */ INTRODUCTION("GGT", "Giấy giới thiệu"),
  /** Nghị định (a Government decree: "45/2020/NĐ-CP"). */ DECREE("NĐ", "Nghị định"),
  /** Thông tư (a ministerial circular). */ CIRCULAR("TT", "Thông tư");

  private final String abbreviation;
  private final String label;

  DocumentType(String abbreviation, String label) {
    this.abbreviation = abbreviation;
    this.label = label;
  }

  /** {@return the abbreviation used in a symbol, e.g. "KH"} */
  public String abbreviation() {
    return abbreviation;
  }

  /** {@return the Vietnamese type word, e.g. "Kế hoạch"} */
  public String label() {
    return label;
  }

  /**
   * Finds a type by its abbreviation, exactly as Phụ lục III writes it (case-sensitive: "QyĐ").
   *
   * @param abbreviation e.g. "BC"
   * @return the type, or empty
   */
  public static Optional<DocumentType> ofAbbreviation(String abbreviation) {
    String a = Text.nfc(abbreviation);
    return Arrays.stream(values()).filter(t -> t.abbreviation.equals(a)).findFirst();
  }

  /**
   * Finds a type by its type word, ignoring case ("kế hoạch", "Kế hoạch").
   *
   * @param word e.g. "Quyết định"
   * @return the type, or empty
   */
  public static Optional<DocumentType> ofLabel(String word) {
    String w = Text.nfc(word).strip();
    return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(w)).findFirst();
  }
}
