package vn.cchc.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.model.ImmutableSigner;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.Signer;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ReadContext.LineUse;

/**
 * Reads "Nơi nhận:" with its recipients and the signature beside it: authority lines ("TM. ỦY BAN
 * NHÂN DÂN", "KT. CHỦ TỊCH"), the position (an upper-case line), a signature mark ("(Đã ký)") and the
 * name. Word's two-column table of recipients and signature arrives one cell per line or both columns
 * on one line (tab, "|" or a run of spaces); each cell is read by what it says. Internal.
 */
final class SignatureReader {
  // compiled once: String.replaceFirst compiles its pattern on every call
  private static final Pattern LEADING_COLON = Pattern.compile("^\\s*:");
  private static final Pattern LEADING_DASH = Pattern.compile("^[-+•]\\s*");
  private static final Pattern AUTHORITY = Pattern.compile("(TM|KT|TL|TUQ|Q)\\.\\s*\\S.*");
  private static final Pattern SIGNED = Pattern.compile("[(\\[]?\\s*(?:Đã\\s+ký|ký(?:\\s+tên)?(?:\\s*,\\s*đóng\\s+dấu)?|"
      + "Ký\\s+tên(?:\\s*,\\s*đóng\\s+dấu)?|Đã\\s+ký\\s+và\\s+đóng\\s+dấu)\\s*[)\\]]?", Pattern.CASE_INSENSITIVE
      | Pattern.UNICODE_CASE);

  /** What the zone holds. */
  record Signature(List<String> recipients, Optional<Signer> signer) {}

  private final ReadContext ctx;

  SignatureReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** Reads from the "Nơi nhận" line {@code noiNhan} (0-based) to {@code end} (exclusive). */
  Signature read(int noiNhan, int end) {
    List<String> recipients = new ArrayList<>();
    String position = null;
    SourceLocation positionAt = null;
    String name = null;
    List<String> authority = new ArrayList<>();
    boolean lastWasRecipient = false;
    StringBuilder continued = null; // the last recipient while lines go on with it
    int continuedIndex = -1;
    for (int i = noiNhan; i < end; i++) {
      String line = ctx.line(i);
      if (line.isBlank()) {
        continue;
      }
      boolean previousHadRecipient = lastWasRecipient;
      lastWasRecipient = false;
      boolean recipientLine = false;
      boolean signatureLine = false;
      for (ReadContext.ColumnCell cell : ctx.columnCells(i)) {
        String t = cell.text();
        SourceLocation at = cell.at();
        if (t.startsWith("Nơi nhận")) {
          String head = LEADING_COLON.matcher(Work.view(t.substring("Nơi nhận".length()))).replaceFirst("").strip();
          if (!head.isEmpty()) {
            recipient(head, recipients);
            checkRecipients(recipients, at, t);
          }
          recipientLine = true;
          lastWasRecipient = true;
        } else if (t.startsWith("-") || t.startsWith("+") || t.startsWith("•")) {
          recipient(t, recipients);
          checkRecipients(recipients, at, t);
          recipientLine = true;
          lastWasRecipient = true;
        } else if (previousHadRecipient && !recipients.isEmpty() && Texts.startsLowerOrDigit(t)) {
          // a recipient continued on the next line
          // joined in a builder: a recipient continued over thousands of lines is copied once, not once a line
          int k = recipients.size() - 1;
          if (continued == null || continuedIndex != k) {
            finish(continued, continuedIndex, recipients);
            continued = new StringBuilder(recipients.get(k));
            continuedIndex = k;
          }
          String piece = Texts.trimEnd(t, ";.,", false).strip();
          if (!piece.isEmpty()) {
            continued.append(' ').append(piece);
          }
          recipientLine = true;
          lastWasRecipient = true;
        } else if (SIGNED.matcher(Work.view(t)).matches()) {
          signatureLine = true;
        } else if (position == null && name == null && AUTHORITY.matcher(Work.view(t)).matches()) {
          authority.add(t);
          signatureLine = true;
        } else if (position == null && Texts.isUpper(t)) {
          position = t;
          positionAt = at;
          signatureLine = true;
        } else if (position != null && name == null) {
          name = t;
          signatureLine = true;
        } else {
          ctx.problem(at, ProblemKind.UNRECOGNISED_LINE,
              Problems.of("signature.stray-line"), t);
        }
      }
      ctx.mark(i + 1, recipientLine ? LineUse.RECIPIENT : signatureLine ? LineUse.SIGNATURE : LineUse.SIGNATURE);
    }
    finish(continued, continuedIndex, recipients);
    Signer signer = null;
    if (position != null && name == null) {
      ctx.problem(positionAt, ProblemKind.MISSING_METADATA, Problems.of("signer.no-name"), position);
    } else if (position != null) {
      try {
        signer = ImmutableSigner.builder().position(position).name(name)
            .onBehalfOf(authority.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", authority))).build();
      } catch (InvalidModelException e) {
        ctx.problem(positionAt, ProblemKind.INVALID_METADATA,
            Problems.of("signer.invalid", String.valueOf(e.getMessage())), position);
      }
    }
    return new Signature(recipients, Optional.ofNullable(signer));
  }

  private static void checkRecipients(List<String> recipients, SourceLocation at, String line) {
    if (recipients.size() > ReportTextReader.MAX_RECIPIENTS) {
      throw LimitExceeded.of(ReportTextReader.MAX_RECIPIENTS, at, Problems.of("limit.recipients"), "MAX_RECIPIENTS",
          line);
    }
  }

  private static void finish(StringBuilder continued, int index, List<String> recipients) {
    if (continued != null) {
      recipients.set(index, continued.toString());
    }
  }

  private static void recipient(String t, List<String> out) {
    String r = Texts.trimEnd(LEADING_DASH.matcher(Work.view(t)).replaceFirst(""), ";.,", false).strip();
    if (!r.isEmpty()) {
      out.add(r);
    }
  }
}
