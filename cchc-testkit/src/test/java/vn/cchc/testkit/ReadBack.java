package vn.cchc.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.ImmutableAppendixEntry;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReadResult;
import vn.cchc.model.text.ReportTextReader;

/**
 * Reads a laid-out report back and lists every way the result differs from what the text states:
 * the comparison behind the layout properties. Source locations and source lines are ignored.
 */
final class ReadBack {
  private ReadBack() {}

  /**
   * A generated report made fit for a layout: notes on some rows (generated reports have none, and
   * the note column must be read too), and a "thành phố" issuer retyped when the text cannot state
   * its level (a city is a province or a district; only a superior line in the header says which).
   */
  static Report prepared(Report r, TextLayout layout) {
    List<AppendixEntry> rows = new ArrayList<>();
    int k = 0;
    for (AppendixEntry e : r.appendix()) {
      rows.add(k++ % 9 == 4 ? ImmutableAppendixEntry.copyOf(e).withNote("Số liệu lũy kế") : e);
    }
    ImmutableReport out = ImmutableReport.copyOf(r).withAppendix(rows);
    IssuingUnit i = r.issuer();
    boolean superiorLine = layout.header() == TextLayout.Header.DECREE_30
        && (layout.issuerLines() == TextLayout.IssuerLines.SUPERIOR_THEN_ONE_LINE
        || layout.issuerLines() == TextLayout.IssuerLines.SUPERIOR_THEN_TWO_LINES);
    if (i.unitType().levels().size() > 1 && !(superiorLine && i.level() != AdministrativeLevel.PROVINCE)) {
      AdministrativeUnitType t = i.level() == AdministrativeLevel.PROVINCE ? AdministrativeUnitType.PROVINCE
          : AdministrativeUnitType.DISTRICT;
      out = out.withIssuer(IssuingUnit.builder().from(i).unitType(t).asWritten(i.body() + " " + t.label() + " " + i.unitName())
          .build());
    }
    return out;
  }

  /** The read result's report compared with what the text states, and every problem that should not be there. */
  static List<String> differences(LaidOutReport laid, ReadResult read) {
    List<String> d = new ArrayList<>();
    int repairs = 0;
    for (ReadProblem p : read.problems()) {
      if (p.severity() == ProblemSeverity.WARNING && p.kind() == ProblemKind.REPAIRED_TEXT) {
        repairs++;
      } else if (p.severity() != ProblemSeverity.INFO) {
        d.add("problem " + p.severity() + " " + p.kind() + " " + p);
      }
    }
    if (repairs > laid.rejoinedLines()) {
      d.add(repairs + " REPAIRED_TEXT warnings, but the layout rejoins only " + laid.rejoinedLines() + " lines");
    }
    if (!read.isComplete()) {
      d.add("not complete");
    }
    if (read.report().isEmpty()) {
      d.add("no report");
      return d;
    }
    Report want = laid.stated();
    Report got = read.report().get();
    same(d, "number", want.number().map(n -> n.asWritten().replace(" ", "")),
        got.number().map(n -> n.asWritten().replace(" ", "")));
    same(d, "issue date", want.issueDate(), got.issueDate());
    IssuingUnit wi = want.issuer();
    IssuingUnit gi = got.issuer();
    if (!laid.issuerForms().contains(gi.asWritten())) {
      d.add("issuer as written: want one of " + laid.issuerForms() + ", got «" + gi.asWritten() + "»");
    }
    same(d, "issuer unit type", wi.unitType(), gi.unitType());
    same(d, "issuer unit name", lower(wi.unitName()), lower(gi.unitName()));
    same(d, "issuer level", wi.level(), gi.level());
    same(d, "issuer superior", wi.superior(), gi.superior());
    same(d, "place", want.place(), got.place());
    same(d, "title", want.title(), got.title());
    same(d, "period", want.period(), got.period());
    blocks(d, "preamble", want.preamble(), got.preamble());
    sections(d, "", want.sections(), got.sections());
    blocks(d, "closing", want.closing(), got.closing());
    same(d, "number of references", want.references().size(), got.references().size());
    for (int k = 0; k < Math.min(want.references().size(), got.references().size()); k++) {
      DocumentReference w = want.references().get(k);
      DocumentReference g = got.references().get(k);
      String at = "reference " + (k + 1) + " (" + w.number() + ") ";
      same(d, at + "number", w.number().asWritten(), g.number().asWritten());
      same(d, at + "date", w.date(), g.date());
      same(d, at + "type word", w.typeWord(), g.typeWord());
      same(d, at + "subject", w.subject(), g.subject());
      same(d, at + "issuer", w.issuer(), g.issuer());
      same(d, at + "section path", w.sectionPath(), g.sectionPath());
    }
    same(d, "recipients", want.recipients(), got.recipients());
    same(d, "signer", want.signer().map(s -> s.onBehalfOf() + "/" + s.position() + "/" + s.name()),
        got.signer().map(s -> s.onBehalfOf() + "/" + s.position() + "/" + s.name()));
    List<String> wantIds = want.appendix().stream().map(AppendixEntry::indicatorId).toList();
    List<String> gotIds = got.appendix().stream().map(AppendixEntry::indicatorId).toList();
    if (!wantIds.equals(gotIds)) {
      List<String> missing = new ArrayList<>(wantIds);
      missing.removeAll(gotIds);
      d.add("appendix rows: " + gotIds.size() + " of " + wantIds.size() + " read; missing "
          + missing.subList(0, Math.min(8, missing.size())) + (missing.size() > 8 ? "…" : ""));
    }
    for (AppendixEntry w : want.appendix()) {
      Optional<AppendixEntry> g = got.entry(w.indicatorId());
      if (g.isEmpty()) {
        continue;
      }
      String at = "row " + w.indicatorId() + " ";
      same(d, at + "state", w.value().state(), g.get().value().state());
      if (w.value().number().isPresent() != g.get().value().number().isPresent()
          || w.value().number().isPresent() && w.value().number().get().compareTo(g.get().value().number().get()) != 0) {
        d.add(at + "number: want " + w.value().number() + ", got " + g.get().value().number());
      }
      same(d, at + "value as written", w.value().asWritten(), g.get().value().asWritten());
      same(d, at + "note", w.note(), g.get().note());
    }
    return d;
  }

