package vn.cchc.render.spi;

import vn.cchc.render.Language;

/** The labels renderers add around the report's own text, in Vietnamese and English. */
public enum Label {
  /** The appendix heading. */
  APPENDIX("PHỤ LỤC", "APPENDIX"),
  /** The appendix table caption. */
  APPENDIX_CAPTION("Số liệu kết quả công tác cải cách hành chính", "Administrative reform indicators"),
  /** Column: row number. */
  CODE("STT", "No."),
  /** Column: indicator label. */
  INDICATOR("Các chỉ tiêu", "Indicator"),
  /** Column: unit. */
  UNIT("Đơn vị tính", "Unit"),
  /** Column: value. */
  VALUE("Số liệu", "Value"),
  /** Column group over unit and value, as the appendix template heads them. */
  RESULT("Kết quả", "Result"),
  /** The appendix title of an issued report, followed by the period in upper case. */
  APPENDIX_TITLE("BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "ADMINISTRATIVE REFORM RESULTS"),
  /** The appendix's reference to its report: "Kèm theo Báo cáo số 45/BC-UBND ngày 12/03/2024 của …". */
  ATTACHED_TO("Kèm theo Báo cáo số", "Attached to report"),
  /** The watermark of a review copy. */
  REVIEW_COPY("BẢN RÀ SOÁT", "REVIEW COPY"),
  /** Heading: the summary box of a page. */
  SUMMARY("Tóm tắt kiểm tra", "Check summary"),
  /** Heading: the report's ratios in the summary box. */
  KEY_RATIOS("Các tỷ lệ chính", "Key ratios"),
  /** Column: note. */
  NOTE("Ghi chú", "Note"),
  /** Column: the value computed by the rules. */
  DERIVED("Giá trị tính lại", "Derived value"),
  /** Column: findings on the row. */
  FINDINGS("Phát hiện", "Findings"),
  /** Column: the catalogue id. */
  INDICATOR_ID("Mã chỉ tiêu", "Indicator id"),
  /** Column: the value state. */
  STATE("Trạng thái", "State"),
  /** Column / field: document number and symbol. */
  NUMBER("Số, ký hiệu", "Number"),
  /** Field: date of issue. */
  ISSUE_DATE("Ngày ban hành", "Date of issue"),
  /** Field: issuer. */
  ISSUER("Cơ quan ban hành", "Issuer"),
  /** Field: reporting period. */
  PERIOD("Kỳ báo cáo", "Reporting period"),
  /** Field: data window. */
  DATA_WINDOW("Thời gian lấy số liệu", "Data window"),
  /** Field: signer. */
  SIGNER("Người ký", "Signed by"),
  /** Heading: recipients. */
  RECIPIENTS("Nơi nhận", "Recipients"),
  /** Heading: the report. */
  REPORT("BÁO CÁO", "REPORT"),
  /** Column: severity. */
  SEVERITY("Mức độ", "Severity"),
  /** Column: rule id. */
  RULE("Quy tắc", "Rule"),
  /** Column: message. */
  MESSAGE("Nội dung", "Message"),
  /** Column: expected number. */
  EXPECTED("Giá trị kỳ vọng", "Expected"),
  /** Column: actual number. */
  ACTUAL("Giá trị báo cáo", "Actual"),
  /** Column: where in the text. */
  LOCATION("Vị trí", "Location"),
  /** Heading: findings that concern the narrative or no single row. */
  OTHER_FINDINGS("Phát hiện khác", "Other findings"),
  /** Heading: all findings. */
  ALL_FINDINGS("Kết quả kiểm tra", "Consistency findings"),
  /** A derived value that cannot be computed (zero denominator). */
  UNDEFINED("không xác định", "undefined"),
  /** A batch document's title. */
  BATCH_TITLE("Báo cáo cải cách hành chính", "Administrative reform reports"),
  /** What introduces a finding's explanation (its likely cause). */
  LIKELY_CAUSE("Nguyên nhân có thể", "Likely cause");

  private final String vi;
  private final String en;

  Label(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  /**
   * The label in a language.
   *
   * @param language the language
   * @return the text
   */
  public String text(Language language) {
    return language == Language.VI ? vi : en;
  }
}
