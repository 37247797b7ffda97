package vn.cchc.model.json;

import java.math.BigDecimal;

/**
 * The tokens of one JSON document from either Jackson line's streaming parser, for {@link FastReports}. Every
 * problem the parser meets — malformed JSON, a limit of {@link JsonReadLimits}, a number out of range — ends
 * reading with {@link Bail}: the document is then read again by the codec's strict databind path, which says
 * precisely what is wrong. Internal.
 */
interface Tokens {
  /** The end of the input. */
  int END = 0;
  /** "{". */
  int OBJECT = 1;
  /** "}". */
  int END_OBJECT = 2;
  /** "[". */
  int ARRAY = 3;
  /** "]". */
  int END_ARRAY = 4;
  /** A property name. */
  int NAME = 5;
  /** A string value. */
  int STRING = 6;
  /** An integer. */
  int INT = 7;
  /** A number with a fraction or an exponent. */
  int FLOAT = 8;
  /** {@code true}. */
  int TRUE = 9;
  /** {@code false}. */
  int FALSE = 10;
  /** {@code null}. */
  int NULL = 11;

  /** {@return the next token} */
  int next();

  /** {@return the current property name} */
  String name();

  /** {@return the current string value} */
  String text();

  /** {@return the current string value, through the codec's {@link SharedStrings}} */
  String sharedText();

  /** {@return the current number, exactly} */
  BigDecimal decimal();

  /** {@return the current integer; {@link Bail} when it does not fit a long} */
  long longValue();

  /** {@return the current integer; {@link Bail} when it does not fit an int} */
  int intValue();
}
