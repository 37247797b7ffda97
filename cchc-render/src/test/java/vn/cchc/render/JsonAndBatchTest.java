package vn.cchc.render;

import vn.cchc.render.testing.Samples;
import vn.cchc.render.testing.Render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.model.Report;
import vn.cchc.model.json.CchcJson;

class JsonAndBatchTest {

  @Test
  void jsonIsTheModelsJsonAndReadsBackEqual() {
    byte[] json = Render.bytes("json", Samples.input(), RenderOptions.defaults());
    Report back = CchcJson.detect().readReport(new ByteArrayInputStream(json));
    assertThat(back).isEqualTo(Samples.report());
  }

  @Test
  void aJsonBatchIsAnArrayOfReports() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderers.find("json").renderAll(List.of(Samples.input(), Samples.input()), RenderOptions.defaults(), out);
    JsonNode arr = new ObjectMapper().readTree(out.toByteArray());
    assertThat(arr.isArray()).isTrue();
    assertThat(arr.size()).isEqualTo(2);
    assertThat(arr.get(1).get("number").get("asWritten").asString()).isEqualTo("45/BC-UBND");
  }

  /** Counts bytes and the occurrences of a marker without keeping the output. */
  static final class CountingStream extends OutputStream {
    long bytes;
    int markers;
    private final byte[] marker;
    private int matched;

    CountingStream(String marker) {
      this.marker = marker.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) {
      bytes++;
      if (b == (marker[matched] & 0xFF)) {
        if (++matched == marker.length) {
          markers++;
          matched = 0;
        }
      } else {
        matched = b == (marker[0] & 0xFF) ? 1 : 0;
      }
    }

    @Override
    public void close() {
      throw new AssertionError("a renderer must not close the caller's stream");
    }
  }

  @Test
  void aBatchOfThousandsStreamsFromALazySourceIntoOneDocument() throws IOException {
    RenderInput one = Samples.input();
    int n = 2_000;
    int[] pulled = {0};
    Stream<RenderInput> lazy = IntStream.range(0, n).mapToObj(i -> {
      pulled[0]++;
      return one;
    });
    CountingStream html = new CountingStream("<article ");
    Renderers.find("html").renderAll(lazy::iterator, RenderOptions.defaults(), html);
    assertThat(pulled[0]).isEqualTo(n);
    assertThat(html.markers).isEqualTo(n);

    CountingStream csv = new CountingStream("\r\n");
    Renderers.find("csv").renderAll(Stream.generate(() -> one).limit(n)::iterator, RenderOptions.defaults(), csv);
    assertThat(csv.markers).isEqualTo(1 + n * one.report().appendix().size());
  }

  @Test
  void aSmallHtmlBatchIsOneValidPage() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderers.find("html").renderAll(List.of(Samples.input(), Samples.input(), Samples.input()),
        RenderOptions.defaults(), out);
    var doc = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    assertThat(doc.select("article.cchc-report")).hasSize(3);
    // ids stay unique across the reports of one page
    var ids = doc.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates().contains("r1-ind-1.1", "r3-ind-3.2.4");
    assertThat(doc.select("html")).hasSize(1);
    assertThat(doc.title()).isEqualTo("Báo cáo cải cách hành chính");
  }

  @Test
  void textRenderersWriteToAWriterToo() throws IOException {
    for (String f : List.of("text", "markdown", "html", "csv")) {
      java.io.StringWriter w = new java.io.StringWriter();
      ((TextRenderer) Renderers.find(f)).render(Samples.input(), RenderOptions.defaults(), (Writer) w);
      assertThat(w.toString()).as(f).isEqualTo(Render.string(f, Samples.input()));
    }
  }
}
