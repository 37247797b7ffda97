package vn.cchc.render.spi;

import vn.cchc.render.RenderOptions;
import java.util.Locale;
import vn.cchc.model.message.Message;

/**
 * The labels renderers add around the report's own text (headings, column names), each a key of the
 * bundle {@code vn.cchc.render.spi.labels}: English in the root bundle, Vietnamese in {@code _vi}; a
 * user adds a language with a {@code labels_xx.properties} file on the class path ({@code docs/renderers.md}).
 */
public enum Label {
  /** The appendix heading. */
  APPENDIX,
  /** The appendix table caption. */
  APPENDIX_CAPTION,
  /** Column: row number. */
  CODE,
  /** Column: indicator label. */
  INDICATOR,
  /** Column: unit. */
  UNIT,
  /** Column: value. */
  VALUE,
  /** Column group over unit and value, as the appendix template heads them. */
  RESULT,
  /** The appendix title of an issued report, followed by the period in upper case. */
  APPENDIX_TITLE,
  /** The appendix's reference to its report: "Kèm theo Báo cáo số 45/BC-UBND ngày 12/03/2024 của …". */
  ATTACHED_TO,
  /** The watermark of a review copy. */
  REVIEW_COPY,
  /** Heading: the summary box of a page. */
  SUMMARY,
  /** Heading: the report's ratios in the summary box. */
  KEY_RATIOS,
  /** Column: note. */
  NOTE,
  /** Column: the value computed by the rules. */
  DERIVED,
  /** Column: findings on the row. */
  FINDINGS,
  /** Column: the catalogue id. */
  INDICATOR_ID,
  /** Column: the value state. */
  STATE,
  /** Column / field: document number and symbol. */
  NUMBER,
  /** Field: date of issue. */
  ISSUE_DATE,
  /** Field: issuer. */
  ISSUER,
  /** Field: reporting period. */
  PERIOD,
  /** Field: data window. */
  DATA_WINDOW,
  /** Field: signer. */
  SIGNER,
  /** Heading: recipients. */
  RECIPIENTS,
  /** Heading: the report. */
  REPORT,
  /** Column: severity. */
  SEVERITY,
  /** Column: rule id. */
  RULE,
  /** Column: message. */
  MESSAGE,
  /** Column: expected number. */
  EXPECTED,
  /** Column: actual number. */
  ACTUAL,
  /** Column: where in the text. */
  LOCATION,
  /** Heading: findings that concern the narrative or no single row. */
  OTHER_FINDINGS,
  /** Heading: all findings. */
  ALL_FINDINGS,
  /** A derived value that cannot be computed (zero denominator). */
  UNDEFINED,
  /** A batch document's title. */
  BATCH_TITLE,
  /** What introduces a finding's explanation (its likely cause). */
  LIKELY_CAUSE;

  private final String key = "label." + name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** {@return the key of the label in the bundle {@code vn.cchc.render.spi.labels}, e.g. "label.appendix-caption"} */
  public String key() {
    return key;
  }

  /** {@return the label as a message, resolved for a locale when it is shown} */
  public Message message() {
    return Message.of(RenderTexts.BUNDLE, key);
  }

  /**
   * The label in a language, from the bundle {@code vn.cchc.render.spi.labels} for the locale (normal
   * fallback chain: a language without a bundle gets the root bundle, English).
   *
   * @param locale the language, e.g. {@link vn.cchc.render.RenderOptions#VIETNAMESE}
   * @return the text
   */
  public String text(Locale locale) {
    return RenderTexts.BUNDLE.resolve(locale).getString(key);
  }
}
