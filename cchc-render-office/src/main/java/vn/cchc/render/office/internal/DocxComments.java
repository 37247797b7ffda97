package vn.cchc.render.office.internal;

import java.util.Locale;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import vn.cchc.render.RenderInput;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.rules.Finding;

/**
 * Findings as Word comments for the review copy: each comment is anchored on what it concerns — the figure of
 * its indicator in the appendix, or the narrative paragraph (or heading) of its source line — with
 * {@code w:commentRangeStart}, the runs, {@code w:commentRangeEnd} and a run holding the
 * {@code w:commentReference}, the order Word and LibreOffice expect. A finding that has no such place is
 * anchored on the report's title, so none is lost. One per report; not thread-safe.
 */
final class DocxComments {
  static final String AUTHOR = "cchc";
  private final XWPFComments comments;
  private final Locale language;
  private final Map<Integer, List<Finding>> byLine = new HashMap<>();
  private final Set<Finding> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private final List<Finding> narrative;
  private BigInteger next;

  DocxComments(XWPFDocument doc, RenderInput in, Locale language) {
    this.comments = doc.getDocComments() == null ? doc.createComments() : doc.getDocComments();
    this.language = language;
    this.next = BigInteger.valueOf(comments.getComments().size());
    this.narrative = in.narrativeFindings();
    for (Finding f : narrative) {
      f.location().ifPresent(l -> byLine.computeIfAbsent(l.line(), k -> new ArrayList<>()).add(f));
    }
  }

  /** The narrative findings of a source line not yet placed; they are placed by the caller's next anchor. */
  List<Finding> atLine(int line) {
    List<Finding> fs = byLine.getOrDefault(line, List.of());
    List<Finding> out = new ArrayList<>();
    for (Finding f : fs) {
      if (!placed.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The narrative findings not placed on any paragraph so far. */
  List<Finding> unplaced() {
    List<Finding> out = new ArrayList<>();
    for (Finding f : new LinkedHashSet<>(narrative)) {
      if (!placed.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Opens comments on a paragraph before its runs are written.
   *
   * @return the comment ids, to pass to {@link #close(XWPFParagraph, List)} after the runs
   */
  List<BigInteger> open(XWPFParagraph p, List<Finding> findings) {
    List<BigInteger> ids = new ArrayList<>();
    for (Finding f : findings) {
      placed.add(f);
      BigInteger id = next;
      next = next.add(BigInteger.ONE);
      XWPFComment c = comments.createComment(id);
      c.setAuthor(AUTHOR);
      c.setInitials(AUTHOR);
      XWPFParagraph cp = c.createParagraph();
      XWPFRun r = cp.createRun();
      r.setText(RenderTexts.printable(RenderTexts.finding(f, language)).replace('\t', ' '));
      p.getCTP().addNewCommentRangeStart().setId(id);
      ids.add(id);
    }
    return ids;
  }

  /** Closes the comments opened on a paragraph, after its runs. */
  static void close(XWPFParagraph p, List<BigInteger> ids) {
    CTP ctp = p.getCTP();
    for (BigInteger id : ids) {
      ctp.addNewCommentRangeEnd().setId(id);
      ctp.addNewR().addNewCommentReference().setId(id);
    }
  }
}
