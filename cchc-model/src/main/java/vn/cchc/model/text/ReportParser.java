package vn.cchc.model.text;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.text.ReadContext.LineUse;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodeList;
import vn.cchc.model.CodedValue;
import vn.cchc.model.CountValue;
import vn.cchc.model.DateWindow;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.MoneyValue;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.NotApplicableValue;
import vn.cchc.model.NotReportedValue;
import vn.cchc.model.PercentageValue;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.Signer;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;
import vn.cchc.model.UnknownCodeException;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.VietnameseNumberException;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/**
 * One read of one text: splits it into zones (header, title, narrative, closing, "Nơi nhận" and
 * signature, appendix), reads each, and records what every line became. Internal; see
 * {@link ReportTextReader} for the documented behaviour.
 */
final class ReportParser {


  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern ROMAN = Pattern.compile("(IX|IV|V?I{1,3}|V|X)\\.\\s+(\\p{Lu}.*)");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,3})(\\.?)\\s+(\\p{Lu}.*)");
  private static final Pattern LETTER = Pattern.compile("([a-zđăâêôơư])([.,])\\s*(\\p{Lu}.*)");
  private static final Pattern SUB_BULLET = Pattern.compile("(-\\s*\\+|\\+)\\s+(.*)");
  private static final Pattern BULLET = Pattern.compile("(-)\\s+(.*)");
  private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern WINDOW = Pattern.compile(
      "[Tt]ừ\\s+ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4})\\s+đến\\s+(?:ngày\\s+)?(\\d{1,2}/\\d{1,2}/\\d{4})");
  private static final Pattern QUARTER = Pattern.compile(
      "(?<![\\p{L}])(?:quý\\s+(IV|III|II|I|[1-4])(?![\\p{L}\\p{N}])|(6|sáu)\\s+tháng(?:\\s+(đầu|cuối)\\s+năm)?"
          + "|(9|chín)\\s+tháng|tháng\\s+(\\d{1,2})(?!\\d)|(năm))(?![\\p{L}])", CI);
  private static final Pattern YEAR = Pattern.compile("(?:năm\\s+|/)(\\d{4})(?!\\d)", CI);
  private static final Pattern BODY = Pattern.compile("(UBND|[ỦU][ỷy] ban nhân dân)\\s+(\\S.*)", CI);
  private static final Pattern NUMBER_LINE = Pattern.compile("Số\\s*:\\s*(.*)", CI);
  private static final Pattern PLACE_DATE = Pattern.compile(
      "(.+?),\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})\\.?", CI);
  private static final Pattern NATIONAL = Pattern.compile("CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM", CI);
  private static final Pattern MOTTO = Pattern.compile("Độc lập\\s*[-–—]\\s*Tự do\\s*[-–—]\\s*Hạnh phúc", CI);
  private static final Pattern DECORATION = Pattern.compile("[-_=*.~\\s]+");
  private static final Pattern CAPTION = Pattern.compile(
      "\\(?\\s*Kèm theo\\s+báo cáo\\s+(?:số\\s+)?(\\S+)\\s+ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4})\\s+của\\s+(.+?)\\s*\\)?",
      CI);
  private static final Pattern AUTHORITY = Pattern.compile("(TM|KT|TL|TUQ)\\.\\s*\\S.*");
  private static final Pattern CODE = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?");

  private final Catalogue catalogue;
  private final CatalogueIndex index;
  private final List<String> lines;
  private final ReadContext ctx;
  private final ReferenceReader refs;

  // metadata gathered
  private DocumentNumber number;
  private SourceLocation numberAt;
  private LocalDate issueDate;
  private SourceLocation issueDateAt;
  private String place;
  private IssuingUnit issuer;
  private String title;
  private ReportingPeriod period;
  private DateWindow window;
  private boolean windowTried;
  private Signer signer;
  private final List<String> recipients = new ArrayList<>();
  private final List<NarrativeBlock> preamble = new ArrayList<>();
  private final List<NarrativeBlock> closing = new ArrayList<>();
  private final List<NarrativeSection> sections = new ArrayList<>();
  private final List<DocumentReference> references = new ArrayList<>();
  private final List<AppendixEntry> appendix = new ArrayList<>();

  ReportParser(CatalogueIndex index, SourceText source) {
    this.catalogue = index.catalogue;
    this.index = index;
    this.lines = source.lines;
    this.ctx = new ReadContext(index, lines);
    this.refs = new ReferenceReader(ctx);
    for (ReadProblem p : source.encodingProblems) {
      ctx.problem(p.location(), p.kind(), p.severity(), p.message(), p.offendingText());
    }
  }

  /** {@return the NFC lines read, index 0 for line 1} */
  List<String> lines() {
    return lines;
  }

  /** {@return what each line became, index 0 for line 1} */
  List<LineUse> uses() {
    return ctx.uses();
  }

  ReadResult parse() {
    int n = lines.size();
    int phuLuc = find(0, n, l -> l.contains("PHỤ LỤC") && plain(l).equals("PHỤ LỤC"));
    int end = phuLuc < 0 ? n : phuLuc;
    int noiNhan = find(0, end, l -> l.contains("Nơi nhận") && plain(l).startsWith("Nơi nhận"));
    int bodyEnd = noiNhan < 0 ? end : noiNhan;
    int baoCao = find(0, bodyEnd, l -> l.contains("BÁO CÁO") && plain(l).equals("BÁO CÁO"));
    int narrativeStart = 0;
    List<String> superiors = new ArrayList<>();
    IssuingUnit headerIssuer = null;
    if (baoCao >= 0) {
      headerIssuer = readHeader(baoCao, superiors);
      mark(baoCao + 1, LineUse.TITLE);
      int t = baoCao + 1;
      while (t < bodyEnd && lines.get(t).isBlank()) {
        t++;
      }
      if (t < bodyEnd) {
        title = lines.get(t).strip();
        mark(t + 1, LineUse.TITLE);
        narrativeStart = t + 1;
      } else {
        narrativeStart = bodyEnd;
      }
    }
    readNarrative(narrativeStart, bodyEnd);
    if (noiNhan >= 0) {
      readSignature(noiNhan, end);
    }
    IssuingUnit captionIssuer = null;
    if (phuLuc >= 0) {
      mark(phuLuc + 1, LineUse.CAPTION);
      captionIssuer = readAppendix(phuLuc + 1, n, superiors);
    }
    issuer = captionIssuer != null ? captionIssuer : headerIssuer;
    readPeriod();
    accountForEveryLine();
    return result();
  }

  // ---------------------------------------------------------------- header

  private IssuingUnit readHeader(int baoCao, List<String> superiors) {
    List<Object[]> bodies = new ArrayList<>(); // {text, location}
    for (int i = 0; i < baoCao; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      mark(i + 1, LineUse.HEADER);
      int start = 0;
      while (start <= line.length()) {
        int tab = line.indexOf('\t', start);
        int stop = tab < 0 ? line.length() : tab;
        Cell cell = Cell.of(line, start, stop);
        String c = stripStars(cell.stripped());
        SourceLocation at = SourceLocation.of(i + 1, SourceText.column(line, cell.firstNonBlank()));
        if (!c.isEmpty()) {
          readHeaderCell(c, at, bodies);
        }
        if (tab < 0) {
          break;
        }
        start = tab + 1;
      }
    }
    if (bodies.isEmpty()) {
      return null;
    }
    for (int k = 0; k < bodies.size() - 1; k++) {
      superiors.add((String) bodies.get(k)[0]);
    }
    Object[] last = bodies.get(bodies.size() - 1);
    return issuer((String) last[0], (SourceLocation) last[1], superiors);
  }

  private void readHeaderCell(String c, SourceLocation at, List<Object[]> bodies) {
    Matcher m;
    if (NATIONAL.matcher(c).matches() || MOTTO.matcher(c).matches() || DECORATION.matcher(c).matches()) {
      return;
    }
    if ((m = NUMBER_LINE.matcher(c)).matches()) {
      Optional<DocumentNumber> num = DocumentNumber.parse(m.group(1));
      if (num.isEmpty()) {
        problem(at, ProblemKind.INVALID_METADATA, "the document number is not a number and symbol such as 45/BC-UBND", c);
      } else {
        number = num.get();
        numberAt = at;
      }
      return;
    }
    if ((m = PLACE_DATE.matcher(c)).matches()) {
      place = m.group(1).strip();
      try {
        issueDate = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
        issueDateAt = at;
      } catch (DateTimeException e) {
        problem(at, ProblemKind.INVALID_DATE, "the issue date does not exist: " + e.getMessage(), c);
      }
      return;
    }
    if (BODY.matcher(c).matches()) {
      bodies.add(new Object[] {c, at});
      return;
    }
    problem(at, ProblemKind.UNRECOGNISED_LINE, "header text that is neither issuer, national name, motto, "
        + "number (\"Số: …\") nor place and date", c);
  }

  /** Reads "UBND thị trấn Đình Cả"; records a problem and returns null when it cannot. */
  private IssuingUnit issuer(String text, SourceLocation at, List<String> superiors) {
    Matcher m = BODY.matcher(text);
    if (!m.matches()) {
      problem(at, ProblemKind.INVALID_METADATA, "the issuer does not start with UBND or Ủy ban nhân dân", text);
      return null;
    }
    String rest = m.group(2).strip();
    Optional<AdministrativeUnitType> type = AdministrativeUnitType.ofName(rest);
    if (type.isEmpty()) {
      problem(at, ProblemKind.INVALID_METADATA, "the issuer names no known kind of administrative unit "
          + "(tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu)", text);
      return null;
    }
    AdministrativeUnitType t = type.get();
    String unitName = rest.substring(Math.min(rest.length(), t.label().length())).strip();
    AdministrativeLevel level;
    if (t.levels().size() == 1) {
      level = t.levels().get(0);
    } else {
      Optional<AdministrativeLevel> below = superiors.isEmpty() ? Optional.empty()
          : superiorLevel(superiors.get(superiors.size() - 1));
      if (below.isEmpty() || !t.levels().contains(below.get())) {
        problem(at, ProblemKind.MISSING_METADATA, "the level of a " + t.label() + " is not stated (it can be "
            + t.levels() + "); the reader does not guess it", text);
        return null;
      }
      level = below.get();
    }
    try {
      return IssuingUnit.builder().asWritten(text).body(m.group(1)).unitType(t).unitName(unitName).level(level).build();
    } catch (InvalidModelException e) {
      problem(at, ProblemKind.INVALID_METADATA, "the issuer cannot be read: " + e.getMessage(), text);
      return null;
    }
  }

  /** The level directly below a superior body ("UBND TỈNH X" → district), when its type has one level. */
  private static Optional<AdministrativeLevel> superiorLevel(String superior) {
    Matcher m = BODY.matcher(superior);
    if (!m.matches()) {
      return Optional.empty();
    }
    return AdministrativeUnitType.ofName(m.group(2)).filter(t -> t.levels().size() == 1)
        .map(t -> t.levels().get(0)).flatMap(l -> l == AdministrativeLevel.PROVINCE
            ? Optional.of(AdministrativeLevel.DISTRICT)
            : l == AdministrativeLevel.DISTRICT ? Optional.of(AdministrativeLevel.COMMUNE) : Optional.empty());
  }

  // ---------------------------------------------------------------- narrative

  private static final class Sec {
    final String marker;
    final String norm;
    final int level; // 0 roman, 1..4 numeric depth, 9 letter
    final Span title;
    final Sec parent;
    final List<Blk> blocks = new ArrayList<>();
    final List<Sec> children = new ArrayList<>();

    Sec(String marker, int level, Span title, Sec parent) {
      this.marker = marker;
      this.norm = NarrativeSection.normalizeMarker(marker);
      this.level = level;
      this.title = title;
      this.parent = parent;
    }

    String path() {
      List<Sec> chain = new ArrayList<>();
      for (Sec s = this; s != null; s = s.parent) {
        chain.add(0, s);
      }
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < chain.size(); k++) {
        Sec s = chain.get(k);
        boolean extendedByNext = k + 1 < chain.size() && s.level >= 1 && s.level <= 4
            && chain.get(k + 1).level >= 1 && chain.get(k + 1).level <= 4;
        if (!extendedByNext) {
          sb.append(sb.length() == 0 ? "" : ".").append(s.norm);
        }
      }
      return sb.toString();
    }
  }

  private static final class Blk {
    final NarrativeBlock.Kind kind;
    final String marker;
    final Span span;

    Blk(NarrativeBlock.Kind kind, String marker, Span span) {
      this.kind = kind;
      this.marker = marker;
      this.span = span;
    }
  }

  private void readNarrative(int from, int to) {
    List<Sec> roots = new ArrayList<>();
    List<Blk> pre = new ArrayList<>();
    List<Blk> post = new ArrayList<>();
    Sec top = null;
    Blk last = null;
    boolean inClosing = false;
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int lead = 0;
      while (Character.isWhitespace(line.charAt(lead))) {
        lead++;
      }
      int endText = line.stripTrailing().length();
      String t = line.substring(lead, endText);
      int lineNo = i + 1;
      mark(lineNo, inClosing ? LineUse.CLOSING : LineUse.NARRATIVE);
      if (!inClosing) {
        Sec sec = heading(t, lineNo, lead, top);
        if (sec != null) {
          if (sec.parent == null) {
            roots.add(sec);
          } else {
            sec.parent.children.add(sec);
          }
          top = sec;
          last = null;
          // a run-in heading: "a. Về công khai thủ tục hành chính: Các TTHC…"
          String rest = sec.title.text();
          int colon = runInColon(rest);
          if (colon > 0) {
            int titleStart = line.indexOf(rest, lead);
            int restStart = titleStart + colon + 1;
            while (restStart < endText && Character.isWhitespace(line.charAt(restStart))) {
              restStart++;
            }
            Span titleSpan = new Span(lines).append("", lineNo, titleStart, titleStart + colon);
            Sec runIn = new Sec(sec.marker, sec.level, titleSpan, sec.parent);
            if (sec.parent == null) {
              roots.set(roots.size() - 1, runIn);
            } else {
              sec.parent.children.set(sec.parent.children.size() - 1, runIn);
            }
            top = runIn;
            last = new Blk(NarrativeBlock.Kind.PARAGRAPH, "", new Span(lines).append("", lineNo, restStart, endText));
            runIn.blocks.add(last);
          }
          continue;
        }
      }
      if (last != null && continues(last, t)) {
        last.span.append(" ", lineNo, lead, endText);
        continue;
      }
      Blk b = block(line, lineNo, lead, endText);
      if (!inClosing && b.kind == NarrativeBlock.Kind.PARAGRAPH && t.startsWith("Trên đây")) {
        inClosing = true;
        mark(lineNo, LineUse.CLOSING);
      }
      if (inClosing) {
        post.add(b);
      } else if (top != null) {
        top.blocks.add(b);
      } else {
        pre.add(b);
      }
      last = b;
    }
    for (Blk b : pre) {
      preamble.add(toBlock(b));
      references(b.span, "");
      scanWindow(b.span);
    }
    for (Sec s : roots) {
      sections.add(toSection(s));
    }
    for (Blk b : post) {
      closing.add(toBlock(b));
      references(b.span, "");
    }
    references.sort(Comparator.comparing(DocumentReference::location));
  }

  private static int runInColon(String title) {
    int colon = title.indexOf(':');
    if (colon <= 0 || colon + 1 >= title.length() || !Character.isWhitespace(title.charAt(colon + 1))
        || title.substring(colon + 1).isBlank()) {
      return -1;
    }
    return colon;
  }

  private Sec heading(String t, int lineNo, int lead, Sec top) {
    Matcher m = ROMAN.matcher(t);
    if (m.matches()) {
      return new Sec(m.group(1) + ".", 0, titleSpan(lineNo, lead, m.start(2), t), null);
    }
    m = NUMERIC.matcher(t);
    if (m.matches()) {
      String num = m.group(1);
      int depth = num.split("\\.").length;
      if (depth == 1) {
        if (m.group(2).isEmpty()) {
          return null;
        }
        Sec parent = top;
        while (parent != null && parent.level != 0) {
          parent = parent.parent;
        }
        return new Sec(num + ".", 1, titleSpan(lineNo, lead, m.start(3), t), parent);
      }
      String prefix = num.substring(0, num.lastIndexOf('.'));
      for (Sec p = top; p != null; p = p.parent) {
        if (p.level == depth - 1 && p.norm.equals(prefix)) {
          return new Sec(num + m.group(2), depth, titleSpan(lineNo, lead, m.start(3), t), p);
        }
      }
      return null;
    }
    m = LETTER.matcher(t);
    if (m.matches()) {
      Sec parent = top;
      while (parent != null && parent.level == 9) {
        parent = parent.parent;
      }
      if (parent == null) {
        return null;
      }
      return new Sec(m.group(1) + m.group(2), 9, titleSpan(lineNo, lead, m.start(3), t), parent);
    }
    return null;
  }

  private Span titleSpan(int lineNo, int lead, int startInT, String t) {
    return new Span(lines).append("", lineNo, lead + startInT, lead + t.length());
  }

  /** A line continues the previous block across a page break: it starts lower case and the block did not end. */
  private static boolean continues(Blk last, String t) {
    String prev = last.span.text().stripTrailing();
    if (prev.isEmpty() || ".!?;:…".indexOf(prev.charAt(prev.length() - 1)) >= 0) {
      return false;
    }
    return Character.isLowerCase(t.codePointAt(0)) && !BULLET.matcher(t).matches() && !SUB_BULLET.matcher(t).matches();
  }

  private Blk block(String line, int lineNo, int lead, int endText) {
    String t = line.substring(lead, endText);
    Matcher m = SUB_BULLET.matcher(t);
    if (m.matches()) {
      return new Blk(NarrativeBlock.Kind.SUB_BULLET, m.group(1),
          new Span(lines).append("", lineNo, lead + m.start(2), endText));
    }
    m = BULLET.matcher(t);
    if (m.matches()) {
      return new Blk(NarrativeBlock.Kind.BULLET, m.group(1), new Span(lines).append("", lineNo, lead + m.start(2), endText));
    }
    return new Blk(NarrativeBlock.Kind.PARAGRAPH, "", new Span(lines).append("", lineNo, lead, endText));
  }

  private NarrativeBlock toBlock(Blk b) {
    return NarrativeBlock.builder().kind(b.kind).marker(b.marker.isEmpty() ? Optional.empty() : Optional.of(b.marker))
        .text(b.span.text()).location(b.span.start()).build();
  }

  private NarrativeSection toSection(Sec s) {
    String path = s.path();
    references(s.title, path);
    scanWindow(s.title);
    List<NarrativeBlock> blocks = new ArrayList<>();
    for (Blk b : s.blocks) {
      blocks.add(toBlock(b));
      references(b.span, path);
      scanWindow(b.span);
    }
    List<NarrativeSection> kids = new ArrayList<>();
    for (Sec c : s.children) {
      kids.add(toSection(c));
    }
    SourceLocation at = s.title.start();
    String line = lines.get(at.line() - 1);
    int markerCol = SourceText.column(line, line.length() - line.stripLeading().length());
    return NarrativeSection.builder().marker(s.marker).title(s.title.text())
        .location(SourceLocation.of(at.line(), markerCol)).blocks(blocks).children(kids).build();
  }

  private void scanWindow(Span span) {
    if (window != null || windowTried) {
      return;
    }
    Matcher m = WINDOW.matcher(span.text());
    if (m.find()) {
      LocalDate from = date(m.group(1), span.at(m.start(1)));
      LocalDate to = date(m.group(2), span.at(m.start(2)));
      windowTried = true;
      if (from != null && to != null) {
        if (to.isBefore(from)) {
          problem(span.at(m.start()), ProblemKind.INVALID_DATE, "the data window ends before it starts", m.group());
        } else {
          window = DateWindow.of(from, to);
        }
      }
    }
  }

  private LocalDate date(String ddmmyyyy, SourceLocation at) {
    return ctx.date(ddmmyyyy, at);
  }


  // ---------------------------------------------------------------- signature

  private void readSignature(int noiNhan, int end) {
    mark(noiNhan + 1, LineUse.RECIPIENT);
    String head = plain(lines.get(noiNhan)).substring("Nơi nhận".length()).replaceFirst("^\\s*:", "").strip();
    if (!head.isEmpty()) {
      readRecipient(head, noiNhan);
    }
    String position = null;
    int positionLine = -1;
    String name = null;
    List<String> authority = new ArrayList<>();
    for (int i = noiNhan + 1; i < end; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String t = plain(line);
      SourceLocation at = SourceLocation.of(i + 1, SourceText.column(line, line.length() - line.stripLeading().length()));
      if (t.startsWith("-") || t.startsWith("+") || t.startsWith("•")) {
        mark(i + 1, LineUse.RECIPIENT);
        readRecipient(t, i);
      } else if (position == null && name == null && AUTHORITY.matcher(t).matches()) {
        mark(i + 1, LineUse.SIGNATURE);
        authority.add(t);
      } else if (position == null && isUpper(t)) {
        mark(i + 1, LineUse.SIGNATURE);
        position = t;
        positionLine = i + 1;
      } else if (position != null && name == null) {
        mark(i + 1, LineUse.SIGNATURE);
        name = t;
      } else {
        problem(at, ProblemKind.UNRECOGNISED_LINE,
            "a line after \"Nơi nhận\" that is neither a recipient (\"- …\") nor part of the signature", t);
      }
    }
    if (position != null && name == null) {
      problem(SourceLocation.of(positionLine, 1), ProblemKind.MISSING_METADATA,
          "the signer's position has no name after it", position);
    } else if (position != null) {
      try {
        signer = vn.cchc.model.ImmutableSigner.builder().position(position).name(name)
            .onBehalfOf(authority.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", authority))).build();
      } catch (InvalidModelException e) {
        problem(SourceLocation.of(positionLine, 1), ProblemKind.INVALID_METADATA, e.getMessage(), position);
      }
    }
  }

  private void readRecipient(String t, int i) {
    String r = t.replaceFirst("^[-+•]\\s*", "").replaceFirst("[;.,]+$", "").strip();
    if (!r.isEmpty()) {
      recipients.add(r);
    }
  }

  private static boolean isUpper(String t) {
    return t.codePoints().anyMatch(Character::isLetter) && t.equals(t.toUpperCase(Locale.ROOT));
  }

  // ---------------------------------------------------------------- appendix

  private IssuingUnit readAppendix(int from, int to, List<String> superiors) {
    int i = from;
    StringBuilder caption = null;
    SourceLocation captionAt = null;
    IssuingUnit captionIssuer = null;
    for (; i < to; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (line.indexOf('\t') >= 0) {
        break;
      }
      String t = plain(line);
      SourceLocation at = SourceLocation.of(i + 1, SourceText.column(line, line.length() - line.stripLeading().length()));
      if (caption == null && t.contains("Kèm theo")) {
        caption = new StringBuilder(t);
        captionAt = at;
        mark(i + 1, LineUse.CAPTION);
      } else if (caption != null && caption.indexOf(")") < 0) {
        caption.append(' ').append(t);
        mark(i + 1, LineUse.CAPTION);
      } else if (caption == null && isUpper(t)) {
        mark(i + 1, LineUse.CAPTION);
      } else {
        problem(at, ProblemKind.UNRECOGNISED_LINE, "a line between \"PHỤ LỤC\" and the table that is neither the "
            + "appendix title nor the \"(Kèm theo …)\" caption", t);
      }
    }
    if (caption != null) {
      captionIssuer = readCaption(caption.toString(), captionAt, superiors);
    }
    readTable(i, to);
    return captionIssuer;
  }

  private IssuingUnit readCaption(String caption, SourceLocation at, List<String> superiors) {
    Matcher m = CAPTION.matcher(caption);
    if (!m.matches()) {
      problem(at, ProblemKind.INVALID_METADATA,
          "the caption is not \"(Kèm theo Báo cáo số N/BC-… ngày dd/mm/yyyy của …)\"", caption);
      return null;
    }
    Optional<DocumentNumber> num = DocumentNumber.parse(m.group(1));
    if (num.isEmpty()) {
      problem(at, ProblemKind.INVALID_METADATA, "the caption's document number is not a number and symbol", m.group(1));
    } else if (number != null && !number.equals(num.get())) {
      problem(at, ProblemKind.INVALID_METADATA, "the caption names report " + num.get()
          + " but the header (" + numberAt + ") says " + number, caption);
    } else {
      number = num.get();
    }
    LocalDate d = date(m.group(2), at);
    if (d != null && issueDate != null && !issueDate.equals(d)) {
      problem(at, ProblemKind.INVALID_METADATA, "the caption dates the report " + d
          + " but the header (" + issueDateAt + ") says " + issueDate, caption);
    } else if (d != null) {
      issueDate = d;
    }
    return issuer(m.group(3), at, superiors);
  }

  private void readTable(int from, int to) {
    IndicatorDefinition parent = null;
    Set<String> used = new HashSet<>();
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      currentLine = lineNo;
      SourceLocation lineAt = SourceLocation.of(lineNo, 1);
      List<Cell> cells = new ArrayList<>();
      int start = 0;
      while (true) {
        int tab = line.indexOf('\t', start);
        cells.add(Cell.of(line, start, tab < 0 ? line.length() : tab));
        if (tab < 0) {
          break;
        }
        start = tab + 1;
      }
      if (isTableHeader(cells)) {
        mark(lineNo, LineUse.TABLE_HEADER);
        continue;
      }
      if (cells.size() < 4) {
        problem(lineAt, ProblemKind.MALFORMED_ROW, "an appendix row needs 5 tab-separated cells (STT, label, unit, "
            + "value, note); found " + cells.size(), line);
        continue;
      }
      boolean extra = false;
      for (int k = 5; k < cells.size(); k++) {
        extra |= !cells.get(k).stripped().isEmpty();
      }
      if (extra) {
        problem(lineAt, ProblemKind.MALFORMED_ROW, "an appendix row has more than 5 cells with text", line);
        continue;
      }
      Cell stt = cells.get(0);
      Cell label = cells.get(1);
      Cell unit = cells.get(2);
      Cell value = cells.get(3);
      String note = cells.size() > 4 ? cells.get(4).stripped() : "";
      String code = stt.stripped();
      IndicatorDefinition def;
      if (CODE.matcher(code).matches()) {
        Optional<IndicatorDefinition> byCode = index.byCode(code);
        parent = byCode.orElse(null);
        if (byCode.isEmpty()) {
          problem(at(line, stt), ProblemKind.UNMATCHED_ROW, "no indicator of catalogue " + catalogue.id()
              + " has code " + code, code);
          continue;
        }
        def = byCode.get();
        if (!def.label().equals(label.stripped()) && !index.normalisedLabel(def).equals(normalise(label.text))) {
          problem(at(line, label), ProblemKind.LABEL_MISMATCH, "indicator " + def.id() + " is labelled \""
              + def.label() + "\" in catalogue " + catalogue.id(), label.stripped());
          continue;
        }
      } else if (code.isEmpty() || code.equals("Trong đó") || code.equals("Trong") || code.equals("đó")) {
        if (parent == null) {
          problem(at(line, label), ProblemKind.UNMATCHED_ROW, "a \"Trong đó\" row with no coded row above it",
              label.stripped());
          continue;
        }
        String want = normalise(label.text);
        IndicatorDefinition p = parent;
        Optional<IndicatorDefinition> child = Optional.empty();
        for (IndicatorDefinition c : catalogue.children(p.id())) {
          if (c.code().isEmpty() && !used.contains(c.id()) && index.normalisedLabel(c).equals(want)) {
            child = Optional.of(c);
            break;
          }
        }
        if (child.isEmpty()) {
          problem(at(line, label), ProblemKind.UNMATCHED_ROW, "no child of indicator " + p.id() + " in catalogue "
              + catalogue.id() + " has this label", label.stripped());
          continue;
        }
        def = child.get();
      } else {
        problem(at(line, stt), ProblemKind.MALFORMED_ROW, "the STT cell is neither a code such as 1.2. nor \"Trong đó\"",
            code);
        continue;
      }
      if (!used.add(def.id())) {
        problem(lineAt, ProblemKind.DUPLICATE_ROW, "indicator " + def.id() + " has a row already", line);
        continue;
      }
      String unitText = unit.stripped();
      if (!unitMatches(def, unitText)) {
        problem(at(line, unit), ProblemKind.UNIT_MISMATCH, "indicator " + def.id() + " has unit "
            + def.codeList().map(CodeList::asWritten).orElse(def.unit().map(Unit::label).orElse("(none)"))
            + " in catalogue " + catalogue.id(), unitText);
        continue;
      }
      IndicatorValue v = value(def, value, line);
      if (v == null) {
        continue;
      }
      mark(lineNo, LineUse.APPENDIX_ROW);
      try {
        appendix.add(AppendixEntry.builder().indicatorId(def.id())
            .codeAsWritten(def.code().isPresent() ? Optional.of(code) : Optional.empty())
            .label(label.stripped()).unitAsWritten(unitText).value(v)
            .note(note.isEmpty() ? Optional.empty() : Optional.of(note))
            .location(lineAt).sourceLine(line).build());
      } catch (InvalidModelException e) {
        problem(lineAt, ProblemKind.MALFORMED_ROW, e.getMessage(), line);
      }
    }
  }

  private static boolean isTableHeader(List<Cell> cells) {
    String first = cells.get(0).stripped();
    if (first.equals("STT")) {
      return cells.size() > 1 && cells.get(1).stripped().equals("Các chỉ tiêu");
    }
    return first.isEmpty() && cells.size() >= 4 && cells.get(1).stripped().isEmpty()
        && cells.get(2).stripped().equals("Đơn vị tính") && cells.get(3).stripped().equals("Số liệu");
  }

  private boolean unitMatches(IndicatorDefinition def, String unitText) {
    if (def.codeList().isPresent()) {
      return index.asWritten(def.codeList().get()).equals(unitText) || CodeList.parse(unitText).equals(def.codeList());
    }
    if (def.unit().isEmpty()) {
      return unitText.isEmpty();
    }
    String label = def.unit().get().label();
    return label.equals(unitText) || normalise(label).equalsIgnoreCase(normalise(unitText));
  }

  private IndicatorValue value(IndicatorDefinition def, Cell cell, String line) {
    String text = cell.stripped();
    if (text.isEmpty()) {
      return NotReportedValue.of();
    }
    if (text.equals("-") || text.equals("–") || text.equals("—")) {
      return NotApplicableValue.of(text);
    }
    VietnameseNumber n;
    try {
      n = VietnameseNumber.parse(cell.text);
    } catch (VietnameseNumberException e) {
      problem(SourceLocation.of(currentLine, SourceText.column(line, cell.lineIndexOf(e.index()))),
          ProblemKind.UNREADABLE_VALUE, "indicator " + def.id() + ": " + e.getMessage(), text);
      return null;
    }
    SourceLocation at = at(line, cell);
    BigDecimal v = n.value();
    Optional<Unit> unit = def.unit();
    boolean money = unit.map(u -> u.kind() == UnitKind.MONEY).orElse(false);
    boolean percentage = unit.map(u -> u.kind() == UnitKind.PERCENTAGE).orElse(false);
    try {
      if (def.kind() == IndicatorKind.CODED) {
        if (n.percent() || v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(1000)) > 0) {
          problem(at, ProblemKind.UNREADABLE_VALUE, "indicator " + def.id() + ": a coded answer is a whole number", text);
          return null;
        }
        try {
          return CodedValue.of(def.codeList().get().answer(v.intValueExact()), text);
        } catch (UnknownCodeException e) {
          problem(at, ProblemKind.UNKNOWN_CODE, "indicator " + def.id() + ": " + e.getMessage(), text);
          return null;
        }
      }
      if (n.percent() && !percentage) {
        problem(at, ProblemKind.UNREADABLE_VALUE, "indicator " + def.id() + " is not a percentage but the value has \"%\"",
            text);
        return null;
      }
      if (v.signum() < 0) {
        problem(at, ProblemKind.UNREADABLE_VALUE, "indicator " + def.id() + ": a negative value", text);
        return null;
      }
      if (percentage) {
        return PercentageValue.of(v, text);
      }
      if (money) {
        return MoneyValue.of(v, unit.get(), text);
      }
      if (v.scale() > 0) {
        problem(at, ProblemKind.UNREADABLE_VALUE, "indicator " + def.id() + ": a count must be a whole number", text);
        return null;
      }
      long count;
      try {
        count = v.longValueExact();
      } catch (ArithmeticException e) {
        problem(at, ProblemKind.UNREADABLE_VALUE, "indicator " + def.id() + ": the count is too large", text);
        return null;
      }
      return CountValue.of(count, unit.filter(u -> u.kind() == UnitKind.COUNT), text);
    } catch (InvalidModelException e) {
      problem(at, ProblemKind.UNREADABLE_VALUE, "indicator " + def.id() + ": " + e.getMessage(), text);
      return null;
    }
  }

  private int currentLine;

  private SourceLocation at(String line, Cell cell) {
    return SourceLocation.of(currentLine, SourceText.column(line, cell.firstNonBlank()));
  }

  // ---------------------------------------------------------------- period and result

  private void readPeriod() {
    if (title == null) {
      return;
    }
    SourceLocation at = titleLocation();
    Matcher m = QUARTER.matcher(title);
    PeriodKind kind = null;
    int index = 1;
    if (m.find()) {
      if (m.group(1) != null) {
        kind = PeriodKind.QUARTER;
        String q = m.group(1).toUpperCase(Locale.ROOT);
        index = switch (q) {
          case "I", "1" -> 1;
          case "II", "2" -> 2;
          case "III", "3" -> 3;
          default -> 4;
        };
      } else if (m.group(2) != null) {
        kind = PeriodKind.SIX_MONTHS;
        index = "cuối".equalsIgnoreCase(m.group(3)) ? 2 : 1;
      } else if (m.group(4) != null) {
        kind = PeriodKind.NINE_MONTHS;
      } else if (m.group(5) != null) {
        kind = PeriodKind.MONTH;
        index = Integer.parseInt(m.group(5));
      } else {
        kind = PeriodKind.YEAR;
      }
    }
    Matcher y = YEAR.matcher(title);
    if (kind == null || !y.find()) {
      problem(at, ProblemKind.MISSING_METADATA, "the title states no reporting period (quý I–IV, 6 tháng, 9 tháng, "
          + "năm) with its year", title);
      return;
    }
    try {
      period = ReportingPeriod.builder().year(Integer.parseInt(y.group(1))).kind(kind).index(index)
          .dataWindow(Optional.ofNullable(window)).build();
    } catch (InvalidModelException e) {
      problem(at, ProblemKind.INVALID_METADATA, "the reporting period cannot be read: " + e.getMessage(), title);
    }
  }

  private SourceLocation titleLocation() {
    for (int i = 0; i < lines.size(); i++) {
      if (ctx.use(i) == LineUse.TITLE && !plain(lines.get(i)).equals("BÁO CÁO")) {
        return SourceLocation.of(i + 1, 1);
      }
    }
    return SourceLocation.of(1, 1);
  }

  private void accountForEveryLine() {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        if (ctx.use(i) == null) {
          ctx.mark(i + 1, LineUse.BLANK);
        }
      } else if (ctx.use(i) == null) {
        problem(SourceLocation.of(i + 1, 1), ProblemKind.UNRECOGNISED_LINE, "a line the reader could not place",
            lines.get(i));
      }
    }
  }

  private ReadResult result() {
    SourceLocation top = SourceLocation.of(1, 1);
    List<ReadProblem> sorted = new ArrayList<>(ctx.problems());
    sorted.sort(Comparator.comparing(ReadProblem::location));
    ctx.problems().clear();
    if (number == null) {
      problem(top, ProblemKind.MISSING_METADATA, "no document number: expected \"Số: …\" in the header or "
          + "\"(Kèm theo Báo cáo số …)\" under \"PHỤ LỤC\"", "");
    }
    if (issueDate == null) {
      problem(top, ProblemKind.MISSING_METADATA, "no issue date: expected \"…, ngày dd tháng mm năm yyyy\" in the "
          + "header or \"ngày dd/mm/yyyy\" in the appendix caption", "");
    }
    if (issuer == null && sorted.stream().noneMatch(p -> p.message().startsWith("the level of")
        || p.message().startsWith("the issuer"))) {
      problem(top, ProblemKind.MISSING_METADATA, "no issuer: expected \"UBND …\" in the header or \"của UBND …\" in "
          + "the appendix caption", "");
    }
    if (title == null) {
      problem(top, ProblemKind.MISSING_METADATA, "no title: expected a line after \"BÁO CÁO\"", "");
    }
    Optional<Report> report = Optional.empty();
    if (number != null && issueDate != null && issuer != null && title != null && period != null) {
      try {
        ImmutableReport.Builder b = Report.builder().catalogueId(catalogue.id()).number(number).issueDate(issueDate)
            .issuer(issuer).place(Optional.ofNullable(place)).title(title).period(period).preamble(preamble)
            .sections(sections).closing(closing).references(references).recipients(recipients)
            .signer(Optional.ofNullable(signer)).appendix(appendix);
        report = Optional.of(b.build());
      } catch (InvalidModelException e) {
        problem(top, ProblemKind.INVALID_METADATA, "the report cannot be built: " + e.getMessage(), "");
      }
    }
    sorted.addAll(ctx.problems()); // whole-document problems (missing metadata) come after the located ones
    return ReadResult.of(report, sorted);
  }

  // ---------------------------------------------------------------- helpers

  private void problem(SourceLocation at, ProblemKind kind, String message, String offending) {
    ctx.problem(at, kind, message, offending);
  }

  private void mark(int lineNo, LineUse u) {
    ctx.mark(lineNo, u);
  }

  private void references(Span span, String path) {
    refs.read(span, path, references);
  }

  private int find(int from, int to, java.util.function.Predicate<String> p) {
    for (int i = from; i < to; i++) {
      if (p.test(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** A line without markup, "*" emphasis wrappers and surrounding white space. */
  static String plain(String line) {
    return stripStars(Cell.strip(line).strip());
  }

  private static String stripStars(String s) {
    String t = s;
    while (t.startsWith("*")) {
      t = t.substring(1).strip();
    }
    while (t.endsWith("*")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /** Label comparison form: markup removed, NFC, white space collapsed. Case is kept. */
  static String normalise(String s) {
    String t = SourceText.nfc(Cell.strip(s)).strip();
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
