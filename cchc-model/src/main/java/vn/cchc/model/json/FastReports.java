package vn.cchc.model.json;

import static vn.cchc.model.json.Tokens.ARRAY;
import static vn.cchc.model.json.Tokens.END;
import static vn.cchc.model.json.Tokens.END_ARRAY;
import static vn.cchc.model.json.Tokens.END_OBJECT;
import static vn.cchc.model.json.Tokens.FALSE;
import static vn.cchc.model.json.Tokens.FLOAT;
import static vn.cchc.model.json.Tokens.INT;
import static vn.cchc.model.json.Tokens.NAME;
import static vn.cchc.model.json.Tokens.OBJECT;
import static vn.cchc.model.json.Tokens.STRING;
import static vn.cchc.model.json.Tokens.TRUE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodedValue;
import vn.cchc.model.CountValue;
import vn.cchc.model.DateWindow;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.ImmutableAppendixEntry;
import vn.cchc.model.ImmutableCodedValue;
import vn.cchc.model.ImmutableCountValue;
import vn.cchc.model.ImmutableDocumentNumber;
import vn.cchc.model.ImmutableDocumentReference;
import vn.cchc.model.ImmutableIssuingUnit;
import vn.cchc.model.ImmutableMoneyValue;
import vn.cchc.model.ImmutableNarrativeBlock;
import vn.cchc.model.ImmutableNarrativeSection;
import vn.cchc.model.ImmutableNotApplicableValue;
import vn.cchc.model.ImmutablePercentageValue;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.ImmutableReportingPeriod;
import vn.cchc.model.ImmutableSigner;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.NotReportedValue;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.Signer;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;
import vn.cchc.model.ValueState;

/**
 * Reads a well-formed report straight from the parser's tokens into the model's builders: no databind, no
 * Immutables {@code Json} holder copied into a builder, no reflection or method handle per property. It
 * accepts only what the strict databind path accepts — every property of the format by name, each at most
 * once, of its exact JSON type, no {@code null}, nothing after the report — and builds through the same
 * builders, so the model's checks are the same. At the first thing it does not accept it stops ({@link Bail});
 * the codec then reads the document again through databind, whose message names the problem, its JSON
 * Pointer and its line and column. A valid document is read once; an invalid one twice. Internal.
 */
final class FastReports {
  private FastReports() {}

  /**
   * Reads a report the fast way when it can, else through {@code strict}. A stream that can be reset (a
   * {@code ByteArrayInputStream}, a {@code BufferedInputStream}) is read once by the fast path, through the UTF-8
   * check, and reset for the strict path when needed; any other stream is first copied into memory (at most the
   * document length limit and one byte more).
   *
   * <p>The fast path reads through {@link Utf8Check} unless the codec's parser refuses malformed UTF-8 itself
   * ({@code parserChecksUtf8}, asked once per Jackson line by {@link Utf8Check#refusedBy}): then a second pass over the
   * bytes would only repeat what the parser does while it decodes strings and names. What the parser would not
   * refuse is a document in UTF-16 or UTF-32, which it recognises from its first four bytes; such a start (a NUL
   * byte, or a byte 0xFE or 0xFF, none of which well-formed UTF-8 JSON has there) goes to the strict path, whose
   * check refuses it. A document the parser refuses goes there too, so the message and its place are the same
   * either way.
   *
   * @param in the document; read to its end
   * @param limits the codec's limits
   * @param parserChecksUtf8 whether the fast reading's parser refuses every malformed UTF-8 sequence by itself
   * @param fast the fast reading
   * @param strict the codec's databind reading, which explains what is wrong
   * @return the report
   */
  static Report readOrFallBack(InputStream in, JsonReadLimits limits, boolean parserChecksUtf8,
      Function<InputStream, Report> fast, Function<InputStream, Report> strict) {
    long limit = limits.maxDocumentLength();
    if (!in.markSupported()) {
      byte[] bytes;
      int length = 0;
      try {
        bytes = new byte[(int) Math.min(Math.max(8192L, in.available() + 1L), Math.min(limit + 1, MAX_ARRAY))];
        for (int r; (r = in.read(bytes, length, bytes.length - length)) >= 0; ) {
          length += r;
          if (length == bytes.length) {
            if (length > limit || length == MAX_ARRAY) {
              return strict.apply(new SequenceInputStream(new ByteArrayInputStream(bytes, 0, length), in));
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(2L * length, Math.min(limit + 1, MAX_ARRAY)));
          }
        }
      } catch (IOException e) {
        return strict.apply(new InputStream() { // the strict path reports the failure as it always has
          @Override
          public int read() throws IOException {
            throw e;
          }
        });
      }
      in = new ByteArrayInputStream(bytes, 0, length);
    }
    in.mark((int) Math.min(limit + 1, MAX_ARRAY));
    try {
      if (!parserChecksUtf8) {
        return fast.apply(new Utf8Check(in));
      }
      boolean utf8 = Utf8Check.plainUtf8Start(in.readNBytes(4));
      in.reset();
      if (utf8) {
        return fast.apply(in);
      }
    } catch (RuntimeException | IOException notAccepted) {
      // read again below: the strict path names the problem with its pointer, line and column
    }
    try {
      in.reset();
    } catch (IOException e) {
      throw new CchcJsonException("Cannot read Report JSON: the stream cannot be read again (" + e.getMessage()
          + ") after a problem the fast reading met", null, e);
    }
    return strict.apply(in);
  }

