package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.model.text.TableLayout.Role;
import vn.cchc.model.text.TableLayout.Separator;

/** The separator and column roles of an appendix table, and a row's cells by column. */
class TableLayoutTest {
  private static final List<Role> FIVE = List.of(Role.CODE, Role.LABEL, Role.UNIT, Role.VALUE, Role.NOTE);

  private static List<String> texts(TableLayout layout, String line) {
    List<String> out = new ArrayList<>();
    for (Cell c : layout.cells(line)) {
      out.add(c.stripped());
    }
    return out;
  }

  @Test
  void theSeparatorOfALine() {
    assertThat(TableLayout.separatorOf("STT\tCác chỉ tiêu | x")).isEqualTo(Separator.TAB);
    assertThat(TableLayout.separatorOf("| STT | Các chỉ tiêu |")).isEqualTo(Separator.PIPE);
    assertThat(TableLayout.separatorOf("STT   Các chỉ tiêu")).isEqualTo(Separator.SPACES);
  }

  @Test
  void aOneLineHeaderByTab() {
    TableLayout l = TableLayout.detect(List.of("STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú"));
    assertThat(l.separator).isEqualTo(Separator.TAB);
    assertThat(l.roles).isEqualTo(FIVE);
    assertThat(l.usable()).isTrue();
    assertThat(texts(l, "1.1.\tTỷ lệ\t%\t30%\t")).containsExactly("1.1.", "Tỷ lệ", "%", "30%", "");
  }

  @Test
  void aOneLineHeaderByPipeWithOuterPipes() {
    TableLayout l = TableLayout.detect(List.of("| STT | Các chỉ tiêu | ĐVT | Kết quả | Ghi chú |"));
    assertThat(l.separator).isEqualTo(Separator.PIPE);
    assertThat(l.roles).isEqualTo(FIVE);
    assertThat(l.headers).containsExactly("STT", "Các chỉ tiêu", "ĐVT", "Kết quả", "Ghi chú");
    assertThat(texts(l, "| 1.1. | Tỷ lệ | % | 30% | |")).containsExactly("1.1.", "Tỷ lệ", "%", "30%", "");
    // a row with fewer cells is padded with blank cells
    assertThat(texts(l, "| 3.1. | Thống kê TTHC |")).containsExactly("3.1.", "Thống kê TTHC", "", "", "");
  }

  @Test
  void aOneLineHeaderAlignedWithSpaces() {
    String header = "STT    Các chỉ tiêu        Đơn vị tính   Số liệu   Ghi chú";
    TableLayout l = TableLayout.detect(List.of(header));
    assertThat(l.separator).isEqualTo(Separator.SPACES);
    assertThat(l.roles).isEqualTo(FIVE);
    assertThat(texts(l, "1.1.   Tỷ lệ hoàn thành    %             30%")).containsExactly("1.1.", "Tỷ lệ hoàn thành",
        "%", "30%", "");
    // a blank unit cell: the value stays in its column
    assertThat(texts(l, "3.1.   Thống kê TTHC                     148")).containsExactly("3.1.", "Thống kê TTHC", "",
        "148", "");
  }

  @Test
  void aTwoLineHeaderWithTheUnitAndValueUnderKetQua() {
    TableLayout first = TableLayout.detect(List.of("STT\tCác chỉ tiêu\tKết quả\t\tGhi chú"));
    assertThat(first.continuesHeader("\t\tĐơn vị tính\tSố liệu\t")).isTrue();
    TableLayout l = TableLayout.detect(List.of("STT\tCác chỉ tiêu\tKết quả\t\tGhi chú", "\t\tĐơn vị tính\tSố liệu\t"));
    assertThat(l.headers).containsExactly("STT", "Các chỉ tiêu", "Kết quả Đơn vị tính", "Số liệu", "Ghi chú");
    assertThat(l.roles).isEqualTo(FIVE);
  }

  @Test
  void wordsSplitAcrossTheTwoHeaderLinesAndAnExtraColumn() {
    TableLayout l = TableLayout.detect(List.of("STT\tCác chỉ tiêu\tĐơn vị\tSố liệu\tSố liệu\tGhi chú",
        "\t\ttính\tkỳ này\tkỳ trước\t"));
    assertThat(l.headers).containsExactly("STT", "Các chỉ tiêu", "Đơn vị tính", "Số liệu kỳ này", "Số liệu kỳ trước",
        "Ghi chú");
    assertThat(l.roles).containsExactly(Role.CODE, Role.LABEL, Role.UNIT, Role.VALUE, Role.EXTRA, Role.NOTE);
    assertThat(l.column(Role.EXTRA)).isEqualTo(4);
  }

  @Test
  void aTwoLineHeaderAlignedWithSpaces() {
    TableLayout l = TableLayout.detect(List.of(
        "STT    Các chỉ tiêu        Đơn vị   Số liệu   Số liệu    Ghi chú",
        "                           tính     kỳ này    kỳ trước"));
    assertThat(l.headers).containsExactly("STT", "Các chỉ tiêu", "Đơn vị tính", "Số liệu kỳ này", "Số liệu kỳ trước",
        "Ghi chú");
    assertThat(l.roles).containsExactly(Role.CODE, Role.LABEL, Role.UNIT, Role.VALUE, Role.EXTRA, Role.NOTE);
  }

  @Test
  void columnsTheModelHasNoPlaceForAreExtra() {
    TableLayout l = TableLayout.detect(List.of("STT | Nội dung | ĐVT | Thực hiện | Kế hoạch | Cùng kỳ năm trước | "
        + "Lũy kế | So sánh | Ghi chú"));
    assertThat(l.roles).containsExactly(Role.CODE, Role.LABEL, Role.UNIT, Role.VALUE, Role.EXTRA, Role.EXTRA,
        Role.EXTRA, Role.EXTRA, Role.NOTE);
  }

