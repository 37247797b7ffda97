package vn.cchc.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.ImmutableNarrativeBlock;
import vn.cchc.model.ImmutableNarrativeSection;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Report;
import vn.cchc.model.Signer;
import vn.cchc.testkit.TextLayout.Header;
import vn.cchc.testkit.TextLayout.IssuerLines;
import vn.cchc.testkit.TextLayout.TableForm;

/** Writes one report in one layout (the work behind {@link TextLayouts}). Internal; single use. */
final class LayoutWriter {
  private static final String NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  private static final String BODY_IN_FULL = "ỦY BAN NHÂN DÂN";
  private static final String[] DISTRICTS = {"VÕ NHAI", "PHÚ LƯƠNG", "ĐỒNG HỶ", "ĐẠI TỪ"};
  private static final String[] PROVINCES = {"THÁI NGUYÊN", "BẮC KẠN", "LẠNG SƠN"};
  /** The day two-level local government began (districts abolished). */
  private static final LocalDate TWO_LEVELS = LocalDate.of(2025, 7, 1);
  private static final int REPEAT_EVERY = 20;
  private static final Pattern NUMERIC_DATE = Pattern.compile("ngày (\\d{1,2})/(\\d{1,2})/(\\d{4})");
  /** Words a hard-wrapped line must not start with: they could open a heading, a list item or another part. */
  private static final Pattern UNSAFE_START = Pattern.compile(
      "[-+•*–—].*|\\d+(?:[.,/]\\d+)*[.,):]?|[IVXLC]+[.,)]|\\p{L}[.,)]|\\(?\\*?\\(?[Kk]èm|Nơi|PHỤ|Phụ|Biểu|BÁO|STT|Số:?|Trên");

  private final Report report;
  private final TextLayout layout;
  private final SplittableRandom random;
  private final List<String> out = new ArrayList<>();
  private int rejoined;

  LayoutWriter(Report report, TextLayout layout) {
    this.report = report;
    this.layout = layout;
    this.random = new SplittableRandom(layout.seed());
  }

  LaidOutReport write() {
    Set<String> forms = new LinkedHashSet<>();
    IssuingUnit stated = header(forms);
    String title = title();
    narrative();
    signature();
    appendix(forms);
    String text = String.join(layout.lineEnd().chars(), out) + layout.lineEnd().chars();
    ImmutableReport.Builder b = Report.builder().from(report).issuer(stated).title(title)
        .place(layout.header() == Header.DECREE_30 ? Optional.of(place()) : Optional.empty())
        .preamble(blocks(report.preamble())).sections(sections(report.sections())).closing(blocks(report.closing()));
    return new LaidOutReport(text, layout, report, b.build(), new ArrayList<>(forms), rejoined);
  }

  // ---------------------------------------------------------------- header

  private IssuingUnit header(Set<String> forms) {
    IssuingUnit issuer = report.issuer();
    IssuingUnit plain = IssuingUnit.builder().from(issuer).agency(Optional.empty()).superior(Optional.empty()).build();
    switch (layout.header()) {
      case NONE:
        out.add("");
        return plain;
      case METADATA_LINE:
        forms.add(issuer.asWritten());
        add("Báo cáo số " + number() + " ngày " + numeric(issueDate()) + " của " + issuer.asWritten() + " về "
            + report.title());
        out.add("");
        return plain;
      default:
        return decree30(issuer, forms);
    }
  }

  private IssuingUnit decree30(IssuingUnit issuer, Set<String> forms) {
    String unit = upper(issuer.unitWithType());
    IssuerLines lines = layout.issuerLines();
    Optional<String> superior = superior(lines);
    List<String> left = new ArrayList<>();
    superior.ifPresent(left::add);
    String asWritten;
    String body;
    if (lines == IssuerLines.ONE_LINE || lines == IssuerLines.SUPERIOR_THEN_ONE_LINE) {
      body = upper(issuer.body());
      asWritten = body + " " + unit;
      left.add(asWritten);
    } else {
      body = BODY_IN_FULL;
      asWritten = body + " " + unit;
      left.add(body);
      left.add(unit);
    }
    forms.add(asWritten);
    List<String> right = new ArrayList<>(List.of(NATIONAL, MOTTO));
    if (layout.separators()) {
      left.add("-------");
      right.add("---------------");
    }
    String numberLine = "Số: " + number();
    switch (layout.numberSpacing()) {
      case SPACES_BEFORE_NUMBER:
        numberLine = "Số:     " + number();
        break;
      case SPACES_BEFORE_SLASH:
        int slash = number().indexOf('/');
        numberLine = "Số: " + number().substring(0, slash) + "  " + number().substring(slash);
        break;
      default:
        break;
    }
    LocalDate d = issueDate();
    String dateLine = place() + ", ngày " + (layout.issueDateForm() == TextLayout.IssueDateForm.PADDED
        ? String.format("%02d tháng %02d", d.getDayOfMonth(), d.getMonthValue())
        : d.getDayOfMonth() + " tháng " + d.getMonthValue()) + " năm " + d.getYear();
    columns(left, right);
    columns(List.of(numberLine), List.of(dateLine));
    out.add("");
    return IssuingUnit.builder().from(issuer).asWritten(asWritten).body(body).unitName(upper(issuer.unitName()))
        .agency(Optional.empty()).superior(superior).build();
  }

