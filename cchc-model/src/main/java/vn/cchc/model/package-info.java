/**
 * The typed, immutable model of a CCHC report: {@link vn.cchc.model.Report} with its metadata,
 * narrative sections, document references and appendix values.
 *
 * <p>Every type is immutable, rejects {@code null} and enforces its invariants at construction
 * ({@link vn.cchc.model.InvalidModelException}). Text is kept exactly as written, in Unicode NFC.
 * Numbers are {@code long} or {@link java.math.BigDecimal}, money is a {@link javax.money.MonetaryAmount}.
 */
@CchcStyle
package vn.cchc.model;

import vn.cchc.model.style.CchcStyle;
