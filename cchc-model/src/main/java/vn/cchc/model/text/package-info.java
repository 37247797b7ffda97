/**
 * The text reader: turns a CCHC report exported as text (the narrative, "Nơi nhận", the signature
 * and the tab-separated "PHỤ LỤC" table) into a {@link vn.cchc.model.Report} matched to a
 * {@link vn.cchc.model.catalogue.Catalogue}.
 *
 * <pre>{@code
 * ReportTextReader reader = ReportTextReader.of(Catalogues.bundled());
 * Report report = reader.read(Path.of("bc-45.txt"));      // ReportReadException on the first problem
 * ReadResult result = reader.readLenient(Path.of("bc-45.txt")); // the report (if possible) plus every problem
 * }</pre>
 *
 * <p>Input is decoded as strict UTF-8 (a leading byte order mark is dropped; malformed bytes are a
 * {@link vn.cchc.model.text.ProblemKind#MALFORMED_ENCODING} problem). Lines end at LF, CRLF or CR.
 * Every line is normalised to Unicode NFC before it is read, and every
 * {@link vn.cchc.model.SourceLocation} counts 1-based lines and 1-based columns in NFC code points
 * of that line. Decomposed (NFD) or CRLF copies of a report therefore read to an equal report.
 *
 * <p>Nothing is dropped silently: every non-blank line ends up in the report (metadata, narrative,
 * appendix, recipients, signature, skipped table headers and captions) or in a
 * {@link vn.cchc.model.text.ReadProblem} that names its line.
 */
@CchcStyle
package vn.cchc.model.text;

import vn.cchc.model.style.CchcStyle;
