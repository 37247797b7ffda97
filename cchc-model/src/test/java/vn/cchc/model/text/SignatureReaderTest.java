package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.cchc.model.Signer;
import vn.cchc.model.text.ReadContext.LineUse;

/** "Nơi nhận", the recipients and the signature: one cell per line, or two columns on one line. */
class SignatureReaderTest {

  private static SignatureReader.Signature read(ReadContext ctx) {
    return new SignatureReader(ctx).read(0, ctx.size());
  }

  @Test
  void oneCellPerLine() {
    ReadContext ctx = Zone.ctx("Nơi nhận:", "- UBND huyện Võ Nhai;", "- Phòng Nội vụ huyện;", "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn An");
    SignatureReader.Signature s = read(ctx);
    assertThat(s.recipients()).containsExactly("UBND huyện Võ Nhai", "Phòng Nội vụ huyện", "Lưu: VT");
    Signer signer = s.signer().orElseThrow();
    assertThat(signer.position()).isEqualTo("CHỦ TỊCH");
    assertThat(signer.name()).isEqualTo("Nguyễn Văn An");
    assertThat(signer.onBehalfOf()).contains("TM. ỦY BAN NHÂN DÂN");
    assertThat(ctx.problems()).isEmpty();
    assertThat(ctx.uses()).containsExactly(LineUse.RECIPIENT, LineUse.RECIPIENT, LineUse.RECIPIENT, LineUse.RECIPIENT,
        LineUse.SIGNATURE, LineUse.SIGNATURE, LineUse.SIGNATURE, LineUse.SIGNATURE);
  }

