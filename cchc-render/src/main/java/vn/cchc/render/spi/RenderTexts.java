package vn.cchc.render.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.cchc.model.CodedValue;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.rules.DerivedValue;
import vn.cchc.rules.Finding;
import vn.cchc.rules.Severity;

/**
 * The texts the built-in renderers show, offered to third-party renderers so that every format
 * says the same thing: values in Vietnamese number format, coded answers with their labels,
 * the period, the place-and-date line of Nghị định 30/2020, the national name and motto.
 */
public final class RenderTexts {
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
  public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  /** "Độc lập - Tự do - Hạnh phúc". */
  public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /** The base name of the labels' bundle. */
  static final String BASE_NAME = "vn.cchc.render.spi.labels";

  /** The labels and words renderers add: {@code vn/cchc/render/spi/labels.properties} (English) and {@code _vi}; loaded from this module. */
  static final MessageBundle BUNDLE = MessageBundle.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private RenderTexts() {}

  /**
   * A text of the render labels' bundle {@code vn.cchc.render.spi.labels} by its key, with its arguments — the
   * words the built-in renderers add that are not a {@link Label}, e.g. the aggregate dashboard's
   * {@code "aggregate.bar.title"} — so that a third-party renderer can say the same thing in the same language.
   * The keys are listed in the bundle ({@code vn/cchc/render/spi/labels.properties}).
   *
   * @param key a key of the bundle, e.g. {@code "aggregate.missing.title"}
   * @param arguments its arguments, as {@link Message#of} takes them
   * @return the message, worded for a locale by {@link Message#format(Locale)}
   * @throws IllegalArgumentException when the key is not in the bundle, or an argument has another type
   * @throws NullPointerException when the key, the arguments or one of them is null
   */
  public static Message message(String key, Object... arguments) {
    java.util.Objects.requireNonNull(key, "key");
    java.util.Objects.requireNonNull(arguments, "arguments");
    return Message.of(BUNDLE, key, arguments);
  }

  /**
   * A number written for a language: Vietnamese "1.492" and "99,33", English "1492" and "99.33" (as
   * {@link Message#formatNumber(BigDecimal, Locale)}).
   *
   * @param number the number
   * @param language the language
   * @return the text
   */
  public static String number(BigDecimal number, Locale language) {
    java.util.Objects.requireNonNull(number, "number");
    java.util.Objects.requireNonNull(language, "language");
    return Message.formatNumber(number, language);
  }

  /**
   * A value as a person reads it: numbers in Vietnamese format keeping their scale ("1.492", "99,3"),
   * a coded answer as its code and the label its catalogue's code list gives it ("2 (3 cấp)"; the code
   * alone when the list does not have it), "-" for not applicable, "" for blank.
   *
   * @param value the value
   * @param catalogue the catalogue whose code lists label coded answers
   * @return the text
   */
  public static String value(IndicatorValue value, Catalogue catalogue) {
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(catalogue, "catalogue");
    switch (value.state()) {
      case COUNT:
      case PERCENTAGE:
      case MONEY:
        return VietnameseNumber.format(value.number().orElseThrow());
      case CODED:
        CodedValue c = (CodedValue) value;
        return catalogue.codeList(c.codeListId()).flatMap(l -> l.label(c.code()))
            .map(label -> c.code() + " (" + label + ")").orElse(Integer.toString(c.code()));
      case NOT_APPLICABLE:
        return "-";
      default:
        return "";
    }
  }

  /**
   * A derived value rounded for display, in Vietnamese format: "99,3"; "không xác định" when undefined.
   *
   * @param derived the derived value
   * @param decimals digits after the decimal mark
   * @param language the language of the "undefined" word
   * @return the text
   */
  public static String derived(DerivedValue derived, int decimals, Locale language) {
    java.util.Objects.requireNonNull(derived, "derived");
    java.util.Objects.requireNonNull(language, "language");
    return derived.rounded(decimals).map(VietnameseNumber::format).orElse(Label.UNDEFINED.text(language));
  }

  /**
   * A number in Vietnamese format.
   *
   * @param number the number
   * @return the text, e.g. "1.492" or "99,3"
   */
  public static String number(BigDecimal number) {
    return VietnameseNumber.format(number);
  }

  /**
   * A severity's name.
   *
   * @param severity the severity
   * @param language the language
   * @return "lỗi" / "error", "cảnh báo" / "warning", "thông tin" / "info"
   */
  public static String severity(Severity severity, Locale language) {
    java.util.Objects.requireNonNull(severity, "severity");
    java.util.Objects.requireNonNull(language, "language");
    return Message.of(BUNDLE, "severity." + severity.name().toLowerCase(Locale.ROOT)).format(language);
  }

