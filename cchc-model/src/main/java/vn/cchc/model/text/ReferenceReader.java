package vn.cchc.model.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.DocumentType;
import vn.cchc.model.ImmutableDocumentNumber;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.message.Message;

/**
 * Finds the documents a piece of narrative cites: "Kế hoạch số 06/KH-UBND ngày 10/01/2024 về …",
 * "Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017", "Quyết định số 65/QĐ-UBND ngày 12/3/2024 của
 * UBND huyện Lạc Dương về …". One instance per read. Internal; the behaviour is documented on
 * {@link ReportTextReader}.
 *
 * <p>Numbers and symbols are read as real reports write them, repairs included ({@link #readNumber}):
 * {@link DocumentNumber#parse} stays the strict parser of the clean form, because a repair is a judgement
 * about the text that must be reported where it was made, and only a reader has a place to report it.
 */
final class ReferenceReader {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String TYPE_WORDS = "Nghị quyết|Quyết định|Chỉ thị|Quy chế|Quy định|Thông cáo|Thông báo|"
      + "Hướng dẫn|Chương trình|Kế hoạch|Phương án|Đề án|Dự án|Báo cáo|Biên bản|Tờ trình|Hợp đồng|Công điện|Giấy mời|"
      + "Giấy giới thiệu|Nghị định|Thông tư|Công văn";
  static final Pattern TYPE_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:(" + TYPE_WORDS + ")\\s+)?(?:(số)\\s+)?$", CI);
  /**
   * The characters that {@link #TYPE_BEFORE}'s words ("Nghị quyết", …, "số") can start with, as the pattern compares
   * them case-insensitively ({@link #fold}), one bit per character of the BMP: where none stands, no type word or
   * "số" can start.
   */
  private static final BitSet TYPE_FIRST = characters(TYPE_WORDS + "|số", true);
  /** Likewise the characters {@link #TYPE_BEFORE}'s words end with: one stands before the blanks ahead of a match. */
  private static final BitSet TYPE_LAST = characters(TYPE_WORDS + "|số", false);
  /** The lengths of the type words, each once, shortest first. */
  private static final int[] TYPE_LENGTHS = java.util.Arrays.stream(TYPE_WORDS.split("\\|")).mapToInt(String::length)
      .distinct().sorted().toArray();
  private static final Pattern TYPE_AHEAD = Pattern.compile("(?:" + TYPE_WORDS + "|số)(?![\\p{L}\\p{N}])", CI);

  /**
   * A number and symbol as written: spaces (at most three) around each slash; a year; the symbol either
   * with its hyphen ("BC-UBND", group 7 and 8) or glued ("NĐCP", group 7 only).
   */
  static final Pattern LENIENT = Pattern.compile(
      "(\\d{1,6})(\\h{0,3})/(\\h{0,3})(?:(\\d{4})(\\h{0,3})/(\\h{0,3}))?(\\p{L}+)"
          + "(?:-([\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*))?");

  /** A date "dd/mm/yyyy" (group 1) or "dd tháng mm năm yyyy" (groups 2–4). */
  private static final Pattern DATE_AFTER = Pattern.compile("\\s+ngày\\s+" + ReadContext.EITHER_DATE, CI);
  private static final Pattern LEADING_DATE = Pattern.compile("\\s*Ngày\\s+" + ReadContext.EITHER_DATE + ",\\s*(.*)", Pattern.DOTALL);
  /** Compiled once: String.split compiles a pattern of more than one character on every call. */
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern ISSUER_AFTER = Pattern.compile("\\s+của\\s+", CI);
  private static final Pattern SUBJECT_AFTER_ISSUER = Pattern.compile("\\s+về\\s", CI);
  private static final Set<String> NOT_SUBJECT_START = Set.of("và", "hoặc", "của", "theo", "tại", "đã", "được",
      "ngày", "năm", "đến", "trong", "với", "cho", "là", "đều");

  /**
   * Issuer parts of a symbol that may follow a type abbreviation without its hyphen (PDF extraction
   * drops it: "3027/QĐUBND", "63/2010/NĐCP"). A glued symbol is split only into a type abbreviation of
   * {@link DocumentType} followed by exactly one of these; anything else is left unread.
   */
  static final Set<String> ISSUER_FORMS = Set.of(
      "UBND", "HĐND", "CP", "TTg", "VPCP", "TTCP", "QH", "UBTVQH", "VPQH", "KTNN", "NHNN", "UBDT", "TANDTC", "VKSNDTC",
      "BNV", "BTC", "BTP", "BCA", "BQP", "BYT", "BXD", "BCT", "BGDĐT", "BKHĐT", "BTTTT", "BGTVT", "BNNPTNT", "BTNMT",
      "BLĐTBXH", "BVHTTDL", "BKHCN", "BNG",
      "SNV", "STC", "STP", "SYT", "SXD", "SCT", "SGDĐT", "SKHĐT", "STTTT", "SGTVT", "SNNPTNT", "STNMT", "SLĐTBXH",
      "SVHTTDL", "SKHCN",
      "BCĐ", "UBMTTQ", "TU", "HU", "ĐU", "BCH", "BTV");

  /** Lower-case words and phrases that end an issuer's name ("của UBND huyện về …", "của Chính phủ quy định"). */
  private static final List<String> ISSUER_STOPS = List.of("về", "v/v", "đã", "đều", "được", "bị", "là", "thì", "mà",
      "để", "nhằm", "theo", "tại", "trong", "trên", "cho", "với", "đến", "tới", "từ", "ngày", "năm", "nay", "đang",
      "sẽ", "có", "không", "chưa", "vẫn", "cũng", "của", "do", "này", "đó", "khi", "như", "kèm", "gửi", "giao", "số",
      "ban hành", "hướng dẫn", "quy định", "thực hiện", "triển khai", "phê duyệt", "bắt đầu", "yêu cầu", "chỉ đạo");
  private static final List<String> BODY_PHRASES = List.of("ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân");
  private static final List<String> LEVEL_WORDS = List.of("thành phố", "thị trấn", "thị xã", "tỉnh", "huyện", "quận",
      "phường", "xã", "tp.");
  private static final int MAX_ISSUER_WORDS = 16;
  /**
   * How far a reference looks back for the start of its sentence ("Ngày …, … ban hành …") and ahead for
   * the end of its subject, in characters: a sentence's reach, so that a paragraph with thousands of
   * references is read in time linear in its length.
   */
  static final int MAX_SENTENCE = 1_000;

  private final ReadContext ctx;
  // one matcher of each pattern for the read, reset to each text with a number in it and set to the region it looks
  // at: no substring, no matcher per text or reference (a region's bounds are opaque, so a look-behind or "$" sees what
  // it saw in a substring)
  private final Matcher b = TYPE_BEFORE.matcher("");
  private final Matcher d = DATE_AFTER.matcher("");
  private final Matcher c = ISSUER_AFTER.matcher("");
  private final Matcher v = SUBJECT_AFTER_ISSUER.matcher("");
  /** The bounds of the groups of the last {@link #lenient} number. */
  private final int[] g = new int[18];
  // the span being read, from its first number on
  private Span span;
  private String text;
  private String path;
  private List<DocumentReference> references;
  private boolean sentenceDates;
  /** The span's text as the matchers read it. */
  private CharSequence view;
  /** Which of {@link #d} (1), {@link #c} (2) and {@link #v} (4) are reset to the span: each only when first asked. */
  private int reset;

  ReferenceReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  private static BitSet characters(String words, boolean first) {
    StringBuilder firsts = new StringBuilder(); // folded first (or last) characters
    for (String w : words.split("\\|")) {
      firsts.append(fold(w.charAt(first ? 0 : w.length() - 1)));
    }
    BitSet out = new BitSet(Character.MAX_VALUE + 1);
    String f = firsts.toString();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (f.indexOf(fold((char) c)) >= 0) {
        out.set(c);
      }
    }
    return out;
  }

  /** {@return whether a character is white space as {@code \s} means it without UNICODE_CHARACTER_CLASS} */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** {@return whether {@code $} may match before a character} */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** {@return whether a character of the BMP is {@code [\p{L}\p{N}]}} */
  private static boolean isLetterOrNumber(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** {@return a character as a pattern with CASE_INSENSITIVE and UNICODE_CASE compares it} */
  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * Appends the references found in a span.
   *
   * @param span the text, able to locate each character
   * @param path the section path, e.g. "I.2"
   * @param references where to add them
   */
  void read(Span span, String path, List<DocumentReference> references) {
    String text = span.text();
    if (text.indexOf('/') < 0) {
      return; // no number and symbol without a slash
    }
    boolean first = true; // the span's state is set at its first number: most slashes are dates'
    int prevEnd = 0;
    int from = 0;
    // a number and symbol starts with digits before a "/" (spaces allowed between): look only there
    for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', from)) {
      from = slash + 1;
      int s = digitsBefore(text, slash);
      int e = s < 0 ? -1 : lenient(text, s, g);
      if (e < 0) {
        continue;
      }
      from = Math.max(from, e);
      Repair repair = standsAlone(text, s, e, g) ? repair(text, g) : null;
      if (repair == null) {
        continue;
      }
      if (first) {
        startSpan(span, path, references);
        first = false;
      }
      reference(s, e, prevEnd, repair);
      prevEnd = e;
    }
  }

  /**
   * {@return where the digits of a number and symbol start before a slash (up to three blanks, then one to six
   * digits), or -1}
   */
  private static int digitsBefore(String text, int slash) {
    int s = slash;
    while (s > 0 && s > slash - 3 && isBlank(text.charAt(s - 1))) {
      s--;
    }
    int digitsEnd = s;
    while (s > 0 && s > digitsEnd - 6 && text.charAt(s - 1) >= '0' && text.charAt(s - 1) <= '9') {
      s--;
    }
    return s == digitsEnd ? -1 : s;
  }

  /**
   * {@return whether the match {@code text[s, e)} stands as a number of its own: not the tail of a word, a number,
   * a date or a list ("2024/45/BC-UBND", "1.45/…"), and not a glued symbol running into digits ("12/QĐUBND2"), which
   * this reader cannot split}
   */
  private static boolean standsAlone(String text, int s, int e, int[] g) {
    if (s > 0) {
      char before = text.charAt(s - 1);
      if (Character.isLetterOrDigit(before) || before == '/' || before == '.' || before == ',') {
        return false;
      }
    }
    return g[16] >= 0 || e == text.length() || !Character.isDigit(text.charAt(e));
  }

  /** Sets the reader to a span with a number in it: what its references share, the matchers to be reset to its text. */
  private void startSpan(Span span, String path, List<DocumentReference> references) {
    this.span = span;
    this.text = span.text();
    this.path = path;
    this.references = references;
    this.sentenceDates = text.contains("Ngày"); // a sentence opening "Ngày …," can date a reference in it
    view = Work.view(text);
    b.reset(view);
    reset = 0;
  }

  /** {@return a matcher set to the span's text from {@code from} to its end, reset to the span when first asked} */
  private Matcher from(Matcher m, int bit, int from) {
    if ((reset & bit) == 0) {
      m.reset(view);
      reset |= bit;
    }
    return m.region(from, text.length());
  }

  /**
   * Reads the reference whose number is {@code text[s, e)}: the type word before it, the date, issuer and subject
   * after it, and adds it.
   */
  private void reference(int s, int e, int prevEnd, Repair repair) {
    int lookFrom = Math.max(prevEnd, s - 40);
    String typeWord = null;
    int refStart = s;
    if (typeBefore(b, text, lookFrom, s)) {
      if (b.group(1) != null) {
        typeWord = b.group(1);
        refStart = b.start(1);
      } else if (b.group(2) != null) {
        refStart = b.start(2);
      }
    }
    repair.report(ctx, span.at(s));
    SourceLocation at = span.at(refStart);
    int after = e;
    LocalDate date;
    if (blanksThen(text, e, 'n') && from(d, 1, e).lookingAt()) {
      date = date(d, 1, span);
      after = d.end();
    } else {
      date = sentenceDates ? leadingDate(text, refStart, span) : null;
    }
    String issuer = null;
    String subject = null;
    if (blanksThen(text, after, 'c') && from(c, 2, after).lookingAt()) {
      issuer = issuer(text, c.end());
      int issuerEnd = issuer == null ? -1 : c.end() + issuer.length();
      if (issuer != null && blanksThen(text, issuerEnd, 'v') && from(v, 4, issuerEnd).lookingAt()) {
        subject = subject(text, issuerEnd); // "của UBND TP. Hồ Chí Minh về …": the issuer's own full stops do not end it
      }
    }
    if (subject == null) {
      subject = subject(text, after);
    }
    references.add(DocumentReference.builder().number(repair.number).location(at).sectionPath(path)
        .typeWord(Optional.ofNullable(typeWord)).date(Optional.ofNullable(date))
        .issuer(Optional.ofNullable(issuer)).subject(Optional.ofNullable(subject)).build());
    if (references.size() > ReportTextReader.MAX_REFERENCES) {
      throw tooMany(at, text.substring(s, e));
    }
  }

  private static LimitExceeded tooMany(SourceLocation at, String number) {
    return LimitExceeded.of(ReportTextReader.MAX_REFERENCES, at, Problems.of("limit.references"), "MAX_REFERENCES",
        number);
  }

  /**
   * {@return whether white space ({@code \s}) starts at {@code i} and, after it, a character that a pattern with
   * CASE_INSENSITIVE and UNICODE_CASE compares equal to {@code lower}} What {@code "\s+ngày"}, {@code "\s+của"} and
   * {@code "\s+về"} need before they can match: their matchers are asked only then.
   */
  private static boolean blanksThen(String text, int i, char lower) {
    if (i < 0 || i >= text.length() || !isRegexSpace(text.charAt(i))) {
      return false;
    }
    do {
      i++;
    } while (i < text.length() && isRegexSpace(text.charAt(i)));
    return i < text.length() && fold(text.charAt(i)) == lower;
  }

  /**
   * Reads a {@link #LENIENT} number and symbol starting at {@code s} as {@code lookingAt()} on the region from
   * {@code s} to the end reads it, without the pattern: the same end and the same groups, group {@code k} from
   * {@code g[2k]} to {@code g[2k + 1]} (both -1 when the group takes no part). The pattern has one way to match: each
   * run it reads (digits, blanks, letters, hyphen parts) is taken whole, for where a run stops, the character
   * after it cannot be what the pattern needs next; so a run too long for its bound fails, and nothing is tried
   * again.
   *
   * @param text the text
   * @param s where the match must start
   * @param g where the groups' bounds go: 18 ints
   * @return where the match ends, or -1 when none starts at {@code s} (then {@code g} holds nothing of use)
   */
  static int lenient(String text, int s, int[] g) {
    int n = text.length();
    int i = digits(text, s);
    if (i == s || i - s > 6) {
      return -1; // \d{1,6} followed by a digit: no "/" can follow
    }
    int j = hBlanks(text, i);
    if (j - i > 3 || j == n || text.charAt(j) != '/') {
      return -1;
    }
    g[2] = s;
    g[3] = i;
    g[4] = i;
    g[5] = j;
    i = j + 1;
    j = hBlanks(text, i);
    if (j - i > 3) {
      return -1;
    }
    g[6] = i;
    g[7] = j;
    i = j;
    j = digits(text, i);
    if (j > i) {
      // digits after the slash: only a year, its slash and up to three blanks on either side can go before the letters
      int k = hBlanks(text, j);
      if (j - i != 4 || k - j > 3 || k == n || text.charAt(k) != '/') {
        return -1;
      }
      int l = hBlanks(text, k + 1);
      if (l - (k + 1) > 3) {
        return -1;
      }
      g[8] = i;
      g[9] = j;
      g[10] = j;
      g[11] = k;
      g[12] = k + 1;
      g[13] = l;
      i = l;
    } else {
      java.util.Arrays.fill(g, 8, 14, -1);
    }
    j = letters(text, i, false);
    if (j == i) {
      return -1;
    }
    g[14] = i;
    g[15] = j;
    int e = j;
    while (e < n && text.charAt(e) == '-') {
      int k = letters(text, e + 1, true);
      if (k == e + 1) {
        break; // a hyphen without a letter or number after it is not the symbol's
      }
      e = k;
    }
    if (e > j) {
      g[16] = j + 1;
      g[17] = e;
    } else {
      g[16] = -1;
      g[17] = -1;
    }
    g[0] = s;
    g[1] = e;
    return e;
  }

  /** {@return the end of the run of ASCII digits ({@code \d}) from {@code i}} */
  private static int digits(String text, int i) {
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** {@return the end of the run of horizontal white space ({@code \h}) from {@code i}} */
  private static int hBlanks(String text, int i) {
    while (i < text.length() && isHorizontalSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@return whether a character is {@code \h}} */
  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  /**
   * {@return the end of the run of code points from {@code i} that are {@code \p{L}} (or {@code [\p{L}\p{N}]} when
   * {@code orNumbers})}
   */
  private static int letters(String text, int i, boolean orNumbers) {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 0x80) { // ASCII: most symbols
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (orNumbers && c >= '0' && c <= '9'))) {
          return i;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      boolean letter = type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
          || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER || type == Character.OTHER_LETTER;
      boolean number = orNumbers && (type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
          || type == Character.OTHER_NUMBER);
      if (!letter && !number) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /**
   * {@return whether {@link #TYPE_BEFORE} matches a type word or "số" in {@code text[lookFrom, s)}, the match left in
   * {@code b}} What {@code find()} on that region gives, without trying the pattern's 24 words case-insensitively at
   * each of up to 40 positions: only where a word's first character stands. Elsewhere the pattern matches nothing or the empty string
   * at the region's end (or before a line terminator there), which leaves the reference without a type word exactly
   * as no match does.
   */
  static boolean typeBefore(Matcher b, String text, int lookFrom, int s) {
    for (int p = lookFrom; p < s; p++) {
      if (Character.isSurrogate(text.charAt(p))) {
        // a look-behind at the region's start would see half a pair: ask find() itself
        b.useTransparentBounds(false).region(lookFrom, s);
        return b.find() && (b.group(1) != null || b.group(2) != null);
      }
    }
    // a word matched is followed by blanks (\s) up to the end, or up to a line terminator ending the region ("$"):
    // without one of the words' last characters before those blanks, nothing but the empty string matches
    int w = s;
    if (w > lookFrom && isLineTerminator(text.charAt(w - 1))) {
      w--;
    }
    while (w > lookFrom && isRegexSpace(text.charAt(w - 1))) {
      w--;
    }
    if (w == lookFrom || !TYPE_LAST.get(text.charAt(w - 1))) {
      return false;
    }
    // so a match is "số" ending at w, a type word ending at w, or a type word ending where the blanks before such a
    // "số" start (w2): it starts at one of these positions, tried from the leftmost as find() does
    int w2 = w - 2;
    while (w2 > lookFrom && isRegexSpace(text.charAt(w2 - 1))) {
      w2--;
    }
    int[] starts = new int[2 * TYPE_LENGTHS.length + 1];
    int k = 0;
    starts[k++] = w - 2;
    for (int len : TYPE_LENGTHS) {
      starts[k++] = w - len;
      starts[k++] = w2 < w - 2 ? w2 - len : w - 2; // w - 2 again (tried once) when no blanks precede "số"
    }
    java.util.Arrays.sort(starts);
    for (int i = 0; i < k; i++) {
      int p = starts[i];
      // the look-behind: a word starts at lookFrom (it sees nothing before, bounds being opaque) or after a character
      // that is no letter or number
      if (p < lookFrom || (i > 0 && p == starts[i - 1]) || !TYPE_FIRST.get(text.charAt(p))
          || (p > lookFrom && isLetterOrNumber(text.charAt(p - 1)))) {
        continue;
      }
      // past lookFrom the look-behind sees the character before p, which lies in the region, as in find()
      b.useTransparentBounds(p > lookFrom).region(p, s);
      if (b.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a number and symbol as a report writes it, for any zone reader (the header's "Số: 31  /BC-UBND",
   * a caption): the clean form "45/BC-UBND" as {@link DocumentNumber#parse} reads it; spaces around a slash
   * ("228/ BC-UBND", "45 /BC-UBND", "31  /BC-UBND") removed, a {@link ProblemKind#REPAIRED_TEXT} problem at
   * {@link ProblemSeverity#INFO}; a symbol whose hyphen is lost ("63/2010/NĐCP", "3027/QĐUBND") split where a
   * {@linkplain DocumentType type abbreviation} is followed by a known issuer form ({@link #ISSUER_FORMS}), a
   * {@link ProblemKind#REPAIRED_TEXT} problem at {@link ProblemSeverity#WARNING}. The number keeps
   * {@link DocumentNumber#asWritten()} exactly as written; its parts are those of the clean form.
   *
   * @param text the number and symbol alone; surrounding blanks are ignored
   * @param at where its first non-blank character is, for the problem
   * @param ctx where to record the problem
   * @return the number, or null (and no problem recorded) when the text is not a number and symbol in any of
   *     these forms; the caller decides whether that is a problem
   */
  static DocumentNumber readNumber(String text, SourceLocation at, ReadContext ctx) {
    String t = text.strip();
    int[] g = new int[18];
    // the pattern's one match from the start is its longest (see lenient): it matches the whole text when that ends there
    if (lenient(t, 0, g) != t.length()) {
      return null;
    }
    Repair r = repair(t, g);
    if (r == null) {
      return null;
    }
    r.report(ctx, at);
    return r.number;
  }

  /** A number read from a {@link #LENIENT} match, with the repair made to read it (none: severity null). */
  private static final class Repair {
    final DocumentNumber number;
    final ProblemSeverity severity;
    final Message message;

    Repair(DocumentNumber number, ProblemSeverity severity, Message message) {
      this.number = number;
      this.severity = severity;
      this.message = message;
    }

    void report(ReadContext ctx, SourceLocation at) {
      if (severity != null) {
        ctx.problem(at, ProblemKind.REPAIRED_TEXT, severity, message, number.asWritten());
      }
    }
  }

  /**
   * {@return the number of a {@link #LENIENT} match (its groups' bounds in {@code g}, as {@link #lenient} leaves them)
   * with what was repaired, or null when it is not one}
   */
  private static Repair repair(String text, int[] g) {
    boolean spaced = g[5] > g[4] || g[7] > g[6] || (g[8] >= 0 && (g[11] > g[10] || g[13] > g[12]));
    String first = text.substring(g[14], g[15]);
    if (g[16] < 0) {
      return glued(text, g, first, spaced);
    }
    DocumentNumber n = number(text, g, first, text.substring(g[16], g[17]));
    return spaced ? spaced(n, clean(text, g, first, n.secondPart())) : new Repair(n, null, null);
  }

  /** {@return the number of a match whose symbol has no hyphen, split as {@link #splitGlued} splits it, or null} */
  private static Repair glued(String text, int[] g, String symbol, boolean spaced) {
    String[] parts = splitGlued(symbol);
    if (parts == null) {
      return null;
    }
    DocumentNumber n = number(text, g, parts[0], parts[1]);
    return new Repair(n, ProblemSeverity.WARNING, Problems.of(spaced ? "reference.hyphen-lost-spaced"
        : "reference.hyphen-lost", symbol, parts[0] + "-" + parts[1], clean(text, g, parts[0], parts[1])));
  }

  /**
   * {@return the number of a match with its symbol's two parts: what {@link DocumentNumber#parse} gives for the clean
   * form ("45/2020/NĐ-CP"), with the text as written} The clean form always parses: the match's digits, letters and
   * hyphen parts are those its pattern wants, and the reader's text is NFC, which the clean form then is as well (its
   * parts meet at "/" and "-", which compose with nothing).
   */
  private static DocumentNumber number(String text, int[] g, String first, String second) {
    ImmutableDocumentNumber.Builder n = ImmutableDocumentNumber.builder().asWritten(text.substring(g[0], g[1]))
        .sequence(Integer.parseInt(text, g[2], g[3], 10)).firstPart(first).secondPart(second);
    if (g[8] >= 0) {
      n.year(Integer.parseInt(text, g[8], g[9], 10));
    }
    return n.build();
  }

  private static Repair spaced(DocumentNumber n, String clean) {
    return new Repair(n, ProblemSeverity.INFO, Problems.of("reference.slash-spaces", clean));
  }

  /** {@return the clean form of a match for a repair's message, digits as written: "45/2020/NĐ-CP", "06/KH-UBND"} */
  private static String clean(String text, int[] g, String first, String second) {
    return text.substring(g[2], g[3]) + "/" + (g[8] < 0 ? "" : text.substring(g[8], g[9]) + "/") + first + "-"
        + second;
  }

  /**
   * Splits a symbol that lost its hyphen into a type abbreviation and a known issuer form: "NĐCP" → NĐ, CP;
   * "QĐUBND" → QĐ, UBND; "TTrUBND" → TTr, UBND. Null unless exactly one split exists.
   */
  static String[] splitGlued(String glued) {
    String[] found = null;
    for (DocumentType t : DocumentType.values()) {
      String a = t.abbreviation();
      if (glued.length() > a.length() && glued.startsWith(a) && ISSUER_FORMS.contains(glued.substring(a.length()))) {
        if (found != null) {
          return null;
        }
        found = new String[] {a, glued.substring(a.length())};
      }
    }
    return found;
  }

  private LocalDate date(Matcher d, int g, Span span) {
    return ctx.date(d, g, span);
  }

  /** "Ngày 01/03/2024, UBND thị trấn đã ban hành kế hoạch số 56/KH-UBND …": the sentence's date binds. */
  private LocalDate leadingDate(String text, int refStart, Span span) {
    // the sentence's start, looked for within a sentence's reach only: the work per reference stays bounded
    int reach = Math.max(0, refStart - MAX_SENTENCE);
    int sentence = -1;
    for (int i = refStart - 2; i >= reach; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == ';') && text.charAt(i + 1) == ' ') {
        sentence = i;
        break;
      }
    }
    int from = sentence < 0 ? (reach == 0 ? 0 : -1) : sentence + 2;
    if (from < 0 || from > refStart) {
      return null;
    }
    while (from < refStart && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    if (!text.startsWith("Ngày", from)) {
      return null;
    }
    Matcher m = LEADING_DATE.matcher(Work.view(text)).region(from, refStart);
    if (!m.matches() || !m.group(5).contains("ban hành") || containsNumber(m.group(5))) {
      return null;
    }
    return date(m, 1, span);
  }

  /** {@return whether the text holds a number and symbol in any form this reader reads} */
  private static boolean containsNumber(String text) {
    int[] g = new int[18];
    // as find() tries the pattern: at each position from the left, and on from the end of each match
    int p = 0;
    while (p < text.length()) {
      int e = lenient(text, p, g);
      if (e < 0) {
        p++;
      } else if (repair(text, g) != null) {
        return true;
      } else {
        p = e;
      }
    }
    return false;
  }

  /**
   * The issuer after "của": a body ("UBND", "Ủy ban nhân dân", "Bộ Nội vụ", "Thủ tướng Chính phủ"), then
   * optionally a level word and the place's name ("huyện Lạc Dương"). Capitalised words belong to the name;
   * a lower-case word only as the tail of a capitalised one before any level word ("Nội vụ", "Chính phủ");
   * "và"/"-" only between capitalised words ("Thông tin và Truyền thông"). It ends at punctuation, a digit,
   * a stop word ("về", "đã", "ban hành", …), a second lower-case word, a lower-case word after the place
   * name, or a type word that starts another reference.
   *
   * @return the issuer as written, or null when the text after "của" names none
   */
  static String issuer(String text, int start) {
    List<int[]> words = words(text, start);
    int end = -1;
    boolean place = false;
    boolean tailAllowed = false;
    boolean connector = false;
    for (int i = 0; i < words.size(); i++) {
      int[] w = words.get(i);
      String word = text.substring(w[0], w[2]);
      String ahead = ahead(text, words, i);
      String body = phrase(ahead, BODY_PHRASES);
      String level = phrase(ahead, LEVEL_WORDS);
      boolean cap = Character.isUpperCase(word.codePointAt(0));
      int consumed;
      if (body != null && (i == 0 || cap) && !connector) {
        consumed = body.split(" ").length;
        tailAllowed = false;
        place = false;
      } else if (level != null && i > 0 && !connector && (!cap || level.equals("tp."))) {
        consumed = level.split(" ").length;
        tailAllowed = false;
        place = true;
      } else if (cap && Character.isLetter(word.codePointAt(0))) {
        if (TYPE_AHEAD.matcher(Work.view(text)).region(w[0], text.length()).lookingAt()) {
          break;
        }
        consumed = 1;
        tailAllowed = !place;
      } else if (i > 0 && !place && !connector && w[3] == 0 && (word.equals("và") || word.equals("-"))) {
        connector = true; // kept only when a capitalised word follows
        tailAllowed = false;
        continue;
      } else if (tailAllowed && !connector && isWord(word) && phrase(ahead, ISSUER_STOPS) == null) {
        consumed = 1;
        tailAllowed = false;
      } else {
        break;
      }
      connector = false;
      int last = Math.min(words.size(), i + consumed) - 1;
      end = words.get(last)[2];
      i = last;
      if (words.get(last)[3] == 1) {
        break; // punctuation after the word ends the name
      }
    }
    if (end < 0) {
      return null;
    }
    String issuer = text.substring(start, end);
    return issuer.isBlank() ? null : issuer;
  }

  /** Words from {@code start}: {start, end, end without trailing punctuation, 1 if punctuation followed}. */
  private static List<int[]> words(String text, int start) {
    List<int[]> out = new ArrayList<>();
    int i = start;
    while (i < text.length() && out.size() < MAX_ISSUER_WORDS) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (s == i) {
        break;
      }
      String w = text.substring(s, i);
      if (w.equals("TP.") || w.equals("Tp.")) {
        out.add(new int[] {s, i, i, 0});
        continue;
      }
      int e = i;
      while (e > s && ",;:.!?()\"".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      if (e == s || "(\"".indexOf(text.charAt(s)) >= 0) {
        break;
      }
      out.add(new int[] {s, i, e, e < i ? 1 : 0});
      if (e < i) {
        break;
      }
    }
    return out;
  }

  /** {@return words i, i+1, … (up to four) lower-cased and joined by single spaces} */
  private static String ahead(String text, List<int[]> words, int i) {
    StringBuilder b = new StringBuilder();
    for (int j = i; j < words.size() && j < i + 4; j++) {
      if (j > i) {
        b.append(' ');
      }
      b.append(text, words.get(j)[0], words.get(j)[2]);
      if (words.get(j)[3] == 1) {
        break;
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** {@return the first phrase the lower-cased words start with, as whole words, or null} */
  private static String phrase(String lower, List<String> phrases) {
    for (String p : phrases) {
      if (lower.startsWith(p) && (lower.length() == p.length() || lower.charAt(p.length()) == ' ')) {
        return p;
      }
    }
    return null;
  }

  private static boolean isWord(String w) {
    return w.codePoints().allMatch(Character::isLetter);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  /**
   * {@return the clause lower-cased up to and with its first white space ({@code \s}), all that the tests of its first
   * word read: the same as the start of {@code r.toLowerCase(Locale.ROOT)}, which maps each character alone except a
   * capital sigma (its form depends on what follows: then the whole clause is lower-cased)}
   */
  private static String firstWordLower(String r) {
    int cut = 0;
    while (cut < r.length() && !isRegexSpace(r.charAt(cut))) {
      cut++;
    }
    String head = r.substring(0, Math.min(cut + 1, r.length()));
    return head.indexOf('\u03A3') >= 0 ? r.toLowerCase(Locale.ROOT) : head.toLowerCase(Locale.ROOT);
  }

  private static String subject(String text, int after) {
    int end = after;
    int limit = Math.min(text.length(), after + MAX_SENTENCE);
    while (end < limit) {
      char c = text.charAt(end);
      if (c == ';' || (c == '.' && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
        break;
      }
      end++;
    }
    if (end == limit && limit < text.length()) {
      return null; // no end of the clause within a sentence's reach: no subject rather than a cut one
    }
    String r = text.substring(after, end).strip();
    String lower = firstWordLower(r);
    String subject = null;
    if (lower.startsWith("về ")) {
      subject = r.substring(3);
    } else if (lower.startsWith("của ")) {
      int v = r.indexOf(" về ");
      subject = v < 0 ? null : r.substring(v + 4);
    } else if (!r.isEmpty() && Character.isLetter(r.codePointAt(0))) {
      String first = BLANKS.split(lower, 2)[0];
      subject = NOT_SUBJECT_START.contains(first) ? null : r;
    }
    if (subject == null) {
      return null;
    }
    subject = Texts.trimEnd(subject.strip(), ",.;:", false).strip();
    return subject.isEmpty() ? null : subject;
  }

}
