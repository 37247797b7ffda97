package vn.cchc.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.CodeList;
import vn.cchc.model.CountValue;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.ImmutableNarrativeSection;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.MoneyValue;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.PercentageValue;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/** Builds values and appendix rows, and edits reports (always through the model's builders). Internal. */
final class Edit {
  private Edit() {}

  static IndicatorValue count(IndicatorDefinition d, long n) {
    return CountValue.of(n, d.unit().filter(u -> u.kind() == UnitKind.COUNT), VietnameseNumber.format(BigDecimal.valueOf(n)));
  }

  static IndicatorValue money(IndicatorDefinition d, BigDecimal n) {
    Unit u = d.unit().filter(x -> x.kind() == UnitKind.MONEY).orElse(Unit.MILLION_VND);
    return MoneyValue.of(n, u, VietnameseNumber.format(n));
  }

  static IndicatorValue percent(BigDecimal p) {
    return PercentageValue.of(p, VietnameseNumber.format(p));
  }

  /** A count or, for a money indicator, an amount in the indicator's unit. */
  static IndicatorValue typed(IndicatorDefinition d, long n) {
    return d.kind() == IndicatorKind.MONEY ? money(d, BigDecimal.valueOf(n)) : count(d, n);
  }

  /** The power of ten of a money indicator's unit; 0 otherwise. */
  static int power(IndicatorDefinition d) {
    return d.kind() == IndicatorKind.MONEY ? d.unit().map(Unit::powerOfTen).orElse(0) : 0;
  }

  /** The smallest whole number of the indicator's unit whose amount is at least {@code base}. */
  static long ceilInUnit(IndicatorDefinition d, BigDecimal base) {
    return base.scaleByPowerOfTen(-power(d)).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  static AppendixEntry entry(Catalogue catalogue, IndicatorDefinition d, IndicatorValue value, int line) {
    String unit = d.unit().map(Unit::label).or(() -> catalogue.codeListOf(d).map(CodeList::asWritten)).orElse("");
    String code = d.code().map(c -> c + ".").orElse("");
    return AppendixEntry.builder().indicatorId(d.id()).codeAsWritten(d.code().map(c -> c + "."))
        .label(d.label()).unitAsWritten(unit).value(value).location(SourceLocation.of(line, 1))
        .sourceLine(code + "\t" + d.label() + "\t" + unit + "\t" + value.asWritten() + "\t").build();
  }

  /** The report with one indicator's value replaced; a missing row is added at the end of the appendix. */
  static Report withValue(Catalogue catalogue, Report report, IndicatorDefinition d, IndicatorValue value) {
    List<AppendixEntry> entries = new ArrayList<>();
    boolean found = false;
    for (AppendixEntry e : report.appendix()) {
      if (e.indicatorId().equals(d.id())) {
        entries.add(entry(catalogue, d, value, e.location().line()));
        found = true;
      } else {
        entries.add(e);
      }
    }
    if (!found) {
      entries.add(entry(catalogue, d, value, lastLine(report) + 1));
    }
    return ImmutableReport.copyOf(report).withAppendix(entries);
  }

  /** The last line any part of the report occupies. */
  static int lastLine(Report r) {
    int max = 1;
    for (AppendixEntry e : r.appendix()) {
      max = Math.max(max, e.location().line());
    }
    for (NarrativeBlock b : r.preamble()) {
      max = Math.max(max, b.location().line());
    }
    for (NarrativeBlock b : r.closing()) {
      max = Math.max(max, b.location().line());
    }
    for (NarrativeSection s : r.allSections()) {
      max = Math.max(max, s.location().line());
      for (NarrativeBlock b : s.blocks()) {
        max = Math.max(max, b.location().line());
      }
    }
    for (DocumentReference d : r.references()) {
      max = Math.max(max, d.location().line());
    }
    return max;
  }

  /** A paragraph at a fresh line after everything else in the report. */
  static NarrativeBlock paragraph(Report r, String text) {
    return NarrativeBlock.builder().kind(NarrativeBlock.Kind.PARAGRAPH).text(text)
        .location(SourceLocation.of(lastLine(r) + 1, 1)).build();
  }

  /** The marker path of the section a block is appended to by {@link #withBlock}. */
  static String pathOfAppended(Report r) {
    return r.sections().isEmpty() ? "I" : NarrativeSection.normalizeMarker(r.sections().get(0).marker());
  }

  /** The report with a block appended to its first top-level section (a section "I." is made when there is none). */
  static Report withBlock(Report r, NarrativeBlock block) {
    List<NarrativeSection> sections = new ArrayList<>(r.sections());
    if (sections.isEmpty()) {
      sections.add(NarrativeSection.builder().marker("I.").title("KẾT QUẢ THỰC HIỆN")
          .location(SourceLocation.of(block.location().line(), 1)).addBlocks(block).build());
    } else {
      NarrativeSection first = sections.get(0);
      sections.set(0, ImmutableNarrativeSection.copyOf(first).withBlocks(append(first.blocks(), block)));
    }
    return ImmutableReport.copyOf(r).withSections(sections);
  }

  static Report withReference(Report r, DocumentReference ref) {
    return ImmutableReport.copyOf(r).withReferences(append(r.references(), ref));
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  static Optional<BigDecimal> numberOf(Report r, String id) {
    return r.value(id).filter(IndicatorValue::isNumeric).flatMap(IndicatorValue::number);
  }
}
