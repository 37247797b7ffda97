package vn.cchc.model.text;

import vn.cchc.model.message.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.internal.TrustedNfc;
import vn.cchc.model.text.ReadContext.LineUse;

/**
 * One read of one text. Finds the zones of a report — portal text before it, the Nghị định 30 header,
 * the title (or a metadata sentence), the narrative, "Nơi nhận" and the signature, the appendix —
 * hands each to its reader, and reconciles what the zones say about the report's metadata. Internal;
 * see {@link ReportTextReader} for the documented behaviour.
 */
final class ReportParser {
  private final ReadContext ctx;
  private final boolean quickNfc;
  private final boolean mayNeedRepairs;

  ReportParser(CatalogueIndex index, SourceText source) {
    this.ctx = new ReadContext(index, new ArrayList<>(source.lines));
    this.quickNfc = source.quickNfc;
    this.mayNeedRepairs = source.mayNeedRepairs;
    for (ReadProblem p : source.encodingProblems) {
      ctx.problem(p.location(), p.kind(), p.severity(), p.text(), p.offendingText());
    }
  }

  /** {@return the NFC lines read (after repairs), index 0 for line 1} */
  List<String> lines() {
    return ctx.lines;
  }

  /** {@return what each line became, index 0 for line 1} */
  List<LineUse> uses() {
    return ctx.uses();
  }

  /** Where each zone starts, 0-based; -1 when the text has no such zone. */
  private record Zones(int headerStart, int headerEnd, int anchor, int titleLine, int sentenceLine, int untitled,
      int noiNhan, int bodyEnd, int appendix) {}

  ReadResult parse() {
    // text whose every character passed the quick NFC test was checked once, here: the model need not check again
    return quickNfc ? TrustedNfc.run(this::parseChecked) : parseChecked();
  }

  private ReadResult parseChecked() {
    try {
      return read();
    } catch (LimitExceeded e) {
      return ReadResult.of(Optional.empty(), List.of(e.problem));
    }
  }

  private void checkLineLengths() {
    for (int i = 0; i < ctx.size(); i++) {
      String line = ctx.line(i);
      if (line.length() > ReportTextReader.MAX_LINE_LENGTH) {
        throw LimitExceeded.of(ReportTextReader.MAX_LINE_LENGTH,
            SourceLocation.of(i + 1, SourceText.column(line, ReportTextReader.MAX_LINE_LENGTH)),
            Problems.of("limit.line-length"), "MAX_LINE_LENGTH", line);
      }
    }
  }

