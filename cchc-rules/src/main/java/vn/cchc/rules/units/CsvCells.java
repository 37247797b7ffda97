package vn.cchc.rules.units;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.model.SourceLocation;

/**
 * RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes, CRLF, a leading BOM) read into rows
 * of cells that know their line and column. The separator is found on the header line: a comma, or a
 * semicolon or tab when the header has more of those (spreadsheets in a Vietnamese locale save with
 * ";"). Hand-written because the line:column of every cell is needed for the error messages; Commons
 * CSV reports only a record's line.
 */
final class CsvCells {
  private CsvCells() {}

  static List<List<Cell>> read(Reader in, String source) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = in.read(buf)) > 0; ) {
      all.append(buf, 0, n);
    }
    String s = all.toString();
    int start = s.startsWith("\uFEFF") ? 1 : 0;
    int eol = s.indexOf('\n', start);
    String header = eol < 0 ? s.substring(start) : s.substring(start, eol);
    char sep = ',';
    long commas = header.chars().filter(c -> c == ',').count();
    if (header.chars().filter(c -> c == ';').count() > commas) {
      sep = ';';
    } else if (header.chars().filter(c -> c == '\t').count() > commas) {
      sep = '\t';
    }
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int col = 1;
    int cellLine = 1;
    int cellCol = 1;
    boolean quoted = false;
    int quoteLine = 0;
    int quoteCol = 0;
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
            col += 2;
            continue;
          }
          quoted = false;
        } else {
          cell.append(c);
        }
        if (c == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
        continue;
      }
      if (c == '"' && cell.length() == 0) {
        quoted = true;
        quoteLine = line;
        quoteCol = col;
        col++;
      } else if (c == sep) {
        row.add(new Cell(cell.toString(), cellLine, cellCol));
        cell.setLength(0);
        col++;
        cellLine = line;
        cellCol = col;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(new Cell(cell.toString(), cellLine, cellCol));
        cell.setLength(0);
        if (!(row.size() == 1 && row.get(0).text().isBlank())) {
          rows.add(row);
        }
        row = new ArrayList<>();
        line++;
        col = 1;
        cellLine = line;
        cellCol = 1;
      } else {
        cell.append(c);
        col++;
      }
    }
    if (quoted) {
      throw new UnitRegistryException(UnitRegistryException.Kind.MALFORMED, source,
          Optional.of(SourceLocation.of(quoteLine, quoteCol)), "a quoted cell is never closed");
    }
    row.add(new Cell(cell.toString(), cellLine, cellCol));
    if (!(row.size() == 1 && row.get(0).text().isBlank())) {
      rows.add(row);
    }
    return rows;
  }
}
