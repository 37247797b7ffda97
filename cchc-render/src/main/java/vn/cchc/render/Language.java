package vn.cchc.render;

import java.util.Locale;

/** The language of the labels a renderer adds (headings, column names); the report's own text is never translated. */
public enum Language {
  /** Vietnamese, the default. */
  VI(Locale.forLanguageTag("vi")),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** {@return the locale of this language} */
  public Locale locale() {
    return locale;
  }

  /** {@return the BCP 47 tag, "vi" or "en"} */
  public String tag() {
    return locale.getLanguage();
  }
}