  private ReadResult read() {
    checkLineLengths();
    if (mayNeedRepairs) { // the decoder saw every character: without one to repair, no line is looked at again
      LineRepairs.apply(ctx);
    }
    skipPageNumbers();
    Zones z = zones();
    skipChrome(z.headerStart());
    HeaderReader.Header header = new HeaderReader(ctx).read(z.headerStart(), z.headerEnd());
    TitleReader titles = new TitleReader(ctx);
    Span title = null;
    boolean titleDraft = false;
    int narrativeStart = z.anchor();
    TitleReader.Sentence sentence = null;
    if (z.sentenceLine() >= 0) {
      sentence = titles.sentence(z.sentenceLine());
      title = sentence.title();
      narrativeStart = z.sentenceLine() + 1;
    }
    if (z.untitled() >= 0) {
      TitleReader.Title t = titles.untitled(z.untitled(), z.anchor());
      title = t.span();
      narrativeStart = t.next();
    }
    if (z.titleLine() >= 0) {
      for (int i = narrativeStart; i < z.titleLine() && z.sentenceLine() >= 0; i++) {
        if (!ctx.line(i).isBlank()) {
          ctx.problem(ctx.atText(i), ProblemKind.UNRECOGNISED_LINE, Problems.of("preamble.stray-line"), ctx.line(i).strip());
        }
      }
      Optional<TitleReader.Title> t = titles.read(z.titleLine(), z.bodyEnd());
      title = t.map(TitleReader.Title::span).orElse(title);
      titleDraft = t.map(TitleReader.Title::draft).orElse(false);
      narrativeStart = t.map(TitleReader.Title::next).orElse(z.titleLine() + 1);
    }
    NarrativeReader.Narrative narrative = new NarrativeReader(ctx).read(narrativeStart, z.bodyEnd());
    int end = z.appendix() < 0 ? ctx.size() : z.appendix();
    SignatureReader.Signature signature = z.noiNhan() < 0 ? new SignatureReader.Signature(List.of(), Optional.empty())
        : new SignatureReader(ctx).read(z.noiNhan(), end);
    AppendixReader.Appendix appendix = null;
    if (z.appendix() >= 0) {
      appendix = new AppendixReader(ctx, header.superior()).read(z.appendix(), ctx.size());
    } else {
      int last = lastNonBlank();
      ctx.problem(ctx.atText(last), ProblemKind.MISSING_METADATA, ProblemSeverity.INFO, Problems.of("appendix.missing"), last < ctx.size() ? Texts.plain(ctx.line(last)) : "");
    }
    if (title == null && appendix != null && appendix.title().isPresent()) {
      title = appendix.title().get();
    }
    SourceLocation expected = ctx.size() == 0 ? SourceLocation.of(1, 1) : z.headerStart() < z.headerEnd()
        ? ctx.atText(z.headerStart())
        : ctx.atText(Math.min(z.anchor(), lastNonBlank()));
    return result(z, header, sentence, title, titleDraft, narrative, signature, appendix, expected);
  }

  // ---------------------------------------------------------------- zones

  private Zones zones() {
    int n = ctx.size();
    int appendix = find(0, n, AppendixReader::isHeading);
    if (appendix < 0) {
      appendix = find(0, n, TableLayout::isHeaderStart);
    }
    int end = appendix < 0 ? n : appendix;
    int noiNhan = recipientsLine(end);
    int bodyEnd = noiNhan < 0 ? end : noiNhan;
    int titleLine = find(0, bodyEnd, TitleReader::isTitleWord);
    int firstHeading = find(0, bodyEnd, l -> l.indexOf(". ") > 0 && romanHeading(Texts.plain(l)));
    int sentenceLine = find(0, titleLine >= 0 ? titleLine : firstHeading >= 0 ? firstHeading : bodyEnd,
        TitleReader::isSentence);
    int anchor = titleLine >= 0 ? titleLine : sentenceLine >= 0 ? sentenceLine : firstHeading >= 0 ? firstHeading
        : bodyEnd < n ? bodyEnd : 0;
    // no "BÁO CÁO" and no sentence: the lines right above the first heading may be a title stating its period
    int untitled = titleLine < 0 && sentenceLine < 0 && firstHeading >= 0 ? untitledTitle(firstHeading) : -1;
    // the header: header-like lines above the anchor, with at most three stray lines among them
    int headerEnd = sentenceLine >= 0 ? sentenceLine : untitled >= 0 ? untitled : anchor;
    int headerStart = headerEnd;
    int stray = 0;
    for (int i = headerEnd - 1; i >= 0 && stray <= 3; i--) {
      String l = ctx.line(i);
      if (l.isBlank()) {
        continue;
      }
      if (HeaderReader.isHeaderLine(l)) {
        headerStart = i;
        stray = 0;
      } else {
        stray++;
      }
    }
    if (!hasHeaderMark(headerStart, headerEnd)) {
      // a lone mixed-case "UBND …" line (a portal's menu, a news headline) is no header: all of it is text before the report
      headerStart = headerEnd;
      untitled = -1;
    }
    return new Zones(headerStart, headerEnd, anchor, titleLine, sentenceLine, untitled, noiNhan, bodyEnd, appendix);
  }