  /**
   * The period as written in a title: "quý I năm 2024", "6 tháng đầu năm 2024"; "Q1 2024" in English.
   *
   * @param period the period
   * @param language the language
   * @return the text
   */
  public static String period(ReportingPeriod period, Locale language) {
    java.util.Objects.requireNonNull(period, "period");
    java.util.Objects.requireNonNull(language, "language");
    int i = period.index();
    String key;
    switch (period.kind()) {
      case MONTH: key = "period.month"; break;
      case QUARTER: key = "period.quarter"; break;
      case SIX_MONTHS: key = i == 1 ? "period.six-months.1" : "period.six-months.2"; break;
      case NINE_MONTHS: key = "period.nine-months"; break;
      default: key = "period.year"; break;
    }
    // the index and the year as text: a year is never grouped ("2024", not "2.024")
    return Message.of(BUNDLE, key, Integer.toString(i), i >= 1 && i <= ROMAN.length ? ROMAN[i - 1] : Integer.toString(i),
        Integer.toString(period.year())).format(language);
  }

  /**
   * A finding as one sentence for people: "[lỗi] message (dòng 23)" / "[error] message (line 23)", followed by its
   * explanations, each as " → " {@link #explanation(vn.cchc.rules.Explanation, Locale)}. The rule id is not part
   * of it: ids are for programs (JSON, the CSV and XLSX rule columns, an HTML {@code data-rule}). Without the
   * catalogue it cannot name the appendix row; {@link #finding(Finding, Locale, Catalogue)} does.
   *
   * @param finding the finding
   * @param language the language of the severity, the message and the line word
   * @return the text
   */
  public static String finding(Finding finding, Locale language) {
    StringBuilder sb = new StringBuilder("[" + severity(finding.severity(), language) + "] " + finding.message(language)
        + finding.location().map(l -> " (" + line(l.line(), language) + ")").orElse(""));
    return explained(sb, finding, language);
  }

  /**
   * A finding as one sentence for people, naming the appendix row it concerns by its code and catalogue label
   * ({@link #row(Finding, Locale, Catalogue)}): «[lỗi] 3.4.2 "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được
   * giải quyết…" (dòng 112): message», then its explanations. A finding that names no row of the catalogue reads as
   * {@link #finding(Finding, Locale)}.
   *
   * @param finding the finding
   * @param language the language of the severity, the message and the line word
   * @param catalogue the catalogue whose codes and labels name the row
   * @return the text
   */
  public static String finding(Finding finding, Locale language, Catalogue catalogue) {
    Optional<String> row = row(finding, language, catalogue);
    if (row.isEmpty()) {
      return finding(finding, language);
    }
    StringBuilder sb = new StringBuilder("[" + severity(finding.severity(), language) + "] " + row.get() + ": "
        + finding.message(language));
    return explained(sb, finding, language);
  }

  private static String explained(StringBuilder sb, Finding finding, Locale language) {
    for (vn.cchc.rules.Explanation e : finding.explanations()) {
      sb.append(" → ").append(explanation(e, language));
    }
    return sb.toString();
  }

  /** The longest label a row reference shows whole, in characters; longer ones are shortened at a word boundary. */
  public static final int ROW_LABEL_MAX = 60;

  /**
   * The appendix row a finding concerns, as a person names it: its code, its catalogue label in quotes, shortened
   * to {@value #ROW_LABEL_MAX} characters ({@link #shortLabel(String, int)}), and the finding's line — «3.4.2 "Tỷ lệ
   * hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết…" (dòng 112)». The row is the finding's first indicator that
   * the catalogue knows; a "Trong đó" row, which has no code of its own, takes its parent's code («3.2.4 "Số hồ sơ
   * TTHC đã tiếp nhận trực tuyến"»). The label is the catalogue's, the same in both languages.
   *
   * @param finding the finding
   * @param language the language of the line word
   * @param catalogue the catalogue whose codes and labels name the row
   * @return the reference; empty when the finding names no indicator of the catalogue
   */
  public static Optional<String> row(Finding finding, Locale language, Catalogue catalogue) {
    java.util.Objects.requireNonNull(finding, "finding");
    java.util.Objects.requireNonNull(language, "language");
    java.util.Objects.requireNonNull(catalogue, "catalogue");
    for (String id : finding.indicatorIds()) {
      Optional<IndicatorDefinition> def = catalogue.indicator(id);
      if (def.isPresent()) {
        IndicatorDefinition d = def.get();
        Optional<String> code = d.code().or(() -> d.parentId().flatMap(catalogue::indicator)
            .flatMap(IndicatorDefinition::code));
        return Optional.of(code.map(c -> c + " ").orElse("") + "\"" + shortLabel(d.label(), ROW_LABEL_MAX) + "\""
            + finding.location().map(l -> " (" + line(l.line(), language) + ")").orElse(""));
      }
    }
    return Optional.empty();
  }

