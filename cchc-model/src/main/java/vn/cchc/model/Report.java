package vn.cchc.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A periodic CCHC report of one People's Committee: its metadata, the narrative (sections I–IV),
 * the documents the narrative cites, the recipients and signature, and the appendix of indicator
 * values matched to a catalogue.
 *
 * <pre>{@code
 * Report r = ReportTextReader.of(Catalogues.bundled()).read(path);
 * r.number().map(DocumentNumber::asWritten);   // Optional["45/BC-UBND"]
 * r.value("3.2.4/denominator");           // Optional[CountValue 1492 Hồ sơ]
 * }</pre>
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"catalogueId", "number", "issueDate", "draft", "issuer", "place", "title", "period", "preamble", "sections", "closing", "references", "recipients", "signer", "appendix"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableReport.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableReport.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReport.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReport.class)
public abstract class Report {
  Report() {}

  /** {@return the id of the catalogue the appendix is matched to, e.g. "cchc-2024"} */
  public abstract String catalogueId();

  /**
   * {@return the document number and symbol, e.g. 45/BC-UBND; empty for a draft whose number is still
   * blank ("Số:      /BC-UBND")}
   */
  public abstract Optional<DocumentNumber> number();

  /** {@return the date of issue; empty for a draft dated "ngày   tháng 01 năm 2024"} */
  public abstract Optional<LocalDate> issueDate();

  /**
   * {@return true when the text is marked as a draft ("DỰ THẢO"): its number and date may be blank and
   * nothing in it has been issued}
   */
  @Value.Default
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
  public boolean draft() {
    return false;
  }

  /** {@return the number as written ("45/BC-UBND"), or "(dự thảo)" for a draft without a number: for messages and titles} */
  @JsonIgnore
  @Value.Lazy
  public String numberOrDraft() {
    return number().map(DocumentNumber::asWritten).orElse(draft() ? "(dự thảo)" : "(không số)");
  }

  /** {@return the issuing unit} */
  public abstract IssuingUnit issuer();

  /** {@return the place in the place-and-date line ("Đình Cả, ngày …"), when the text has that line} */
  public abstract Optional<String> place();

  /** {@return the title under "BÁO CÁO", as written} */
  public abstract String title();

  /** {@return the reporting period} */
  public abstract ReportingPeriod period();

  /** {@return the paragraphs before section I, if any} */
  public abstract List<NarrativeBlock> preamble();

  /** {@return the top-level narrative sections (I., II., …) in order} */
  public abstract List<NarrativeSection> sections();

  /** {@return the paragraphs after the last section and before "Nơi nhận" ("Trên đây là báo cáo …")} */
  public abstract List<NarrativeBlock> closing();

  /** {@return the documents cited in the narrative, in document order} */
  public abstract List<DocumentReference> references();

  /** {@return the recipients under "Nơi nhận", as written, without the leading "-" and trailing ";" or "."} */
  public abstract List<String> recipients();

  /** {@return the signer, when the signature block is present} */
  public abstract Optional<Signer> signer();

  /** {@return the appendix rows matched to catalogue indicators, in document order} */
  public abstract List<AppendixEntry> appendix();

  /** {@return the appendix rows by indicator id} */
  @JsonIgnore
  @Value.Lazy
  public Map<String, AppendixEntry> appendixById() {
    return appendix().stream().collect(Collectors.toUnmodifiableMap(AppendixEntry::indicatorId, Function.identity()));
  }

  /**
   * The appendix row of an indicator.
   *
   * @param indicatorId the catalogue id, e.g. "3.2.4/numerator"
   * @return the row, or empty when the report has no row for it
   */
  public Optional<AppendixEntry> entry(String indicatorId) {
    return Optional.ofNullable(appendixById().get(indicatorId));
  }

  /**
   * The value of an indicator.
   *
   * @param indicatorId the catalogue id
   * @return the value, or empty when the report has no row for it (a blank row is a present
   *     {@link NotReportedValue})
   */
  public Optional<IndicatorValue> value(String indicatorId) {
    return entry(indicatorId).map(AppendixEntry::value);
  }

  /**
   * This report with one appendix value replaced: the row keeps its label, unit, note and source
   * location; only its value changes. For "what if" checks and tests of your own rules.
   *
   * <pre>{@code
   * Report fixed = report.withValue("3.4.2", PercentageValue.of(new BigDecimal("2.6"), "2,6"));
   * }</pre>
   *
   * @param indicatorId the catalogue id of a row the report has, e.g. "3.2.4/numerator"
   * @param value the new value
   * @return a new report (this one is unchanged)
   * @throws IllegalArgumentException when the report has no row for {@code indicatorId}; the message
   *     names the id and the report
   */
  public Report withValue(String indicatorId, IndicatorValue value) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(value, "value");
    if (!appendixById().containsKey(indicatorId)) {
      throw new IllegalArgumentException("report " + numberOrDraft() + " has no appendix row for indicator "
          + indicatorId + " (add rows through Report.builder())");
    }
    List<AppendixEntry> rows = new ArrayList<>(appendix().size());
    for (AppendixEntry e : appendix()) {
      rows.add(e.indicatorId().equals(indicatorId) ? ImmutableAppendixEntry.copyOf(e).withValue(value) : e);
    }
    return ImmutableReport.copyOf(this).withAppendix(rows);
  }

  /** {@return every section, depth-first in document order} */
  public List<NarrativeSection> allSections() {
    return sections().stream().flatMap(NarrativeSection::flatten).collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  final Report check() {
    Text.requireNotBlank(catalogueId(), "report.catalogueId");
    Set<String> seen = new HashSet<>();
    for (AppendixEntry e : appendix()) {
      InvalidModelException.check(seen.add(e.indicatorId()),
          "report %s: indicator %s appears twice in the appendix (second at %s)",
          numberOrDraft(), e.indicatorId(), e.location());
    }
    boolean nfc = Text.isNfc(title()) && place().map(Text::isNfc).orElse(true)
        && recipients().stream().allMatch(Text::isNfc);
    if (!nfc) {
      return ImmutableReport.copyOf(this).withTitle(Text.nfc(title())).withPlace(place().map(Text::nfc))
          .withRecipients(recipients().stream().map(Text::nfc).collect(Collectors.toList()));
    }
    return this;
  }

  /** {@return a new builder} */
  public static ImmutableReport.Builder builder() {
    return ImmutableReport.builder();
  }
}
