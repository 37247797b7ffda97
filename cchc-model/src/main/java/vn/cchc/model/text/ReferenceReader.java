package vn.cchc.model.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.SourceLocation;

/**
 * Finds the documents a piece of narrative cites: "Kế hoạch số 06/KH-UBND ngày 10/01/2024 về …".
 * One instance per read. Internal; the behaviour is documented on {@link ReportTextReader}.
 */
final class ReferenceReader {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern TYPE_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:(Nghị quyết|Quyết định|Chỉ thị|Quy chế|Quy định|Thông cáo|Thông báo|Hướng dẫn|"
          + "Chương trình|Kế hoạch|Phương án|Đề án|Dự án|Báo cáo|Biên bản|Tờ trình|Hợp đồng|Công điện|Giấy mời|"
          + "Giấy giới thiệu|Nghị định|Thông tư|Công văn)\\s+)?(?:(số)\\s+)?$", CI);
  private static final Pattern DATE_AFTER = Pattern.compile("\\s+ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4})", CI);
  private static final Pattern LEADING_DATE = Pattern.compile("\\s*Ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4}),\\s*(.*)",
      Pattern.DOTALL);
  private static final Set<String> NOT_SUBJECT_START = Set.of("và", "hoặc", "của", "theo", "tại", "đã", "được",
      "ngày", "năm", "đến", "trong", "với", "cho", "là", "đều");

  private final ReadContext ctx;

  ReferenceReader(ReadContext ctx) {
    this.ctx = ctx;
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
    Matcher m = DocumentNumber.pattern().matcher(text);
    int prevEnd = 0;
    int from = 0;
    // a number and symbol starts with digits right before a "/": look only there
    for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', from)) {
      from = slash + 1;
      int s = slash;
      while (s > 0 && s > slash - 6 && text.charAt(s - 1) >= '0' && text.charAt(s - 1) <= '9') {
        s--;
      }
      if (s == slash || !m.region(s, text.length()).lookingAt()) {
        continue;
      }
      int e = m.end();
      from = Math.max(from, e);
      if (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '/'
          || text.charAt(s - 1) == '.' || text.charAt(s - 1) == ',')) {
        continue;
      }
      Optional<DocumentNumber> num = DocumentNumber.parse(m.group());
      if (num.isEmpty()) {
        continue;
      }
      int lookFrom = Math.max(prevEnd, s - 40);
      Matcher b = TYPE_BEFORE.matcher(text.substring(lookFrom, s));
      String typeWord = null;
      int refStart = s;
      if (b.find()) {
        if (b.group(1) != null) {
          typeWord = b.group(1);
          refStart = lookFrom + b.start(1);
        } else if (b.group(2) != null) {
          refStart = lookFrom + b.start(2);
        }
      }
      SourceLocation at = span.at(refStart);
      int after = e;
      LocalDate date = null;
      Matcher d = DATE_AFTER.matcher(text).region(e, text.length());
      if (d.lookingAt()) {
        date = ctx.date(d.group(1), span.at(d.start(1)));
        after = d.end();
      } else {
        date = leadingDate(text, refStart, span);
      }
      String subject = subject(text, after);
      vn.cchc.model.ImmutableDocumentReference.Builder ref = DocumentReference.builder().number(num.get()).location(at).sectionPath(path)
          .typeWord(Optional.ofNullable(typeWord)).date(Optional.ofNullable(date))
          .subject(Optional.ofNullable(subject));
      references.add(ref.build());
      prevEnd = e;
    }
  }

  /** "Ngày 01/03/2024, UBND thị trấn đã ban hành kế hoạch số 56/KH-UBND …": the sentence's date binds. */
  private LocalDate leadingDate(String text, int refStart, Span span) {
    int sentence = Math.max(text.lastIndexOf(". ", refStart), text.lastIndexOf("; ", refStart));
    int from = sentence < 0 ? 0 : sentence + 2;
    if (from > refStart) {
      return null;
    }
    Matcher m = LEADING_DATE.matcher(text.substring(from, refStart));
    if (!m.matches() || !m.group(2).contains("ban hành") || DocumentNumber.pattern().matcher(m.group(2)).find()) {
      return null;
    }
    return ctx.date(m.group(1), span.at(from + m.start(1)));
  }

  private static String subject(String text, int after) {
    int end = after;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (c == ';' || (c == '.' && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
        break;
      }
      end++;
    }
    String r = text.substring(after, end).strip();
    String lower = r.toLowerCase(Locale.ROOT);
    String subject = null;
    if (lower.startsWith("về ")) {
      subject = r.substring(3);
    } else if (lower.startsWith("của ")) {
      int v = r.indexOf(" về ");
      subject = v < 0 ? null : r.substring(v + 4);
    } else if (!r.isEmpty() && Character.isLetter(r.codePointAt(0))) {
      String first = lower.split("\\s+", 2)[0];
      subject = NOT_SUBJECT_START.contains(first) ? null : r;
    }
    if (subject == null) {
      return null;
    }
    subject = subject.strip().replaceAll("[,.;:]+$", "").strip();
    return subject.isEmpty() ? null : subject;
  }

}