  /** The superior body's line: a district above a commune (a province after 1 July 2025), a province above a district. */
  private Optional<String> superior(IssuerLines lines) {
    if (lines != IssuerLines.SUPERIOR_THEN_ONE_LINE && lines != IssuerLines.SUPERIOR_THEN_TWO_LINES) {
      return Optional.empty();
    }
    AdministrativeLevel level = report.issuer().level();
    if (level == AdministrativeLevel.PROVINCE) {
      return Optional.empty();
    }
    int pick = Math.floorMod(report.issuer().unitName().hashCode(), 12);
    if (level == AdministrativeLevel.COMMUNE && issueDate().isBefore(TWO_LEVELS)) {
      return Optional.of("UBND HUYỆN " + DISTRICTS[pick % DISTRICTS.length]);
    }
    return Optional.of("UBND TỈNH " + PROVINCES[pick % PROVINCES.length]);
  }

  /** One row of Word's two-column header table. */
  private void columns(List<String> left, List<String> right) {
    switch (layout.headerColumns()) {
      case CELL_PER_LINE:
        left.forEach(this::add);
        right.forEach(this::add);
        break;
      default:
        String sep = layout.headerColumns() == TextLayout.HeaderColumns.TAB ? "\t" : " | ";
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
          String l = i < left.size() ? nbsp(left.get(i)) : "";
          String r = i < right.size() ? nbsp(right.get(i)) : "";
          out.add((l + sep + r).stripTrailing());
        }
    }
  }

  // ---------------------------------------------------------------- title and narrative

  private String title() {
    String t = layout.titleCase() == TextLayout.TitleCase.UPPER ? upper(report.title()) : report.title();
    add("BÁO CÁO");
    out.add("");
    List<Integer> spaces = new ArrayList<>();
    for (int i = 1; i < t.length() - 1; i++) {
      if (t.charAt(i) == ' ' && t.charAt(i - 1) != ' ' && t.charAt(i + 1) != ' ') {
        spaces.add(i);
      }
    }
    if (layout.titleLines() == TextLayout.TitleLines.TWO_LINES && !spaces.isEmpty()) {
      int cut = spaces.get(random.nextInt(spaces.size()));
      add(t.substring(0, cut));
      add(t.substring(cut + 1));
      rejoined++;
    } else {
      add(t);
    }
    out.add("");
    return t;
  }

  private void narrative() {
    report.preamble().forEach(this::block);
    report.sections().forEach(this::section);
    report.closing().forEach(this::block);
  }

  private void section(NarrativeSection s) {
    String title = dates(s.title());
    add(title.isEmpty() ? s.marker() : s.marker() + " " + title);
    out.add("");
    s.blocks().forEach(this::block);
    s.children().forEach(this::section);
  }

  private void block(NarrativeBlock b) {
    String line = b.marker().map(m -> m + " ").orElse("") + dates(b.text());
    List<String> pieces = wrap(line, layout.wrapWidth());
    pieces.forEach(this::add);
    rejoined += pieces.size() - 1;
    out.add("");
  }

  /** Cuts a line at single spaces, greedily, never before a word that could open another part. */
  static List<String> wrap(String line, int width) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (width > 0 && line.length() - start > width) {
      int best = -1;
      int after = -1;
      for (int i = start + 1; i < line.length() - 1; i++) {
        if (line.charAt(i) == ' ' && line.charAt(i - 1) != ' ' && line.charAt(i + 1) != ' ' && safeStart(line, i + 1)) {
          if (i - start <= width) {
            best = i;
          } else {
            after = i;
            break;
          }
        }
      }
      int cut = best >= 0 ? best : after;
      if (cut < 0) {
        break;
      }
      pieces.add(line.substring(start, cut));
      start = cut + 1;
    }
    pieces.add(line.substring(start));
    return pieces;
  }

  private static boolean safeStart(String line, int from) {
    int end = line.indexOf(' ', from);
    String word = line.substring(from, end < 0 ? line.length() : end);
    return !UNSAFE_START.matcher(word).matches();
  }

  /** The dates of cited documents in the layout's form ("ngày 10/01/2024" or "ngày 10 tháng 01 năm 2024"). */
  private String dates(String text) {
    if (layout.referenceDates() == TextLayout.ReferenceDates.NUMERIC) {
      return text;
    }
    Matcher m = NUMERIC_DATE.matcher(text);
    return m.replaceAll("ngày $1 tháng $2 năm $3");
  }

  private List<NarrativeBlock> blocks(List<NarrativeBlock> blocks) {
    List<NarrativeBlock> out = new ArrayList<>();
    for (NarrativeBlock b : blocks) {
      out.add(ImmutableNarrativeBlock.copyOf(b).withText(dates(b.text())));
    }
    return out;
  }

  private List<NarrativeSection> sections(List<NarrativeSection> sections) {
    List<NarrativeSection> out = new ArrayList<>();
    for (NarrativeSection s : sections) {
      out.add(ImmutableNarrativeSection.copyOf(s).withTitle(dates(s.title())).withBlocks(blocks(s.blocks()))
          .withChildren(sections(s.children())));
    }
    return out;
  }

  // ---------------------------------------------------------------- signature

  private void signature() {
    if (!report.recipients().isEmpty()) {
      add("Nơi nhận:");
      List<String> rs = report.recipients();
      for (int i = 0; i < rs.size(); i++) {
        add("- " + rs.get(i) + (i == rs.size() - 1 ? "." : ";"));
      }
      out.add("");
    }
    if (report.signer().isPresent()) {
      Signer s = report.signer().get();
      s.onBehalfOf().ifPresent(a -> a.lines().forEach(this::add));
      add(s.position());
      out.add("");
      add(s.name());
      out.add("");
    }
  }

  // ---------------------------------------------------------------- appendix

  private void appendix(Set<String> forms) {
    add(layout.appendixHeading().text());
    String heading = "BÁO CÁO " + upper(report.title());
    int cut = heading.lastIndexOf(" NĂM ");
    if (cut > 0) {
      add(heading.substring(0, cut));
      add(heading.substring(cut + 1));
    } else {
      add(heading);
    }
    out.add("");
    if (layout.caption()) {
      forms.add(report.issuer().asWritten());
      add("*(Kèm theo Báo cáo số " + number() + " ngày " + numeric(issueDate()));
      add("của " + report.issuer().asWritten() + ")*");
      out.add("");
    }
    table();
  }

  private void table() {
    List<String[]> head = new ArrayList<>();
    if (layout.tableHeaderLines() == TextLayout.TableHeaderLines.ONE_LINE) {
      head.add(new String[] {"STT", "Các chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"});
    } else {
      head.add(new String[] {"STT", "Các chỉ tiêu", "Kết quả", "", "Ghi chú"});
      head.add(new String[] {"", "", "Đơn vị tính", "Số liệu", ""});
    }
    for (String[] h : head) {
      for (int k = 0; k < h.length; k++) {
        h[k] = nbsp(h[k]);
      }
    }
    List<String[]> rows = new ArrayList<>();
    boolean childSeen = false;
    for (AppendixEntry e : report.appendix()) {
      String stt;
      if (e.codeAsWritten().isPresent()) {
        stt = e.codeAsWritten().get();
        childSeen = false;
      } else {
        stt = childSeen ? "" : "Trong đó";
        childSeen = true;
      }
      rows.add(new String[] {nbsp(stt), nbsp(e.label()), nbsp(e.unitAsWritten()), e.value().asWritten(),
        nbsp(e.note().orElse(""))});
    }
    int[] widths = new int[5];
    for (List<String[]> part : List.of(head, rows)) {
      for (String[] r : part) {
        for (int k = 0; k < 5; k++) {
          widths[k] = Math.max(widths[k], r[k].length());
        }
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      if (i == 0 || (layout.tableHeaderRepeated() && i % REPEAT_EVERY == 0)) {
        if (i > 0) {
          out.add("");
        }
        head.forEach(h -> out.add(row(h, widths)));
        if (layout.tableForm() == TableForm.PIPES_WITH_RULE) {
          out.add("|---|---|---|---|---|");
        }
      }
      out.add(row(rows.get(i), widths));
    }
  }

  private String row(String[] cells, int[] widths) {
    switch (layout.tableForm()) {
      case TABS:
        return String.join("\t", cells);
      case ALIGNED: {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < cells.length; k++) {
          sb.append(cells[k]);
          if (k < cells.length - 1) {
            sb.append(" ".repeat(widths[k] - cells[k].length() + 2));
          }
        }
        return sb.toString().stripTrailing();
      }
      default:
        return "| " + String.join(" | ", cells) + " |";
    }
  }

  // ---------------------------------------------------------------- helpers

  private void add(String line) {
    out.add(nbsp(line));
  }

  /** About one space in five between two words becomes U+00A0, when the layout asks for it. */
  private String nbsp(String s) {
    if (!layout.nonBreakingSpaces() || s.indexOf(' ') < 0) {
      return s;
    }
    char[] cs = s.toCharArray();
    for (int i = 1; i < cs.length - 1; i++) {
      if (cs[i] == ' ' && cs[i - 1] != ' ' && cs[i + 1] != ' ' && random.nextInt(5) == 0) {
        cs[i] = '\u00A0';
      }
    }
    return new String(cs);
  }

  private String number() {
    return report.number().orElseThrow().asWritten();
  }

  private LocalDate issueDate() {
    return report.issueDate().orElseThrow();
  }

  private String place() {
    return report.place().orElse(report.issuer().unitName());
  }

  private static String numeric(LocalDate d) {
    return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
