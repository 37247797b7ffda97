package vn.cchc.model.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;

/** Shared helpers of the JSON tests: both codecs, and writing to and reading from strings. */
final class JsonTestSupport {
  static final CchcJson JACKSON2 = CchcJson.jackson2(JsonReadLimits.defaults());
  static final CchcJson JACKSON3 = CchcJson.jackson3(JsonReadLimits.defaults());

  private JsonTestSupport() {}

  static List<CchcJson> codecs() {
    return List.of(JACKSON2, JACKSON3);
  }

  static byte[] bytes(CchcJson json, Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeReport(report, out);
    return out.toByteArray();
  }

  static byte[] bytes(CchcJson json, Catalogue catalogue) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeCatalogue(catalogue, out);
    return out.toByteArray();
  }

  static String write(CchcJson json, Report report) {
    return new String(bytes(json, report), StandardCharsets.UTF_8);
  }

  static Report read(CchcJson json, byte[] bytes) {
    return json.readReport(new ByteArrayInputStream(bytes));
  }

  static Report read(CchcJson json, String text) {
    return read(json, text.getBytes(StandardCharsets.UTF_8));
  }

  static Catalogue readCatalogue(CchcJson json, byte[] bytes) {
    return json.readCatalogue(new ByteArrayInputStream(bytes));
  }
}