  /**
   * {@return the first line (0-based) before {@code end} with a column starting "Nơi nhận", or -1} A loop of its own
   * with the rare column test in another method: as a lambda given to {@link #find}, C2 compiled the lambda's class
   * and its body apart, each into 36 KB of machine code with the column splitting inlined, for a test that all but
   * one line of a report leave at {@code contains}.
   */
  private int recipientsLine(int end) {
    for (int i = 0; i < end; i++) {
      String l = ctx.line(i);
      if (l.contains("Nơi nhận") && columnStartsRecipients(l)) {
        return i;
      }
    }
    return -1;
  }

  /** {@return whether one of a line's columns starts with "Nơi nhận"} */
  private static boolean columnStartsRecipients(String l) {
    for (int[] c : Texts.columns(l)) {
      if (Texts.plain(l.substring(c[0], c[1])).startsWith("Nơi nhận")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first of the at most three non-blank lines right above the first heading (0-based) that are not
   * header lines and together read as a title ({@link TitleReader#isUntitledTitle}), under a header line;
   * -1 when there are none.
   */
  private int untitledTitle(int firstHeading) {
    int first = -1;
    int lines = 0;
    StringBuilder text = new StringBuilder();
    for (int i = firstHeading - 1; i >= 0; i--) {
      String l = ctx.line(i);
      if (l.isBlank()) {
        continue;
      }
      if (HeaderReader.isHeaderLine(l)) {
        return first >= 0 && TitleReader.isUntitledTitle(text.toString()) ? first : -1;
      }
      if (++lines > 3) {
        return -1;
      }
      text.insert(0, l.strip() + " ");
      first = i;
    }
    return -1;
  }

  /**
   * {@return true when lines {@code from} to {@code to} (0-based, exclusive) hold a part only a header has:
   * the national name, the motto, "Số:", the place and date, "DỰ THẢO", or an issuer in upper case, as
   * Nghị định 30 writes it ("ỦY BAN NHÂN DÂN", "XÃ HOÀI HẢI")}
   */
  private boolean hasHeaderMark(int from, int to) {
    for (int i = from; i < to; i++) {
      String l = ctx.line(i);
      if (l.isBlank()) {
        continue;
      }
      for (int[] c : Texts.columns(l)) {
        String cell = Texts.plain(l.substring(c[0], c[1]));
        if (cell.isEmpty() || HeaderReader.DECORATION.matcher(Work.view(cell)).matches()) {
          continue;
        }
        if (HeaderReader.isHeaderPart(cell) || (Texts.isUpper(cell) && (IssuerReader.startsBody(cell)
            || AdministrativeUnitType.ofName(cell).isPresent()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean romanHeading(String t) {
    return NarrativeReader.matchesLine(NarrativeReader.ROMAN.matcher(Work.view(t)), t);
  }

  /** Lines before the report's first line are portal or library text: skipped, and said so. */
  private void skipChrome(int headerStart) {
    int first = -1;
    int count = 0;
    for (int i = 0; i < headerStart; i++) {
      if (!ctx.line(i).isBlank()) {
        ctx.mark(i + 1, LineUse.SKIPPED);
        first = first < 0 ? i : first;
        count++;
      }
    }
    if (count > 0) {
      ctx.problem(ctx.atText(first), ProblemKind.SKIPPED_TEXT, Problems.of(count == 1 ? "leading.skipped.one" : "leading.skipped.other", (long) count,
          String.valueOf(first + 1), String.valueOf(headerStart)),
          Texts.plain(ctx.line(first)));
    }
  }

  private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
      "\\s*(?:[-–]\\s*)?(?:Trang\\s+)?\\d{1,3}(?:\\s*/\\s*\\d{1,3})?(?:\\s*[-–])?\\s*");

  /**
   * A line holding only a page number ("2", "- 3 -", "Trang 4/12"), as PDF extraction writes it at
   * page breaks, is skipped and said so; the line then reads as blank.
   */
  private void skipPageNumbers() {
    for (int i = 0; i < ctx.size(); i++) {
      String l = ctx.line(i);
      if (!l.isBlank() && l.length() < 16 && PAGE_NUMBER.matcher(Work.view(l)).matches()) {
        ctx.problem(ctx.atText(i), ProblemKind.SKIPPED_TEXT, Problems.of("page-number.skipped"), l.strip());
        ctx.mark(i + 1, LineUse.SKIPPED);
        ctx.lines.set(i, "");
      }
    }
  }

  private int find(int from, int to, java.util.function.Predicate<String> p) {
    for (int i = from; i < to; i++) {
      String l = ctx.line(i);
      if (!l.isBlank() && p.test(l)) {
        return i;
      }
    }
    return -1;
  }

  private int lastNonBlank() {
    for (int i = ctx.size() - 1; i >= 0; i--) {
      if (!ctx.line(i).isBlank()) {
        return i;
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- metadata and result

  /** A value one zone states, with where it states it. */
  private record Stated<T>(T value, SourceLocation at, String zone) {}

  /** {@return the zone of a {@link Stated} value, worded from the problem bundle} */
  private static Message zone(String zone) {
    switch (zone) {
      case "header":
        return Problems.of("zone.header");
      case "metadata sentence":
        return Problems.of("zone.metadata-sentence");
      case "appendix caption":
        return Problems.of("zone.appendix-caption");
      default:
        throw new IllegalArgumentException("no zone " + zone);
    }
  }

  private <T> Optional<T> agree(String what, List<Stated<T>> stated, java.util.function.BiPredicate<T, T> same) {
    if (stated.isEmpty()) {
      return Optional.empty();
    }
    Stated<T> first = stated.get(0);
    for (Stated<T> s : stated.subList(1, stated.size())) {
      if (!same.test(first.value(), s.value())) {
        ctx.problem(s.at(), ProblemKind.INVALID_METADATA, Problems.of("metadata.disagree",
            zone(s.zone()), Problems.of(what), String.valueOf(s.value()),
            zone(first.zone()), String.valueOf(first.at()), String.valueOf(first.value())), String.valueOf(s.value()));
      }
    }
    return Optional.of(first.value());
  }

  private ReadResult result(Zones z, HeaderReader.Header header, TitleReader.Sentence sentence, Span title,
      boolean titleDraft, NarrativeReader.Narrative narrative, SignatureReader.Signature signature, AppendixReader.Appendix appendix,
      SourceLocation expected) {
    Optional<AppendixReader.Caption> caption = appendix == null ? Optional.empty() : appendix.caption();
    List<Stated<DocumentNumber>> numbers = new ArrayList<>();
    List<Stated<LocalDate>> dates = new ArrayList<>();
    List<Stated<IssuingUnit>> issuers = new ArrayList<>();
    header.number().ifPresent(v -> numbers.add(new Stated<>(v, header.numberAt().get(), "header")));
    header.date().ifPresent(v -> dates.add(new Stated<>(v, header.dateAt().get(), "header")));
    header.issuer().ifPresent(v -> issuers.add(new Stated<>(v, header.issuerAt().get(), "header")));
    if (sentence != null) {
      sentence.number().ifPresent(v -> numbers.add(new Stated<>(v, sentence.at(), "metadata sentence")));
      sentence.date().ifPresent(v -> dates.add(new Stated<>(v, sentence.at(), "metadata sentence")));
      sentence.issuer().ifPresent(v -> issuers.add(new Stated<>(v, sentence.at(), "metadata sentence")));
    }
    caption.ifPresent(c -> {
      c.number().ifPresent(v -> numbers.add(new Stated<>(v, c.at(), "appendix caption")));
      c.date().ifPresent(v -> dates.add(new Stated<>(v, c.at(), "appendix caption")));
      c.issuer().ifPresent(v -> issuers.add(new Stated<>(v, c.at(), "appendix caption")));
    });
    Optional<DocumentNumber> number = agree("stated.number", numbers, (a, b) -> a.asWritten().equals(b.asWritten())
        || (a.sequence() == b.sequence() && a.firstPart().equals(b.firstPart()) && a.secondPart().equals(b.secondPart())));
    Optional<LocalDate> date = agree("stated.date", dates, LocalDate::equals);
    Optional<IssuingUnit> issuer = agree("stated.issuer", issuers, (a, b) -> a.unitType() == b.unitType()
        && Texts.fold(a.unitName()).equals(Texts.fold(b.unitName())));
    boolean draft = header.draft() || titleDraft;
    SourceLocation numberAt = header.numberAt().orElse(expected);
    if (number.isEmpty() && !draft) {
      ctx.problem(numberAt, ProblemKind.MISSING_METADATA, Problems.of(header.numberBlank() ? "metadata.number-blank"
          : "metadata.number-missing"), "");
    }
    if (date.isEmpty() && !draft && dates.isEmpty()) {
      ctx.problem(header.dateAt().orElse(expected), ProblemKind.MISSING_METADATA, Problems.of(header.dateBlank()
          ? "metadata.date-blank"
          : "metadata.date-missing"), "");
    }
    boolean issuerProblem = ctx.problems().stream().anyMatch(p -> p.text().bundle() == Problems.BUNDLE
        && p.text().key().startsWith("issuer."));
    if (issuer.isEmpty() && !issuerProblem) {
      ctx.problem(expected, ProblemKind.MISSING_METADATA, Problems.of("metadata.issuer-missing"), "");
    }
    Optional<ReportingPeriod> period = Optional.empty();
    if (title == null) {
      ctx.problem(z.titleLine() >= 0 ? ctx.atText(z.titleLine()) : expected, ProblemKind.MISSING_METADATA,
          Problems.of("metadata.title-missing"), "");
    } else {
      period = new TitleReader(ctx).period(title.text(), title.start(), narrative.window());
    }
    accountForEveryLine();
    List<ReadProblem> sorted = new ArrayList<>(ctx.problems());
    sorted.sort(Comparator.comparing(ReadProblem::location));
    Optional<Report> report = Optional.empty();
    if (issuer.isPresent() && title != null && period.isPresent()) {
      try {
        ImmutableReport.Builder b = Report.builder().catalogueId(ctx.index.catalogue.id()).number(number)
            .issueDate(date).draft(draft).issuer(issuer.get()).place(header.place()).title(title.text())
            .period(period.get()).preamble(narrative.preamble()).sections(narrative.sections())
            .closing(narrative.closing()).references(narrative.references()).recipients(signature.recipients())
            .signer(signature.signer()).appendix(appendix == null ? List.of() : appendix.entries());
        report = Optional.of(b.build());
        Optional<String> why = ctx.index.catalogue.whyNotFor(period.get(), issuer.get().level());
        if (why.isPresent()) {
          sorted.add(ReadProblem.of(title.start(), ProblemKind.OUTSIDE_CATALOGUE,
              Problems.of("catalogue.unusable", String.valueOf(ctx.index.catalogue.id()), why.get()), title.text()));
          sorted.sort(Comparator.comparing(ReadProblem::location));
        }
      } catch (InvalidModelException e) {
        sorted.add(ReadProblem.of(expected, ProblemKind.INVALID_METADATA, Problems.of("report.unbuildable", String.valueOf(e.getMessage())),
            ""));
      }
    }
    return ReadResult.of(report, sorted);
  }

  private void accountForEveryLine() {
    for (int i = 0; i < ctx.size(); i++) {
      if (ctx.use(i) != null) {
        continue; // placed: whether it is blank does not matter
      }
      if (ctx.line(i).isBlank()) {
        ctx.mark(i + 1, LineUse.BLANK);
      } else {
        ctx.problem(ctx.atText(i), ProblemKind.UNRECOGNISED_LINE, Problems.of("line.unplaced"),
            ctx.line(i).strip());
      }
    }
  }
}
