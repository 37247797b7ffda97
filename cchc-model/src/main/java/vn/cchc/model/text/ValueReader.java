package vn.cchc.model.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.CodedValue;
import vn.cchc.model.CountValue;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.MoneyValue;
import vn.cchc.model.NotApplicableValue;
import vn.cchc.model.NotReportedValue;
import vn.cchc.model.PercentageValue;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;
import vn.cchc.model.UnknownCodeException;
import vn.cchc.model.catalogue.CodeList;
import vn.cchc.model.catalogue.CodeListEntry;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.VietnameseNumberException;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/**
 * Reads a unit cell and a value cell of an appendix row as the catalogue defines the row: blank →
 * not reported, "-" → not applicable, a code list → coded (the code, "2 (3 cấp)" or the meaning alone), "%" → percentage (scale as written), money
 * → money, otherwise a whole count. Numbers are read by {@link VietnameseNumber}; nothing is guessed.
 * Internal.
 */
final class ValueReader {
  private static final Pattern CODE_WITH_MEANING = Pattern.compile("(\\d{1,3})\\s*\\(\\s*(.+?)\\s*\\)");

  private final ReadContext ctx;

  ValueReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A coded answer written with its meaning, "2 (3 cấp)", or as its meaning alone, "Có": the meaning
   * must be the code list's label for that code (case and spacing aside); anything else is a problem,
   * never a guess.
   */
  private IndicatorValue codeInWords(IndicatorDefinition def, String text, SourceLocation at) {
    CodeList list = ctx.index.codeList(def);
    Matcher m = CODE_WITH_MEANING.matcher(Work.view(text));
    String meaning = m.matches() ? m.group(2) : text;
    CodeListEntry answer = null;
    if (m.matches()) {
      try {
        answer = list.require(Integer.parseInt(m.group(1)));
      } catch (UnknownCodeException e) {
        ctx.problem(at, ProblemKind.UNKNOWN_CODE, Problems.of("value.invalid", String.valueOf(def.id()), String.valueOf(e.getMessage())), text);
        return null;
      }
    } else {
      for (CodeListEntry a : list.entries()) {
        if (Texts.fold(a.label()).equals(Texts.fold(meaning))) {
          answer = a;
        }
      }
    }
    if (answer == null || !Texts.fold(answer.label()).equals(Texts.fold(meaning))) {
      ctx.problem(at, ProblemKind.UNREADABLE_VALUE, Problems.of("value.not-in-code-list", String.valueOf(def.id()), list.asWritten(),
          String.valueOf(list.entries().get(0).code()), list.entries().get(0).label()), text);
      return null;
    }
    return CodedValue.of(list.id(), answer.code(), text);
  }

  /** {@return true when the unit cell is the catalogue's unit or code list for the row} */
  boolean unitMatches(IndicatorDefinition def, String unitText) {
    if (def.codeListId().isPresent()) {
      CodeList list = ctx.index.codeList(def);
      return list.asWritten().equals(unitText) || list.matches(unitText);
    }
    if (def.unit().isEmpty()) {
      return unitText.isEmpty();
    }
    String label = def.unit().get().label();
    return label.equals(unitText) || Texts.normalise(label).equalsIgnoreCase(Texts.normalise(unitText));
  }

  /** {@return where a value's problem is: its first character; made only for a problem, not for every value} */
  private SourceLocation at(int lineIndex, Cell cell) {
    return ctx.at(lineIndex, cell.firstNonBlank());
  }

  /**
   * Records that a value cell is no number. The cell's whole text (not stripped) is parsed again, so that the
   * problem names the offending char's column in the line and quotes the text as the cell holds it.
   */
  private void notANumber(IndicatorDefinition def, Cell cell, int lineIndex, String text) {
    try {
      VietnameseNumber.parse(cell.text());
      throw new IllegalStateException("the stripped text of a cell is no number but its whole text is: " + text);
    } catch (VietnameseNumberException e) {
      ctx.problem(ctx.at(lineIndex, cell.lineIndexOf(e.index())), ProblemKind.UNREADABLE_VALUE,
          Problems.of("value.invalid", String.valueOf(def.id()), String.valueOf(e.getMessage())), text);
    }
  }

  /**
   * Reads a value cell; records a problem and returns null when it is not a valid value of the row.
   *
   * @param def the row's indicator
   * @param cell the value cell
   * @param lineIndex the 0-based line
   */
  IndicatorValue value(IndicatorDefinition def, Cell cell, int lineIndex) {
    String text = cell.stripped();
    if (text.isEmpty()) {
      return NotReportedValue.of();
    }
    if (text.equals("-") || text.equals("–") || text.equals("—")) {
      return NotApplicableValue.of(text);
    }
    if (def.kind() == IndicatorKind.CODED && !Character.isDigit(text.charAt(text.length() - 1))) {
      return codeInWords(def, text, ctx.at(lineIndex, cell.firstNonBlank()));
    }
    VietnameseNumber n;
    try {
      n = VietnameseNumber.parse(text); // the stripped text: the number the cell's text would give
    } catch (VietnameseNumberException e) {
      notANumber(def, cell, lineIndex, text);
      return null;
    }
    BigDecimal v = n.value();
    Optional<Unit> unit = def.unit();
    UnitKind unitKind = unit.isPresent() ? unit.get().kind() : null;
    boolean money = unitKind == UnitKind.MONEY;
    boolean percentage = unitKind == UnitKind.PERCENTAGE;
    try {
      if (def.kind() == IndicatorKind.CODED) {
        if (n.percent() || v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(1000)) > 0) {
          ctx.problem(at(lineIndex, cell), ProblemKind.UNREADABLE_VALUE, Problems.of("value.code-not-whole", String.valueOf(def.id())), text);
          return null;
        }
        try {
          CodeList list = ctx.index.codeList(def);
          return CodedValue.of(list.id(), list.require(v.intValueExact()).code(), text);
        } catch (UnknownCodeException e) {
          ctx.problem(at(lineIndex, cell), ProblemKind.UNKNOWN_CODE, Problems.of("value.invalid", String.valueOf(def.id()), String.valueOf(e.getMessage())), text);
          return null;
        }
      }
      if (n.percent() && !percentage) {
        ctx.problem(at(lineIndex, cell), ProblemKind.UNREADABLE_VALUE, Problems.of("value.percent-sign", String.valueOf(def.id())), text);
        return null;
      }
      if (v.signum() < 0) {
        ctx.problem(at(lineIndex, cell), ProblemKind.UNREADABLE_VALUE, Problems.of("value.negative", String.valueOf(def.id())), text);
        return null;
      }
      if (percentage) {
        return PercentageValue.of(v, text);
      }
      if (money) {
        return MoneyValue.of(v, unit.get(), text);
      }
      if (v.scale() > 0) {
        ctx.problem(at(lineIndex, cell), ProblemKind.UNREADABLE_VALUE, Problems.of("value.count-not-whole", String.valueOf(def.id())), text);
        return null;
      }
      long count;
      try {
        count = v.longValueExact();
      } catch (ArithmeticException e) {
        ctx.problem(at(lineIndex, cell), ProblemKind.UNREADABLE_VALUE, Problems.of("value.count-too-large", String.valueOf(def.id())), text);
        return null;
      }
      return CountValue.of(count, unitKind == UnitKind.COUNT ? unit : Optional.empty(), text);
    } catch (InvalidModelException e) {
      ctx.problem(at(lineIndex, cell), ProblemKind.UNREADABLE_VALUE, Problems.of("value.invalid", String.valueOf(def.id()), String.valueOf(e.getMessage())), text);
      return null;
    }
  }
}
