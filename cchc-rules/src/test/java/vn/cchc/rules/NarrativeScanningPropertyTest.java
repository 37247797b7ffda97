package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The narrative rules' fast scanning finds exactly what the plain patterns find: fractions tried only where a
 * numerator can start, and "trong đó" spelled letter by letter instead of matched case-insensitively.
 */
class NarrativeScanningPropertyTest {
  /** Text made of the characters that matter around fractions and clauses, so that edge cases are frequent. */
  private static Gen<String> text(String alphabet, int maxLength) {
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, maxLength).map(ix -> {
      StringBuilder sb = new StringBuilder();
      ix.forEach(i -> sb.append(alphabet.charAt(i)));
      return sb.toString();
    });
  }

  private static List<String> matches(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.start(1) + "-" + m.end(1) + "/" + m.start(2) + "-" + m.end(2));
    }
    return out;
  }

  private static List<String> spans(List<NarrativeRules.Span> spans) {
    List<String> out = new ArrayList<>();
    for (NarrativeRules.Span s : spans) {
      out.add(s.start() + "-" + s.end() + ":" + s.start(1) + "-" + s.end(1) + "/" + s.start(2) + "-" + s.end(2));
    }
    return out;
  }

  @Test
  void fractionsAreThoseThePatternFindsEverywhere() {
    qt().withExamples(3000).forAll(text("0123456789./,a %đ1234.//", 30))
        .checkAssert(t -> assertThat(spans(NarrativeRules.fractionsOf(t)))
            .as("fractions of \"%s\"", t).isEqualTo(matches(NarrativeRules.FRACTION.matcher(t))));
  }

  @Test
  void numbersAreThoseThePatternFindsEverywhere() {
    qt().withExamples(3000).forAll(text("0123456789./,a %đ1234.,", 30)).checkAssert(t -> {
      List<String> slow = new ArrayList<>();
      Matcher m = NarrativeRules.NUMBER.matcher(t);
      while (m.find()) {
        slow.add(m.start() + "-" + m.end() + ":" + m.start(1) + "-" + m.end(1));
      }
      List<String> fast = new ArrayList<>();
      for (NarrativeRules.Span s : NarrativeRules.numbersOf(t)) {
        fast.add(s.start() + "-" + s.end() + ":" + s.start(1) + "-" + s.end(1));
      }
      assertThat(fast).as("numbers of \"%s\"", t).isEqualTo(slow);
    });
  }

  @Test
  void datesAreWrittenAsTheFormatWroteThem() {
    qt().withExamples(500).forAll(integers().between(-20000, 20000), integers().between(1, 12), integers().between(1, 28))
        .checkAssert((y, mo, d) -> assertThat(DocumentRules.date(java.time.LocalDate.of(y, mo, d)))
            .isEqualTo(String.format("%02d/%02d/%04d", d, mo, y)));
  }

  @Test
  void fractionsOfARealSentence() {
    String t = "hoàn thành 3/11 nhiệm vụ (27,2%); 1.154/1.221 hồ sơ đạt 92%, số 33/QĐ-UBND, 1/2/3 và x1/2, 5/6.";
    assertThat(spans(NarrativeRules.fractionsOf(t))).hasSize(3).isEqualTo(matches(NarrativeRules.FRACTION.matcher(t)));
  }

  @Test
  void trongDoInAnyCaseAsTheCaseInsensitiveLiteral() {
    Pattern literal = Pattern.compile("trong đó", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String[] tokens = {"trong", "TRONG", "Trong", "tRoNg", "trọng", " ", "  ", "đó", "ĐÓ", "Đó", "đÓ", "do", "đo", "dó", "x", "trong đ"};
    Gen<String> pieces = lists().of(integers().between(0, tokens.length - 1)).ofSizeBetween(0, 12).map(ix -> {
      StringBuilder sb = new StringBuilder();
      ix.forEach(i -> sb.append(tokens[i]));
      return sb.toString();
    });
    qt().withExamples(2000).forAll(pieces).checkAssert(t -> {
      List<Integer> fast = new ArrayList<>();
      List<Integer> slow = new ArrayList<>();
      NarrativeRules.clausesOf(t).forEach(c -> fast.add(c.start()));
      Matcher b = literal.matcher(t);
      while (b.find()) {
        slow.add(b.start());
      }
      assertThat(fast).as("\"%s\"", t).isEqualTo(slow);
    });
    assertThat(NarrativeRules.TRONG_DO.matcher("19 người, TRONG ĐÓ: 11").find()).isTrue();
    assertThat(NarrativeRules.TRONG_DO.matcher("Trong đó").find()).isTrue();
  }
  @Test
  void totalsAreThoseThePatternFindsEverywhere() {
    String[] tokens = {"tổng số", "Tổng số", "TỔNG SỐ", "tỔng sỐ", "tong so", "tổng", "số", "t", "T", "ổ", "Ổ", "ô", " ", "  ",
      ":", " là ", "hồ sơ", "TTHC", "1.492", ",", "\n"};
    Gen<String> pieces = lists().of(integers().between(0, tokens.length - 1)).ofSizeBetween(0, 14).map(ix -> {
      StringBuilder sb = new StringBuilder();
      ix.forEach(i -> sb.append(tokens[i]));
      return sb.toString();
    });
    qt().withExamples(3000).forAll(pieces).checkAssert(t -> {
      List<String> slow = new ArrayList<>();
      Matcher m = NarrativeTotals.TOTAL.matcher(t);
      while (m.find()) {
        slow.add(m.start() + "-" + m.end() + ":" + m.start(1) + "-" + m.end(1));
      }
      List<String> fast = new ArrayList<>();
      Matcher f = NarrativeTotals.TOTAL.matcher(t);
      NarrativeRules.Occurrences o = new NarrativeRules.Occurrences(t, 'ổ', 'Ổ');
      int next = 0;
      while (NarrativeTotals.findTotal(f, t, o, next)) {
        next = f.end();
        fast.add(f.start() + "-" + f.end() + ":" + f.start(1) + "-" + f.end(1));
      }
      assertThat(fast).as("totals of \"%s\"", t).isEqualTo(slow);
    });
  }
  private static Gen<String> pieces(String[] tokens, int max) {
    return lists().of(integers().between(0, tokens.length - 1)).ofSizeBetween(0, max).map(ix -> {
      StringBuilder sb = new StringBuilder();
      ix.forEach(i -> sb.append(tokens[i]));
      return sb.toString();
    });
  }

  @Test
  void yearsAreThoseThePatternFindsEverywhere() {
    String[] tokens = {"19", "20", "2", "0", "1", "9", "5", "năm ", " ", "-", "/", "2024", "19999", "x"};
    qt().withExamples(3000).forAll(pieces(tokens, 12)).checkAssert(t -> {
      List<Integer> slow = new ArrayList<>();
      Matcher m = DocumentRules.YEAR.matcher(t);
      while (m.find()) {
        slow.add(m.start());
      }
      List<Integer> fast = new ArrayList<>();
      for (int at = DocumentRules.nextYear(t, 0); at >= 0; at = DocumentRules.nextYear(t, at + 4)) {
        fast.add(at);
      }
      assertThat(fast).as("years of \"%s\"", t).isEqualTo(slow);
    });
  }

  @Test
  void horizonsAreThoseThePatternFindsEverywhere() {
    String[] tokens = {"đến", "Đến", "ĐẾN", "tới", "Tới", "TỚI", "hết", " ", "  ", "năm", "Năm", "tầm nhìn", "Tầm nhìn",
      "định hướng", "Định hướng", "2021", "1999", "-", "–", "—", "t", "đ", "\n", "x"};
    qt().withExamples(4000).forAll(pieces(tokens, 8)).checkAssert(t -> assertThat(DocumentRules.horizonBefore(t))
        .as("horizon in \"%s\"", t).isEqualTo(DocumentRules.HORIZON_BEFORE.matcher(t).find()));
  }
  @Test
  void normalisingIsWhatTheFormulaWas() {
    String[] tokens = {" ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "Tổng", "SỐ", "ho\u0302\u0300", "o\u0302",
      "\u0301", "Hồ sơ", "TTHC", "x", "İ", "ǅ"};
    qt().withExamples(3000).forAll(pieces(tokens, 10)).checkAssert(t -> {
      String formula = Structure.SPACES.matcher(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC)
          .toLowerCase(java.util.Locale.ROOT).strip()).replaceAll(" ");
      assertThat(Structure.norm(t)).as("norm of \"%s\"", t).isEqualTo(formula);
      assertThat(Structure.collapseSpaces(t)).isEqualTo(Structure.SPACES.matcher(t).replaceAll(" "));
    });
  }

  @Test
  void issuerKeysAreWhatTheFormulaWas() {
    String[] tokens = {" ", "  ", "\t", "\n", "\u00A0", "Uỷ", "uỷ", "UỶ", "U\u1EF7", "u\u0309y", "Ủy ban nhân dân", "Ủy", "ban",
      "nhân dân", "Hội đồng", "HỘI ĐỒNG NHÂN DÂN", "ho\u0302\u0323i", "huyện", "Lạc Dương", "UBND", "x"};
    qt().withExamples(3000).forAll(pieces(tokens, 10)).checkAssert(t -> {
      String s = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT).strip();
      s = Pattern.compile("\\s+").matcher(s).replaceAll(" ").replace("uỷ", "ủy");
      String formula = s.replace("ủy ban nhân dân", "ubnd").replace("hội đồng nhân dân", "hđnd");
      assertThat(DocumentRules.issuerKey(t)).as("issuer key of \"%s\"", t).isEqualTo(formula);
    });
  }
}