  @Test
  void aSecondValueColumnIsExtra() {
    TableLayout l = TableLayout.detect(List.of("STT\tCác chỉ tiêu\tĐơn vị tính\tKỳ báo cáo\tKỳ này\tGhi chú"));
    assertThat(l.roles).containsExactly(Role.CODE, Role.LABEL, Role.UNIT, Role.VALUE, Role.EXTRA, Role.NOTE);
  }

  @Test
  void aHeaderWithoutAValueColumnIsNotUsable() {
    assertThat(TableLayout.detect(List.of("STT\tCác chỉ tiêu\tĐơn vị tính\tGhi chú")).usable()).isFalse();
  }

  @Test
  void headerLinesRuleLinesNumberingRowsAndRepeatedHeaders() {
    TableLayout l = TableLayout.detect(List.of("| STT | Các chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú |"));
    assertThat(l.isHeaderLine("|---|---|---|---|---|")).isTrue();
    assertThat(l.isHeaderLine("| :--- | :---: | --- | ---: | --- |")).isTrue();
    assertThat(l.isHeaderLine("| (1) | (2) | (3) | (4) | (5) |")).isTrue();
    assertThat(l.isHeaderLine("| 1 | 2 | 3 | 4 | 5 |")).isTrue();
    assertThat(l.isHeaderLine("| STT | Các chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú |")).isTrue();
    assertThat(l.isHeaderLine("| *STT* | *Các chỉ tiêu* | | | |")).isTrue();
    assertThat(l.isHeaderLine("| 1.1. | Tỷ lệ | % | 30% | |")).isFalse();
    assertThat(l.isHeaderLine("| 1 | 2 |")).isFalse();
  }

  @Test
  void isHeaderStartNeedsSttAndALabelColumn() {
    assertThat(TableLayout.isHeaderStart("STT\tCác chỉ tiêu\tKết quả")).isTrue();
    assertThat(TableLayout.isHeaderStart("| TT | Nội dung | Số liệu |")).isTrue();
    assertThat(TableLayout.isHeaderStart("Số TT    Nội dung công việc    Kết quả")).isTrue();
    assertThat(TableLayout.isHeaderStart("STT\tTên đơn vị\tKết quả")).isFalse();
    assertThat(TableLayout.isHeaderStart("Các chỉ tiêu STT")).isFalse();
  }

  @Test
  void emphasisIsTakenOffHeaderCells() {
    TableLayout l = TableLayout.detect(List.of("| *STT* | **Các chỉ tiêu** | *Đơn vị tính* | *Số liệu* | *Ghi chú* |"));
    assertThat(l.roles).isEqualTo(FIVE);
    assertThat(l.headers).containsExactly("STT", "Các chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú");
  }

  @Test
  void cellsBeyondTheLastColumnAreKept() {
    TableLayout l = TableLayout.detect(List.of("STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú"));
    assertThat(texts(l, "1.1.\tTỷ lệ\t%\t30%\t\tthừa")).containsExactly("1.1.", "Tỷ lệ", "%", "30%", "", "thừa");
  }

  @Test
  void aCellKnowsItsColumnInTheLine() {
    TableLayout l = TableLayout.detect(List.of("| STT | Các chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú |"));
    Cell value = l.cells("| 1.1. | Tỷ lệ | % | 30% | |").get(3);
    assertThat(value.firstNonBlank()).isEqualTo(21);
  }

  /** The cells a reader takes from a row do not depend on how the row separates them. */
  @Test
  void theSameCellsFromTabsPipesAndAlignedSpaces() {
    String[] header = {"STT", "Các chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"};
    qt().withExamples(200).forAll(lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 6))
        .ofSize(5), integers().between(2, 4)).checkAssert((raw, gap) -> {
          List<String> cells = new ArrayList<>();
          for (int k = 0; k < 5; k++) {
            // the code and the label are never blank in a row; words of one cell are single-spaced
            String c = raw.get(k);
            cells.add(k < 2 && c.isEmpty() ? "x" + k : c);
          }
          String tabHeader = String.join("\t", header);
          String tabRow = String.join("\t", cells);
          String pipeHeader = "| " + String.join(" | ", header) + " |";
          String pipeRow = "| " + String.join(" | ", cells) + " |";
          int[] widths = new int[5];
          for (int k = 0; k < 5; k++) {
            widths[k] = Math.max(header[k].length(), cells.get(k).length()) + gap;
          }
          String spaceHeader = align(header, widths);
          String spaceRow = align(cells.toArray(new String[0]), widths);
          List<String> byTab = texts(TableLayout.detect(List.of(tabHeader)), tabRow);
          List<String> byPipe = texts(TableLayout.detect(List.of(pipeHeader)), pipeRow);
          List<String> bySpaces = texts(TableLayout.detect(List.of(spaceHeader)), spaceRow);
          assertThat(byTab).isEqualTo(cells);
          assertThat(byPipe).isEqualTo(cells);
          assertThat(bySpaces).as("«%s» under «%s»", spaceRow, spaceHeader).isEqualTo(cells);
        });
  }

  private static String align(String[] cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < cells.length; k++) {
      sb.append(cells[k]);
      if (k + 1 < cells.length) {
        sb.append(" ".repeat(widths[k] - cells[k].length()));
      }
    }
    return sb.toString().stripTrailing();
  }
}
