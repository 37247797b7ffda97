package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --appendix FILE}: a report whose appendix was sent as a file of its own reads as one report,
 * the same as the report written in one file; the metadata both files state must agree, and a problem in
 * the appendix file is placed in that file. Here both parts are text (the sample cut at "PHỤ LỤC"), so
 * the test needs no office program; the XLSX appendix is tested in cchc-read-office.
 */
class AppendixOptionTest {
  @TempDir
  Path tmp;

  private Path narrative(String text) {
    return Samples.write(tmp, "bao-cao.txt", text.substring(0, text.indexOf("PHỤ LỤC")));
  }

  private Path appendix(String text) {
    return Samples.write(tmp, "phu-luc.txt", text.substring(text.indexOf("PHỤ LỤC")));
  }

  @Test
  void aReportAndItsAppendixInTwoFilesReadAsTheReportInOne() {
    String sample = Samples.sample();
    CliRun two = CliRun.of("read", narrative(sample).toString(), "--appendix", appendix(sample).toString());
    CliRun one = CliRun.of("read", Samples.SAMPLE.toString());
    assertThat(two.exitCode()).as(two.err()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    CliRun json = CliRun.of("read", "--to", "json", narrative(sample).toString(), "--appendix",
        appendix(sample).toString());
    assertThat(json.out()).isEqualTo(CliRun.of("read", "--to", "json", Samples.SAMPLE.toString()).out());
  }

  /** The sample's own text states its number, date and issuer only in the appendix caption: here a header states them too. */
  private static final String HEADER = "UBND THỊ TRẤN ĐÌNH CẢ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      + "\tĐộc lập - Tự do - Hạnh phúc\nSố: 45/BC-UBND\tĐình Cả, ngày 12 tháng 3 năm 2024\n";

  @Test
  void anAppendixOfAnotherReportIsAProblemAtItsCaption() {
    String sample = HEADER + Samples.sample();
    CliRun same = CliRun.of("read", narrative(sample).toString(), "--appendix", appendix(sample).toString());
    assertThat(same.exitCode()).as(same.err()).isZero();
    Path other = Samples.write(tmp, "phu-luc-46.txt", sample.substring(sample.indexOf("PHỤ LỤC"))
        .replace("Kèm theo Báo cáo số 45/BC-UBND", "Kèm theo Báo cáo số 46/BC-UBND"));
    CliRun strict = CliRun.of("read", narrative(sample).toString(), "--appendix", other.toString(), "--lang", "en");
    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(strict.err()).as("placed in the appendix file, not after the report file")
        .startsWith("phu-luc-46.txt, line 5: error: the appendix caption gives the number as 46/BC-UBND but the "
            + "header (3:1) says 45/BC-UBND");
    CliRun check = CliRun.of("check", "--lenient", narrative(sample).toString(), "--appendix", other.toString());
    assertThat(check.out()).as("check --lang vi (the default) words the read problem in Vietnamese")
        .contains("phu-luc-46.txt, dòng 5: lỗi: dòng kèm theo của phụ lục ghi số văn bản là 46/BC-UBND nhưng phần đầu "
            + "văn bản (3:1) ghi 45/BC-UBND");
  }

  @Test
  void aProblemInTheAppendixFileIsPlacedInIt() {
    String sample = Samples.withUnknownRow(Samples.sample());
    CliRun lenient = CliRun.of("read", "--lenient", narrative(sample).toString(), "--appendix",
        appendix(sample).toString(), "--lang", "en");
    assertThat(lenient.exitCode()).as("read partly").isEqualTo(4);
    int line = Samples.lineOf(sample.substring(sample.indexOf("PHỤ LỤC")), Samples.UNKNOWN_ROW);
    assertThat(lenient.err()).contains("phu-luc.txt, line " + line + ": error: no indicator");
  }

  @Test
  void aMissingAppendixFileIsNamed() {
    String sample = Samples.sample();
    Path missing = tmp.resolve("khong-co.xlsx");
    CliRun read = CliRun.of("read", narrative(sample).toString(), "--appendix", missing.toString(), "--lang", "en");
    assertThat(read.exitCode()).isEqualTo(2);
    assertThat(read.err()).isEqualTo(missing + ": no such file" + System.lineSeparator());
    CliRun vi = CliRun.of("read", narrative(sample).toString(), "--appendix", missing.toString());
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err()).as("--lang vi, the default").isEqualTo(missing + ": không có tệp này" + System.lineSeparator());
  }
}