  private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

  /**
   * Reads a whole document holding one report.
   *
   * @param t the tokens
   * @return the report
   * @throws Bail (or the model's exception) when the document is not one this reader accepts
   */
  static Report read(Tokens t) {
    expect(t.next(), OBJECT);
    Report r = report(t);
    expect(t.next(), END);
    return r;
  }

  private static void expect(int token, int wanted) {
    if (token != wanted) {
      throw Bail.INSTANCE;
    }
  }

  /** {@return true when the next element of an array is an object (its "{" read), false at the array's end} */
  private static boolean nextObject(Tokens t) {
    int token = t.next();
    if (token == END_ARRAY) {
      return false;
    }
    expect(token, OBJECT);
    return true;
  }

  /** {@return {@code seen} with property {@code bit}; {@link Bail} when the object had it already} */
  private static int once(int seen, int bit) {
    if ((seen & (1 << bit)) != 0) {
      throw Bail.INSTANCE;
    }
    return seen | (1 << bit);
  }

  /** Reads an array of objects, {@code [{…}, {…}]}, each with {@code read}, handing each to {@code add}. */
  private static <T> void objects(Tokens t, java.util.function.Function<Tokens, T> read,
      java.util.function.Consumer<? super T> add) {
    expect(t.next(), ARRAY);
    while (nextObject(t)) {
      add.accept(read.apply(t));
    }
  }

  private static String string(Tokens t) {
    expect(t.next(), STRING);
    return t.text();
  }

  private static String shared(Tokens t) {
    expect(t.next(), STRING);
    return t.sharedText();
  }

  private static int integer(Tokens t) {
    expect(t.next(), INT);
    return t.intValue();
  }

  private static LocalDate date(Tokens t) {
    LocalDate d = JsonErrors.isoDate(string(t));
    if (d == null) {
      throw Bail.INSTANCE;
    }
    return d;
  }

  private static <E extends Enum<E>> E constant(Tokens t, Class<E> type) {
    return Enum.valueOf(type, string(t)); // IllegalArgumentException for a name that is not a constant
  }

  private static boolean bool(Tokens t) {
    int token = t.next();
    if (token != TRUE && token != FALSE) {
      throw Bail.INSTANCE;
    }
    return token == TRUE;
  }