  /**
   * A label shortened for a sentence: the label itself when it has at most {@code max} characters, else its
   * longest run of whole words that fits in {@code max - 1} characters followed by "…" — never cut inside a word,
   * trailing spaces and ",;:" dropped before the "…". When even the first word is longer, that whole word and "…".
   *
   * @param label the label
   * @param max the longest result wanted, in characters, "…" included; at least 2
   * @return the label or its shortened form
   * @throws IllegalArgumentException when {@code max} is below 2
   */
  public static String shortLabel(String label, int max) {
    if (max < 2) {
      throw new IllegalArgumentException("max must be at least 2, was " + max);
    }
    String s = label.strip();
    if (s.length() <= max) {
      return s;
    }
    for (int i = max - 1; i > 0; i--) {
      if (Character.isWhitespace(s.charAt(i))) {
        int end = i;
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || ",;:".indexOf(s.charAt(end - 1)) >= 0)) {
          end--;
        }
        if (end > 0) {
          return s.substring(0, end) + "…";
        }
        break;
      }
    }
    // no word boundary within max (or only punctuation before it): the first word, whole
    int end = 0;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    return end == s.length() ? s : s.substring(0, end) + "…";
  }

  /**
   * Findings in one cell, each as {@link #finding(Finding, Locale, Catalogue)} (naming its row), separated by
   * "; ".
   *
   * @param findings the findings
   * @param language the language
   * @param catalogue the catalogue whose codes and labels name the rows
   * @return the text; empty when there are none
   */
  public static String findings(List<Finding> findings, Locale language, Catalogue catalogue) {
    java.util.Objects.requireNonNull(language, "language");
    java.util.Objects.requireNonNull(catalogue, "catalogue");
    return findings.stream().map(f -> finding(f, language, catalogue)).collect(Collectors.joining("; "));
  }

  /**
   * An explanation of a finding as one line: "Nguyên nhân có thể 1: message (cause.part-omitted)".
   *
   * @param explanation the explanation
   * @param language the language of the label and the message
   * @return the text
   */
  public static String explanation(vn.cchc.rules.Explanation explanation, Locale language) {
    return Label.LIKELY_CAUSE.text(language) + " " + explanation.rank() + ": " + explanation.message(language)
        + " (" + explanation.causeId() + ")";
  }

  /**
   * A source line as a person says it: "dòng 23" / "line 23" (never "23:3", which reads as a time of day).
   *
   * @param line the 1-based line
   * @param language the language
   * @return the text
   */
  public static String line(int line, Locale language) {
    java.util.Objects.requireNonNull(language, "language");
    return Message.of(BUNDLE, "location.line", Integer.toString(line)).format(language);
  }

  /**
   * Findings in one cell: each as {@link #finding(Finding, Locale)}, separated by "; ".
   *
   * @param findings the findings
   * @param language the language
   * @return the text; empty when there are none
   */
  public static String findings(List<Finding> findings, Locale language) {
    java.util.Objects.requireNonNull(findings, "findings");
    java.util.Objects.requireNonNull(language, "language");
    return findings.stream().map(f -> finding(f, language)).collect(Collectors.joining("; "));
  }

  /**
   * A date the way Vietnamese documents write it: "12/03/2024".
   *
   * @param date the date
   * @return dd/MM/yyyy
   */
  public static String date(java.time.LocalDate date) {
    return String.format(java.util.Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /**
   * A date window the way Vietnamese documents write it: "13/12/2023 – 11/03/2024".
   *
   * @param window the window
   * @return the two dates joined by an en dash
   */
  public static String window(vn.cchc.model.DateWindow window) {
    return date(window.from()) + " – " + date(window.to());
  }

  /**
   * The place of the place-and-date line: {@link Report#place()} when the report states it, else the
   * issuer's unit name ("Đình Cả").
   *
   * @param report the report
   * @return the place
   */
  public static String place(Report report) {
    return report.place().orElse(report.issuer().unitName());
  }

  /**
   * The place-and-date line, day and month on two digits: "Đình Cả, ngày 12 tháng 03 năm 2024"; for a
   * draft without a date, the template's blanks with the period's year.
   *
   * @param report the report
   * @return the line
   * @see #placeAndDate(Report, boolean)
   */
  public static String placeAndDate(Report report) {
    return placeAndDate(report, false);
  }

  /**
   * The place-and-date line.
   *
   * @param report the report
   * @param decreeStrict true for the strict rule of Nghị định 30/2020 (Phụ lục I): a leading zero only
   *     for days below 10 and for months 1 and 2 ("ngày 12 tháng 3 năm 2024"); false for two digits
   *     always ("ngày 12 tháng 03 năm 2024"), as many units write it
   * @return the line
   */
  public static String placeAndDate(Report report, boolean decreeStrict) {
    if (report.issueDate().isEmpty()) {
      return place(report) + ", ngày      tháng      năm " + report.period().year();
    }
    LocalDate d = report.issueDate().get();
    String day = String.format(Locale.ROOT, "%02d", d.getDayOfMonth());
    int m = d.getMonthValue();
    String month = decreeStrict && m > 2 ? Integer.toString(m) : String.format(Locale.ROOT, "%02d", m);
    return place(report) + ", ngày " + day + " tháng " + month + " năm " + d.getYear();
  }

  /**
   * The text with control characters (other than tab and line feed) replaced by a space, so that no
   * terminal escape or stray carriage return survives into a document.
   *
   * @param text the text
   * @return the cleaned text (the same instance when nothing changed)
   */
  public static String printable(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (isControl(text.charAt(i))) {
        StringBuilder sb = new StringBuilder(text);
        for (int j = i; j < n; j++) {
          if (isControl(sb.charAt(j))) {
            sb.setCharAt(j, ' ');
          }
        }
        return sb.toString();
      }
    }
    return text;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
  }
}
