package vn.cchc.render;

/**
 * Which copy of an official document a renderer makes (DOCX; PDF makes only the issuable copy).
 *
 * <ul>
 *   <li>{@link #ISSUE}, the default: the document an official signs and sends — the report as written, the
 *       appendix with the template's columns, nothing added (no derived values, no findings);</li>
 *   <li>{@link #REVIEW}: a working copy for whoever checks the report — findings as comments anchored on the
 *       figures they concern, derived values beside the reported ones, a watermark saying it is not the issued
 *       document.</li>
 * </ul>
 */
public enum Profile {
  /** The document to issue: the report as written, nothing added. */
  ISSUE,
  /** The review copy: comments with the findings, derived values, a watermark. */
  REVIEW
}