  @Test
  void twoColumnsOnOneLineByTabWithTwoAuthorityLines() {
    ReadContext ctx = Zone.ctx("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- UBND huyện Võ Nhai;\tKT. CHỦ TỊCH",
        "- Phòng Nội vụ huyện;\tPHÓ CHỦ TỊCH", "- Lưu: VT.\t", "\t(Đã ký)", "\tNguyễn Văn An");
    SignatureReader.Signature s = read(ctx);
    assertThat(s.recipients()).containsExactly("UBND huyện Võ Nhai", "Phòng Nội vụ huyện", "Lưu: VT");
    Signer signer = s.signer().orElseThrow();
    assertThat(signer.position()).isEqualTo("PHÓ CHỦ TỊCH");
    assertThat(signer.name()).isEqualTo("Nguyễn Văn An");
    assertThat(signer.onBehalfOf()).contains("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void twoColumnsOnOneLineByPipe() {
    ReadContext ctx = Zone.ctx("Nơi nhận: | TM. ỦY BAN NHÂN DÂN", "- UBND huyện Võ Nhai; | CHỦ TỊCH",
        "- Lưu: VT. | (Đã ký)", " | Nguyễn Văn An");
    SignatureReader.Signature s = read(ctx);
    assertThat(s.recipients()).containsExactly("UBND huyện Võ Nhai", "Lưu: VT");
    assertThat(s.signer().map(Signer::name)).contains("Nguyễn Văn An");
    assertThat(s.signer().flatMap(Signer::onBehalfOf)).contains("TM. ỦY BAN NHÂN DÂN");
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void twoColumnsAlignedWithSpacesAfterTheFirstRecipient() {
    ReadContext ctx = Zone.ctx("Nơi nhận:", "- UBND huyện Võ Nhai;           TM. ỦY BAN NHÂN DÂN",
        "- Phòng Nội vụ huyện;            CHỦ TỊCH", "- Lưu: VT.", "                                (Đã ký)",
        "                                Nguyễn Văn An");
    SignatureReader.Signature s = read(ctx);
    assertThat(s.recipients()).containsExactly("UBND huyện Võ Nhai", "Phòng Nội vụ huyện", "Lưu: VT");
    assertThat(s.signer()).contains(vn.cchc.model.ImmutableSigner.builder().position("CHỦ TỊCH").name("Nguyễn Văn An")
        .onBehalfOf("TM. ỦY BAN NHÂN DÂN").build());
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void aRecipientWrappedOntoTheNextLine() {
    ReadContext ctx = Zone.ctx("Nơi nhận:", "- Phòng Nội vụ huyện (để báo", "cáo);", "- Lưu: VT.", "CHỦ TỊCH",
        "Nguyễn Văn An");
    SignatureReader.Signature s = read(ctx);
    assertThat(s.recipients()).containsExactly("Phòng Nội vụ huyện (để báo cáo)", "Lưu: VT");
    assertThat(s.signer()).contains(Signer.of("CHỦ TỊCH", "Nguyễn Văn An"));
    assertThat(ctx.use(2)).isEqualTo(LineUse.RECIPIENT);
  }

  @Test
  void recipientsOnTheNoiNhanLineAndBullets() {
    ReadContext ctx = Zone.ctx("Nơi nhận: Như trên;", "+ Thường trực HĐND thị trấn;", "• Lưu: VT.", "CHỦ TỊCH",
        "Nguyễn Văn An");
    SignatureReader.Signature s = read(ctx);
    assertThat(s.recipients()).containsExactly("Như trên", "Thường trực HĐND thị trấn", "Lưu: VT");
    assertThat(s.signer()).contains(Signer.of("CHỦ TỊCH", "Nguyễn Văn An"));
  }

  @Test
  void aPositionWithoutANameIsMissingMetadata() {
    ReadContext ctx = Zone.ctx("Nơi nhận:", "- Như trên;", "CHỦ TỊCH");
    SignatureReader.Signature s = read(ctx);
    assertThat(s.signer()).isEmpty();
    assertThat(Zone.problems(ctx)).containsExactly("3:1 MISSING_METADATA ERROR");
    assertThat(ctx.use(2)).isEqualTo(LineUse.PROBLEM);
  }

  @Test
  void textAfterTheSignatureIsUnrecognised() {
    ReadContext ctx = Zone.ctx("Nơi nhận:", "- Như trên;", "CHỦ TỊCH", "Nguyễn Văn An", "Ghi chú thêm gì đó");
    read(ctx);
    assertThat(Zone.problems(ctx)).containsExactly("5:1 UNRECOGNISED_LINE ERROR");
    assertThat(ctx.problems().get(0).offendingText()).isEqualTo("Ghi chú thêm gì đó");
  }

  @Test
  void noSignatureAtAll() {
    ReadContext ctx = Zone.ctx("Nơi nhận:", "- Như trên;");
    assertThat(read(ctx).signer()).isEmpty();
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void theAuthorityBesideNoiNhanAcrossASpaceGapIsNoRecipient() {
    ReadContext ctx = Zone.ctx("Nơi nhận:                      TM. ỦY BAN NHÂN DÂN",
        "- UBND huyện Võ Nhai;           CHỦ TỊCH", "- Lưu: VT.", "                                Nguyễn Văn An");
    SignatureReader.Signature s = read(ctx);
    assertThat(s.recipients()).containsExactly("UBND huyện Võ Nhai", "Lưu: VT");
    assertThat(s.signer().orElseThrow().onBehalfOf()).contains("TM. ỦY BAN NHÂN DÂN");
    assertThat(s.signer().orElseThrow().name()).isEqualTo("Nguyễn Văn An");
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void aWrappedRecipientInTheLeftColumnStaysARecipient() {
    ReadContext ctx = Zone.ctx("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Phòng Nội vụ huyện (để báo\tCHỦ TỊCH", "cáo);\t",
        "- Lưu: VT.\t", "\tNguyễn Văn An");
    SignatureReader.Signature s = read(ctx);
    assertThat(s.recipients()).containsExactly("Phòng Nội vụ huyện (để báo cáo)", "Lưu: VT");
    assertThat(s.signer().orElseThrow().position()).isEqualTo("CHỦ TỊCH");
    assertThat(s.signer().orElseThrow().name()).isEqualTo("Nguyễn Văn An");
    assertThat(ctx.problems()).isEmpty();
  }
}
