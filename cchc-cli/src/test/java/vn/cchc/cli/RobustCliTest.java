package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.RenderException;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderer;
import vn.cchc.render.Renderers;

/**
 * The command line on failures: output written atomically (a failed render or a full device leaves the old
 * file as it was), one line naming the file and exit code 2 for every failure, no stack trace without
 * --debug, and control characters from the input escaped in everything it prints.
 */
class RobustCliTest {
  static final Path SAMPLE = ReadCommandTest.SAMPLE;
  static final String OLD = "the old content, which a failed render must not destroy";

  @TempDir
  Path tmp;

  /** Runs with the render command's seams set up, output escaped as {@link Main#run} does. */
  private static CliRun render(Consumer<RenderCommand> setup, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(new EscapingWriter(out), true);
    PrintWriter e = new PrintWriter(new EscapingWriter(err), true);
    CommandLine cl = Main.commandLine(o, e);
    setup.accept((RenderCommand) cl.getSubcommands().get("render").getCommand());
    int code = cl.execute(args);
    o.flush();
    e.flush();
    return new CliRun(code, out.toString(), err.toString());
  }

  /** A renderer of the html format that writes a little and then fails. */
  private static Renderer failing(RuntimeException failure) {
    Renderer html = Renderers.find("html");
    return new Renderer() {
      @Override
      public FormatDescriptor descriptor() {
        return html.descriptor();
      }

      @Override
      public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, OutputStream out)
          throws IOException {
        out.write("<html>half a page".getBytes(StandardCharsets.UTF_8));
        throw failure;
      }
    };
  }

  private Path old() throws IOException {
    Path target = tmp.resolve("bc-45.html");
    Files.writeString(target, OLD);
    return target;
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.toList();
    }
  }

  private static void oneLineNoTrace(CliRun run) {
    assertThat(run.err().strip()).as(run.err()).doesNotContain("\n").doesNotContain("\tat ");
  }

  @Test
  void aFailedRenderLeavesTheOldFileAsItWasAndSaysSo() throws IOException {
    Path target = old();
    CliRun run = render(c -> c.renderers = f -> failing(new RenderException("cell too long")),
        "render", SAMPLE.toString(), "-f", "html", "-o", target.toString(), "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(SAMPLE + ": cannot render html: cell too long; " + target + " was left as it was"
        + System.lineSeparator());
    oneLineNoTrace(run);
    CliRun vi = render(c -> c.renderers = f -> failing(new RenderException("cell too long")),
        "render", SAMPLE.toString(), "-f", "html", "-o", target.toString());
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err()).as("--lang vi, the default; the renderer's message as it gives it")
        .isEqualTo(SAMPLE + ": không kết xuất được html: cell too long; " + target + " được giữ nguyên" + System.lineSeparator());
    Path fresh = tmp.resolve("fresh.html");
    CliRun nothing = render(c -> c.renderers = f -> failing(new RenderException("cell too long")),
        "render", SAMPLE.toString(), "-f", "html", "-o", fresh.toString(), "--lang", "en");
    assertThat(nothing.err()).isEqualTo(SAMPLE + ": cannot render html: cell too long; nothing was written"
        + System.lineSeparator());
    assertThat(fresh).doesNotExist();
    assertThat(Files.readString(target)).isEqualTo(OLD);
    assertThat(files()).as("no temporary file is left").containsExactly(target);
  }

  @Test
  void aRendererThatCrashesIsOneLineToo() throws IOException {
    Path target = old();
    CliRun run = render(c -> c.renderers = f -> failing(new IllegalStateException("boom")),
        "render", SAMPLE.toString(), "-f", "html", "-o", target.toString(), "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith(SAMPLE + ": cannot render html, a bug in the renderer ")
        .endsWith(": java.lang.IllegalStateException: boom; " + target + " was left as it was" + System.lineSeparator());
    CliRun vi = render(c -> c.renderers = f -> failing(new IllegalStateException("boom")),
        "render", SAMPLE.toString(), "-f", "html", "-o", target.toString(), "--lang", "vi");
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err()).startsWith(SAMPLE + ": không kết xuất được html, lỗi của bộ kết xuất ")
        .endsWith(": java.lang.IllegalStateException: boom; " + target + " được giữ nguyên" + System.lineSeparator());
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(Files.readString(target)).isEqualTo(OLD);
  }

  @Test
  void aFullDeviceLeavesTheOldFileAsItWas() throws IOException {
    Path target = old();
    CliRun run = render(c -> c.opener = temp -> new FilterOutputStream(Files.newOutputStream(temp)) {
      private int written;

      @Override
      public void write(int b) throws IOException {
        if (++written > 100) {
          throw new IOException("No space left on device");
        }
        super.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
          write(b[i]);
        }
      }
    }, "render", SAMPLE.toString(), "-f", "html", "-o", target.toString(), "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(target + ": cannot write: No space left on device (" + target + " was left as it was)"
        + System.lineSeparator());
    oneLineNoTrace(run);
    assertThat(Files.readString(target)).isEqualTo(OLD);
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aSuccessfulRenderReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
    Path target = old();
    CliRun run = CliRun.of("render", SAMPLE.toString(), "-f", "html", "-o", target.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(target)).startsWith("<!DOCTYPE html>").contains("45/BC-UBND");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void anOutputIntoAMissingFolderOrOntoAFolderIsOneLineWithExitCode2() throws IOException {
    Path missing = tmp.resolve("no-such-folder").resolve("r.xlsx");
    CliRun run = CliRun.of("render", SAMPLE.toString(), "-f", "xlsx", "-o", missing.toString(), "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(missing + ": cannot write: no such directory" + System.lineSeparator());
    oneLineNoTrace(run);

    Path folder = Files.createDirectory(tmp.resolve("a-folder"));
    run = CliRun.of("render", SAMPLE.toString(), "-f", "docx", "-o", folder.toString(), "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(folder + ": cannot write: it is a directory" + System.lineSeparator());
    CliRun vi = CliRun.of("render", SAMPLE.toString(), "-f", "docx", "-o", folder.toString());
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err()).as("--lang vi, the default").isEqualTo(folder + ": không ghi được: đây là thư mục" + System.lineSeparator());
    oneLineNoTrace(run);
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void aDeviceIsWrittenDirectly() {
    Path devNull = Path.of("/dev/null");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull), "no /dev/null on this system");
    CliRun run = CliRun.of("render", SAMPLE.toString(), "-f", "html", "-o", devNull.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void theRealFullDeviceIsOneLineWithExitCode2AndTheTraceWithDebug() {
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full on this system");
    for (String format : List.of("html", "xlsx", "docx")) {
      CliRun run = CliRun.of("render", SAMPLE.toString(), "-f", format, "-o", full.toString());
      assertThat(run.exitCode()).as(format + ": " + run.err()).isEqualTo(2);
      assertThat(run.err()).contains(full.toString());
      oneLineNoTrace(run);
    }
    CliRun debug = CliRun.of("render", SAMPLE.toString(), "-f", "html", "-o", full.toString(), "--debug");
    assertThat(debug.exitCode()).isEqualTo(2);
    assertThat(debug.err()).contains("\tat ");
  }

  @Test
  void aBugIsExitCode70WithOneLineAndTheTraceOnlyWithDebug() {
    CliRun run = render(c -> c.renderers = f -> {
      throw new NullPointerException("a bug");
    }, "render", SAMPLE.toString(), "-f", "html", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(70);
    assertThat(run.err()).isEqualTo("cchc: internal error, a bug in cchc (please report it): java.lang.NullPointerException: "
        + "a bug (--debug shows the stack trace)" + System.lineSeparator());
    oneLineNoTrace(run);
    CliRun vi = render(c -> c.renderers = f -> {
      throw new NullPointerException("a bug");
    }, "render", SAMPLE.toString(), "-f", "html");
    assertThat(vi.exitCode()).isEqualTo(70);
    assertThat(vi.err()).as("--lang vi, the default").isEqualTo("cchc: lỗi nội bộ, lỗi của cchc (xin hãy báo lại): "
        + "java.lang.NullPointerException: a bug (--debug in ra vết ngăn xếp)" + System.lineSeparator());

    CliRun debug = render(c -> c.renderers = f -> {
      throw new NullPointerException("a bug");
    }, "render", SAMPLE.toString(), "-f", "html", "--debug");
    assertThat(debug.exitCode()).isEqualTo(70);
    assertThat(debug.err()).contains("\tat ", "NullPointerException");
  }

  @Test
  void aReportJsonOfAnotherCatalogueIsOneLineInCheckAndRender() throws IOException {
    String json = CliRun.of("read", SAMPLE.toString(), "--to", "json").out();
    assertThat(json).contains("\"cchc-2024\"");
    Path other = tmp.resolve("other.json");
    Files.writeString(other, json.replace("\"cchc-2024\"", "\"cchc-2030\""));
    for (String[] args : List.of(new String[] {"check", other.toString()},
        new String[] {"render", other.toString(), "-f", "html"}, new String[] {"aggregate", other.toString()})) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(2);
      assertThat(run.err()).contains(other.toString(), "cchc-2030");
      oneLineNoTrace(run);
    }
  }

  @Test
  void aCheckThatCannotRunIsOneLineNamingTheFile() {
    vn.cchc.model.Report report = vn.cchc.model.text.ReportTextReader.of(vn.cchc.model.catalogue.Catalogues.bundled())
        .readTextLenient(Samples.sample()).report().orElseThrow();
    vn.cchc.model.catalogue.Catalogue other = vn.cchc.model.catalogue.Catalogue.builder()
        .from(vn.cchc.model.catalogue.Catalogues.bundled()).id("cchc-2030").build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CliChecks.check(SAMPLE, report, other))
        .isInstanceOf(InputException.class).hasMessageStartingWith(SAMPLE + ": cannot check: ").hasMessageContaining("cchc-2030");
  }

  @Test
  void controlCharactersFromTheInputAreShownEscapedNeverSent() throws IOException {
    String hostile = "\u001B]0;pwned\u0007\u001B[2J\u009B31m";
    Path file = Samples.write(tmp, "hostile.txt", Samples.sample()
        .replace("Kết quả công tác cải cách hành chính quý I", "Kết quả " + hostile + "công tác cải cách hành chính quý I")
        .replace("3/11 nhiệm vụ đạt 27,2%", "3/11 nhiệm vụ đạt 2" + hostile + "7,2%")
        + "\n9.9.9.\tKhông có " + hostile + "\tHồ sơ\t1\t\n");
    for (String[] args : List.of(new String[] {"check", "--lenient", "-v", file.toString()},
        new String[] {"read", "--lenient", "-v", file.toString()},
        new String[] {"render", "--lenient", file.toString(), "-f", "csv"},
        new String[] {"render", "--lenient", file.toString(), "-f", "markdown"},
        new String[] {"render", "--lenient", file.toString(), "-f", "text"},
        new String[] {"read", file.toString()})) {
      CliRun run = CliRun.of(args);
      String all = run.out() + run.err();
      assertThat(all.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F))
          .as(String.join(" ", args)).isEmpty();
    }
    assertThat(CliRun.of("read", "--lenient", file.toString()).out()).as("the title, escaped").contains("Kết quả \\u001B]0;pwned\\u0007\\u001B[2J");
  }

  @Test
  void theEscapingWriterKeepsTabsNewlinesAndCrlfOnly() throws IOException {
    StringWriter s = new StringWriter();
    try (EscapingWriter w = new EscapingWriter(s)) {
      w.write("a\tb\r\nc\rd\u001B[2J\u0085e\r");
    }
    assertThat(s.toString()).isEqualTo("a\tb\r\nc\\u000Dd\\u001B[2J\\u0085e\\u000D");
  }
}