  /** Reads the text and checks; the assertion message names the layout, the differences and the start of the text. */
  static void assertReadsBack(String what, Report generated, Catalogue catalogue, TextLayout layout) {
    LaidOutReport laid = TextLayouts.layOut(prepared(generated, layout), catalogue, layout);
    ReadResult read = ReportTextReader.of(catalogue).readTextLenient(laid.text());
    List<String> d = differences(laid, read);
    if (!d.isEmpty()) {
      String text = laid.text();
      throw new AssertionError(what + ": " + laid + "\n  " + String.join("\n  ", d.subList(0, Math.min(12, d.size())))
          + (d.size() > 12 ? "\n  … " + (d.size() - 12) + " more" : "")
          + "\n--- text (start) ---\n" + text.substring(0, Math.min(1500, text.length())));
    }
  }

  private static void sections(List<String> d, String path, List<NarrativeSection> want, List<NarrativeSection> got) {
    if (want.size() != got.size()) {
      d.add("sections under «" + path + "»: want " + markers(want) + ", got " + markers(got));
    }
    for (int k = 0; k < Math.min(want.size(), got.size()); k++) {
      NarrativeSection w = want.get(k);
      NarrativeSection g = got.get(k);
      String at = path + NarrativeSection.normalizeMarker(w.marker());
      same(d, "section " + at + " marker", w.marker(), g.marker());
      same(d, "section " + at + " title", w.title(), g.title());
      blocks(d, "section " + at, w.blocks(), g.blocks());
      sections(d, at + ".", w.children(), g.children());
    }
  }

  private static List<String> markers(List<NarrativeSection> s) {
    return s.stream().map(NarrativeSection::marker).toList();
  }

  private static void blocks(List<String> d, String where, List<NarrativeBlock> want, List<NarrativeBlock> got) {
    List<String> w = want.stream().map(ReadBack::block).toList();
    List<String> g = got.stream().map(ReadBack::block).toList();
    if (w.equals(g)) {
      return;
    }
    if (w.size() != g.size()) {
      d.add(where + ": want " + w.size() + " blocks, got " + g.size() + ": " + g);
      return;
    }
    for (int k = 0; k < w.size(); k++) {
      same(d, where + " block " + (k + 1), w.get(k), g.get(k));
    }
  }

  private static String block(NarrativeBlock b) {
    return b.kind() + b.marker().map(m -> "[" + m + "]").orElse("") + " " + b.text();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static void same(List<String> d, String what, Object want, Object got) {
    if (!Objects.equals(want, got)) {
      d.add(what + ": want «" + want + "», got «" + got + "»");
    }
  }
}
