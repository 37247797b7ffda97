package vn.cchc.rules.units;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.model.SourceLocation;

/**
 * A JSON unit list — an array of flat objects whose keys are the CSV's column names — read into the
 * same header-and-rows shape as {@link CsvCells}, each value with its line and column. Uses Jackson 2's
 * streaming parser (jackson-core), an optional dependency: only this class needs it.
 */
final class JsonCells {
  private JsonCells() {}

  static List<List<Cell>> read(Reader in, String source) throws IOException {
    List<String> header = new ArrayList<>();
    List<Map<String, Cell>> objects = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw bad(source, p, "a unit list in JSON is an array of objects, one per unit");
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw bad(source, p, "each element of the array is an object, one per unit");
        }
        Map<String, Cell> o = new LinkedHashMap<>();
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          JsonLocation at = p.currentTokenLocation();
          if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            throw bad(source, p, "the value of \"" + name + "\" is a text or a number, not " + v.asString());
          }
          String text = v == JsonToken.VALUE_NULL ? "" : p.getText();
          o.put(name, new Cell(text, (int) at.getLineNr(), (int) at.getColumnNr()));
          if (!header.contains(name)) {
            header.add(name);
          }
        }
        JsonLocation end = p.currentTokenLocation();
        o.put("\u0000end", new Cell("", (int) end.getLineNr(), (int) end.getColumnNr()));
        objects.add(o);
      }
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new UnitRegistryException(UnitRegistryException.Kind.MALFORMED, source,
          l == null ? Optional.empty() : Optional.of(SourceLocation.of(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()))),
          "not JSON: " + e.getOriginalMessage());
    }
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> h = new ArrayList<>();
    header.forEach(n -> h.add(new Cell(n, 1, 1)));
    rows.add(h);
    for (Map<String, Cell> o : objects) {
      Cell end = o.get("\u0000end");
      List<Cell> r = new ArrayList<>();
      for (String n : header) {
        r.add(o.getOrDefault(n, new Cell("", end.line(), end.column())));
      }
      rows.add(r);
    }
    return rows;
  }

  private static UnitRegistryException bad(String source, JsonParser p, String message) {
    JsonLocation l = p.currentTokenLocation();
    return new UnitRegistryException(UnitRegistryException.Kind.MALFORMED, source,
        Optional.of(SourceLocation.of(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()))), message);
  }
}