  private static Report report(Tokens t) {
    ImmutableReport.Builder b = ImmutableReport.builder();
    int seen = 0;
    for (int token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "catalogueId" -> {
          seen = once(seen, 0);
          b.catalogueId(shared(t));
        }
        case "number" -> {
          seen = once(seen, 1);
          b.number(number(t));
        }
        case "issueDate" -> {
          seen = once(seen, 2);
          b.issueDate(date(t));
        }
        case "draft" -> {
          seen = once(seen, 3);
          b.draft(bool(t));
        }
        case "issuer" -> {
          seen = once(seen, 4);
          b.issuer(issuer(t));
        }
        case "place" -> {
          seen = once(seen, 5);
          b.place(string(t));
        }
        case "title" -> {
          seen = once(seen, 6);
          b.title(string(t));
        }
        case "period" -> {
          seen = once(seen, 7);
          b.period(period(t));
        }
        case "preamble" -> {
          seen = once(seen, 8);
          objects(t, FastReports::block, b::addPreamble);
        }
        case "sections" -> {
          seen = once(seen, 9);
          objects(t, FastReports::section, b::addSection);
        }
        case "closing" -> {
          seen = once(seen, 10);
          objects(t, FastReports::block, b::addClosing);
        }
        case "references" -> {
          seen = once(seen, 11);
          objects(t, FastReports::reference, b::addReference);
        }
        case "recipients" -> {
          seen = once(seen, 12);
          expect(t.next(), ARRAY);
          for (int e = t.next(); e != END_ARRAY; e = t.next()) {
            expect(e, STRING);
            b.addRecipient(t.text());
          }
        }
        case "signer" -> {
          seen = once(seen, 13);
          b.signer(signer(t));
        }
        case "appendix" -> {
          seen = once(seen, 14);
          objects(t, FastReports::entry, b::addAppendix);
        }
        default -> throw Bail.INSTANCE;
      }
    }
    return b.build();
  }

  /** Reads an object whose "{" is the next token. */
  private static DocumentNumber number(Tokens t) {
    expect(t.next(), OBJECT);
    return numberBody(t);
  }

  /** Reads the rest of an object whose "{" was the last token. */
  private static DocumentNumber numberBody(Tokens t) {
    ImmutableDocumentNumber.Builder b = ImmutableDocumentNumber.builder();
    int seen = 0;
    for (int token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "asWritten" -> {
          seen = once(seen, 0);
          b.asWritten(string(t));
        }
        case "sequence" -> {
          seen = once(seen, 1);
          b.sequence(integer(t));
        }
        case "year" -> {
          seen = once(seen, 2);
          b.year(integer(t));
        }
        case "firstPart" -> {
          seen = once(seen, 3);
          b.firstPart(shared(t));
        }
        case "secondPart" -> {
          seen = once(seen, 4);
          b.secondPart(shared(t));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    return b.build();
  }

  private static IssuingUnit issuer(Tokens t) {
    expect(t.next(), OBJECT);
    ImmutableIssuingUnit.Builder b = ImmutableIssuingUnit.builder();
    int seen = 0;
    for (int token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "asWritten" -> {
          seen = once(seen, 0);
          b.asWritten(shared(t));
        }
        case "body" -> {
          seen = once(seen, 1);
          b.body(shared(t));
        }
        case "unitType" -> {
          seen = once(seen, 2);
          b.unitType(constant(t, AdministrativeUnitType.class));
        }
        case "unitName" -> {
          seen = once(seen, 3);
          b.unitName(shared(t));
        }
        case "level" -> {
          seen = once(seen, 4);
          b.level(constant(t, AdministrativeLevel.class));
        }
        case "agency" -> {
          seen = once(seen, 5);
          b.agency(string(t));
        }
        case "superior" -> {
          seen = once(seen, 6);
          b.superior(string(t));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    return b.build();
  }

  private static ReportingPeriod period(Tokens t) {
    expect(t.next(), OBJECT);
    ImmutableReportingPeriod.Builder b = ImmutableReportingPeriod.builder();
    int seen = 0;
    for (int token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "year" -> {
          seen = once(seen, 0);
          b.year(integer(t));
        }
        case "kind" -> {
          seen = once(seen, 1);
          b.kind(constant(t, PeriodKind.class));
        }
        case "index" -> {
          seen = once(seen, 2);
          b.index(integer(t));
        }
        case "dataWindow" -> {
          seen = once(seen, 3);
          b.dataWindow(window(t));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    return b.build();
  }

  private static DateWindow window(Tokens t) {
    expect(t.next(), OBJECT);
    LocalDate from = null;
    LocalDate to = null;
    for (int token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "from" -> {
          if (from != null) {
            throw Bail.INSTANCE;
          }
          from = date(t);
        }
        case "to" -> {
          if (to != null) {
            throw Bail.INSTANCE;
          }
          to = date(t);
        }
        default -> throw Bail.INSTANCE;
      }
    }
    if (from == null || to == null) {
      throw Bail.INSTANCE;
    }
    return DateWindow.of(from, to);
  }

  private static SourceLocation location(Tokens t) {
    int token = t.next();
    if (token == STRING) {
      SourceLocation l = JsonErrors.location(t.text());
      if (l == null) {
        throw Bail.INSTANCE;
      }
      return l;
    }
    expect(token, OBJECT); // format 0.1
    int line = 0;
    int column = 0;
    for (token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "line" -> {
          if (line != 0) {
            throw Bail.INSTANCE;
          }
          line = integer(t);
        }
        case "column" -> {
          if (column != 0) {
            throw Bail.INSTANCE;
          }
          column = integer(t);
        }
        default -> throw Bail.INSTANCE;
      }
    }
    if (line < 1 || column < 1) { // absent, or not a line the model takes: the strict path says which
      throw Bail.INSTANCE;
    }
    return SourceLocation.of(line, column);
  }

  /** Reads the rest of a block whose "{" was the last token. */
  private static NarrativeBlock block(Tokens t) {
    ImmutableNarrativeBlock.Builder b = ImmutableNarrativeBlock.builder();
    int seen = 0;
    for (int token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "kind" -> {
          seen = once(seen, 0);
          b.kind(constant(t, NarrativeBlock.Kind.class));
        }
        case "marker" -> {
          seen = once(seen, 1);
          b.marker(shared(t));
        }
        case "text" -> {
          seen = once(seen, 2);
          b.text(string(t));
        }
        case "location" -> {
          seen = once(seen, 3);
          b.location(location(t));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    return b.build();
  }

  /** Reads the rest of a section whose "{" was the last token. */
  private static NarrativeSection section(Tokens t) {
    ImmutableNarrativeSection.Builder b = ImmutableNarrativeSection.builder();
    int seen = 0;
    for (int token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "marker" -> {
          seen = once(seen, 0);
          b.marker(shared(t));
        }
        case "title" -> {
          seen = once(seen, 1);
          b.title(string(t));
        }
        case "location" -> {
          seen = once(seen, 2);
          b.location(location(t));
        }
        case "blocks" -> {
          seen = once(seen, 3);
          objects(t, FastReports::block, b::addBlock);
        }
        case "children" -> {
          seen = once(seen, 4);
          objects(t, FastReports::section, b::addChildren);
        }
        default -> throw Bail.INSTANCE;
      }
    }
    return b.build();
  }

  /** Reads the rest of a reference whose "{" was the last token. */
  private static DocumentReference reference(Tokens t) {
    ImmutableDocumentReference.Builder b = ImmutableDocumentReference.builder();
    int seen = 0;
    for (int token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "typeWord" -> {
          seen = once(seen, 0);
          b.typeWord(shared(t));
        }
        case "number" -> {
          seen = once(seen, 1);
          b.number(number(t));
        }
        case "date" -> {
          seen = once(seen, 2);
          b.date(date(t));
        }
        case "issuer" -> {
          seen = once(seen, 3);
          b.issuer(string(t));
        }
        case "subject" -> {
          seen = once(seen, 4);
          b.subject(string(t));
        }
        case "location" -> {
          seen = once(seen, 5);
          b.location(location(t));
        }
        case "sectionPath" -> {
          seen = once(seen, 6);
          b.sectionPath(shared(t));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    return b.build();
  }

  private static Signer signer(Tokens t) {
    expect(t.next(), OBJECT);
    ImmutableSigner.Builder b = ImmutableSigner.builder();
    int seen = 0;
    for (int token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "position" -> {
          seen = once(seen, 0);
          b.position(shared(t));
        }
        case "name" -> {
          seen = once(seen, 1);
          b.name(string(t));
        }
        case "onBehalfOf" -> {
          seen = once(seen, 2);
          b.onBehalfOf(string(t));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    return b.build();
  }

  /** Reads the rest of a row whose "{" was the last token. */
  private static AppendixEntry entry(Tokens t) {
    ImmutableAppendixEntry.Builder b = ImmutableAppendixEntry.builder();
    int seen = 0;
    for (int token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "indicatorId" -> {
          seen = once(seen, 0);
          b.indicatorId(shared(t));
        }
        case "codeAsWritten" -> {
          seen = once(seen, 1);
          b.codeAsWritten(shared(t));
        }
        case "label" -> {
          seen = once(seen, 2);
          b.label(shared(t));
        }
        case "unitAsWritten" -> {
          seen = once(seen, 3);
          b.unitAsWritten(shared(t));
        }
        case "value" -> {
          seen = once(seen, 4);
          b.value(value(t));
        }
        case "note" -> {
          seen = once(seen, 5);
          b.note(string(t));
        }
        case "location" -> {
          seen = once(seen, 6);
          b.location(location(t));
        }
        case "sourceLine" -> {
          seen = once(seen, 7);
          b.sourceLine(string(t));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    return b.build();
  }

  private static final int STATE = 0;
  private static final int VALUE = 1;
  private static final int UNIT = 2;
  private static final int AS_WRITTEN = 3;
  private static final int CODE_LIST = 4;
  private static final int CODE = 5;

  /**
   * Reads a value: its properties may come in any order, so they are kept until the object ends and then
   * checked against the kind its "state" names.
   */
  private static IndicatorValue value(Tokens t) {
    expect(t.next(), OBJECT);
    int seen = 0;
    ValueState state = null;
    BigDecimal number = null;
    boolean integral = false;
    Unit unit = null;
    String asWritten = null;
    String codeList = null;
    int code = -1;
    for (int token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "state" -> {
          seen = once(seen, STATE);
          state = constant(t, ValueState.class);
        }
        case "value" -> {
          seen = once(seen, VALUE);
          int n = t.next();
          if (n != INT && n != FLOAT) {
            throw Bail.INSTANCE;
          }
          integral = n == INT;
          number = t.decimal();
        }
        case "unit" -> {
          seen = once(seen, UNIT);
          unit = unit(t);
        }
        case "asWritten" -> {
          seen = once(seen, AS_WRITTEN);
          asWritten = shared(t);
        }
        case "codeList" -> {
          seen = once(seen, CODE_LIST);
          codeList = shared(t);
        }
        case "code" -> {
          seen = once(seen, CODE);
          code = integer(t);
        }
        default -> throw Bail.INSTANCE;
      }
    }
    if (state == null) {
      throw Bail.INSTANCE;
    }
    switch (state) {
      case COUNT -> {
        allowed(seen, STATE, VALUE, UNIT, AS_WRITTEN);
        if (number == null || !integral) {
          throw Bail.INSTANCE;
        }
        ImmutableCountValue.Builder b = ImmutableCountValue.builder().value(number.longValueExact());
        if (unit != null) {
          b.unit(unit);
        }
        return asWritten == null ? b.build() : b.asWritten(asWritten).build();
      }
      case PERCENTAGE -> {
        allowed(seen, STATE, VALUE, AS_WRITTEN);
        ImmutablePercentageValue.Builder b = ImmutablePercentageValue.builder();
        if (number != null) {
          b.value(number);
        }
        return asWritten == null ? b.build() : b.asWritten(asWritten).build();
      }
      case MONEY -> {
        allowed(seen, STATE, VALUE, UNIT, AS_WRITTEN);
        ImmutableMoneyValue.Builder b = ImmutableMoneyValue.builder();
        if (number != null) {
          b.value(number);
        }
        if (unit != null) {
          b.unit(unit);
        }
        return asWritten == null ? b.build() : b.asWritten(asWritten).build();
      }
      case CODED -> {
        allowed(seen, STATE, CODE_LIST, CODE, AS_WRITTEN);
        if (codeList == null || (seen & (1 << CODE)) == 0) {
          throw Bail.INSTANCE;
        }
        ImmutableCodedValue.Builder b = ImmutableCodedValue.builder().codeListId(codeList).code(code);
        return asWritten == null ? b.build() : b.asWritten(asWritten).build();
      }
      case NOT_APPLICABLE -> {
        allowed(seen, STATE, AS_WRITTEN);
        ImmutableNotApplicableValue.Builder b = ImmutableNotApplicableValue.builder();
        return asWritten == null ? b.build() : b.asWritten(asWritten).build();
      }
      case NOT_REPORTED -> {
        allowed(seen, STATE);
        return NotReportedValue.of();
      }
      default -> throw Bail.INSTANCE;
    }
  }

  /** {@link Bail} when a property outside {@code allowed} was given. */
  private static void allowed(int seen, int... allowed) {
    int mask = 0;
    for (int a : allowed) {
      mask |= 1 << a;
    }
    if ((seen & ~mask) != 0) {
      throw Bail.INSTANCE;
    }
  }

  private static Unit unit(Tokens t) {
    expect(t.next(), OBJECT);
    String label = null;
    UnitKind kind = null;
    int powerOfTen = 0;
    int seen = 0;
    for (int token = t.next(); token != END_OBJECT; token = t.next()) {
      expect(token, NAME);
      switch (t.name()) {
        case "label" -> {
          seen = once(seen, 0);
          label = shared(t);
        }
        case "kind" -> {
          seen = once(seen, 1);
          kind = constant(t, UnitKind.class);
        }
        case "powerOfTen" -> {
          seen = once(seen, 2);
          powerOfTen = integer(t);
        }
        default -> throw Bail.INSTANCE;
      }
    }
    if (seen != 0b111) {
      throw Bail.INSTANCE;
    }
    return Unit.of(label, kind, powerOfTen);
  }
}
