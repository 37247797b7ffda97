package vn.cchc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.spi.ToolProvider;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ImmutableAppendixEntry} is written by hand, and must stay the class Immutables generates for
 * {@link AppendixEntry} but for the edits listed in {@link #EDITS}: this test generates that class again (the main
 * sources of {@code AppendixEntry} and the package's style, with {@code @Value.Immutable} and {@code @Value.Check}
 * put back, through javac's annotation processing with the build's Immutables), applies the edits and compares the
 * result with the file, character for character. So the hand-written class cannot drift from the generator (its
 * builder, {@code with} methods, Jackson binding, {@code equals}, {@code hashCode}, {@code toString}): a new
 * attribute, a changed annotation or another Immutables version fails here. Run with
 * {@code -Dcchc.entry.write=true} to write the edited generated class over the file, then review the diff.
 *
 * <p>Why Immutables cannot generate it itself: the saving is to leave out a line that equals the row's cells
 * joined, that is, to store it relative to the other attributes. A generated {@code withLabel}, {@code withNote}
 * and the like copy every other attribute's field as it is, and the one hook, {@code @Value.Check}, sees only the
 * new instance; so a left-out line would become the new cells joined, not the line read (the edits make each copy
 * pass {@code sourceLine()} instead). An encoding ({@code @Encoding}) changes how one type is stored but cannot read
 * the other attributes; a non-public stored attribute still gets public {@code with} methods (and public
 * initializers unless {@code alwaysPublicInitializers = false}); a builder method of another name needs an
 * extending {@code Builder}, which drops {@code ImmutableAppendixEntry.builder()}.
 */
class ImmutableAppendixEntrySourceTest {
  private static final Path MODEL = Path.of("src/main/java/vn/cchc/model");
  private static final Path WRITTEN = MODEL.resolve("ImmutableAppendixEntry.java");

  /** One change from the generated class: every occurrence of {@code generated} becomes {@code written}. */
  record Edit(String why, String generated, String written) {}

  static final List<Edit> EDITS = List.of(
      new Edit("written by hand: not marked generated, not exempt from lint",
          "import org.immutables.value.Generated;\n", ""),
      new Edit("the same", "@Generated(from = \"AppendixEntry\", generator = \"Immutables\")\n"
          + "@SuppressWarnings({\"all\"})\n"
          + "@javax.annotation.processing.Generated(\"org.immutables.processor.ProxyProcessor\")\n", ""),
      new Edit("the same, on the nested classes",
          "  @Generated(from = \"AppendixEntry\", generator = \"Immutables\")\n", ""),
      new Edit("says why it is written by hand", " * {@code ImmutableAppendixEntry.builder()}.\n */\n", """
           * {@code ImmutableAppendixEntry.builder()}.
           *
           * <p>Written by hand: the class Immutables generates for {@link AppendixEntry} (the same public
           * methods, JSON binding, {@code equals}, {@code hashCode} and {@code toString}) but for one thing
           * Immutables cannot express: the source line is stored only when it is not the row's cells joined
           * by tabs ({@link AppendixEntry#isCellsJoined}), which it is for most rows a text reader reads. A
           * stored line is the largest part of a row (about 55 characters, held in UTF-16 because a
           * Vietnamese label has letters above U+00FF), so an appendix of 121 rows retains about 15 KB less;
           * {@link #sourceLine()} returns the same value either way, built again from the cells on each call.
           * A generated class cannot leave the line out: its {@code with} methods copy the other attributes'
           * fields as they are, so a line left out would follow a changed cell. The test
           * {@code ImmutableAppendixEntrySourceTest} generates the class again and checks that this one
           * differs from it only by the edits that it lists.
           */
          """),
      new Edit("says what a null field means", "  private final String sourceLine;\n", """
            /** The source line, or {@code null} when it is the cells joined by tabs (see sourceLine()). */
            private final String sourceLine;
          """),
      new Edit("the line is stored only when it is not the cells joined", "    this.sourceLine = sourceLine;\n",
          "    this.sourceLine = isCellsJoined(sourceLine, codeAsWritten, label, unitAsWritten, value, note) ? null"
              + " : sourceLine;\n"),
      new Edit("else built from the cells", "    return sourceLine;\n",
          "    return sourceLine != null ? sourceLine"
              + " : cellsJoined(codeAsWritten, label, unitAsWritten, value, note);\n"),
      new Edit("a copy with another cell keeps the line, not the field (null when the line is the old cells joined)",
          "        this.sourceLine));\n", "        sourceLine()));\n"),
      new Edit("withSourceLine compares with the line", "    if (this.sourceLine.equals(newValue)) return this;\n",
          "    if (sourceLine().equals(newValue)) return this;\n"),
      new Edit("equal cells: equal lines exactly when both fields are null or equal",
          "        && sourceLine.equals(another.sourceLine);\n", """
                  // a line is stored exactly when it is not the cells joined, so with the cells equal, the
                  // lines are equal exactly when both are stored and equal or both are not stored
                  && Objects.equals(sourceLine, another.sourceLine);
          """),
      new Edit("the generated formula, of the line", "    h += (h << 5) + sourceLine.hashCode();\n",
          "    h += (h << 5) + sourceLine().hashCode();\n"),
      new Edit("toString prints the line", "    builder.append(\"sourceLine=\").append(sourceLine);\n",
          "    builder.append(\"sourceLine=\").append(sourceLine());\n"));

  @Test
  void theHandWrittenClassIsTheGeneratedOneWithTheListedEdits(@TempDir Path tmp) throws Exception {
    String generated = generate(tmp);
    String edited = generated;
    for (Edit e : EDITS) {
      assertThat(edited).as("the generated class has the text that this edit changes (%s)", e.why())
          .contains(e.generated());
      edited = edited.replace(e.generated(), e.written());
    }
    if (Boolean.getBoolean("cchc.entry.write")) {
      Files.writeString(WRITTEN, edited, StandardCharsets.UTF_8);
      System.out.println("ImmutableAppendixEntrySourceTest: wrote " + WRITTEN.toAbsolutePath());
      return;
    }
    assertThat(firstDifference(Files.readString(WRITTEN, StandardCharsets.UTF_8), edited))
        .as("%s is no longer the class Immutables generates for AppendixEntry with the edits of this test: change"
            + " the edits, or run this test with -Dcchc.entry.write=true and review the diff", WRITTEN)
        .isEmpty();
  }

  /** {@return the first line where {@code written} and {@code expected} differ, with both versions of it} */
  private static Optional<String> firstDifference(String written, String expected) {
    List<String> a = written.lines().toList();
    List<String> b = expected.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : "(end of file)";
      String y = i < b.size() ? b.get(i) : "(end of file)";
      if (!x.equals(y)) {
        return Optional.of("line " + (i + 1) + ": the file has\n" + x + "\nthe generated class with the edits has\n"
            + y);
      }
    }
    return written.equals(expected) ? Optional.empty() : Optional.of("line ends differ");
  }

  /** {@return the source Immutables generates for {@code AppendixEntry} as it is in the main sources} */
  private static String generate(Path tmp) throws Exception {
    String abstractType = Files.readString(MODEL.resolve("AppendixEntry.java"), StandardCharsets.UTF_8);
    abstractType = once(abstractType, "\npublic abstract class AppendixEntry {",
        "\n@org.immutables.value.Value.Immutable\npublic abstract class AppendixEntry {");
    abstractType = once(abstractType, "\n  final AppendixEntry check() {",
        "\n  @org.immutables.value.Value.Check\n  final AppendixEntry check() {");
    Path sources = Files.createDirectories(tmp.resolve("src/vn/cchc/model"));
    Path generatedSources = Files.createDirectories(tmp.resolve("generated"));
    Files.writeString(sources.resolve("AppendixEntry.java"), abstractType, StandardCharsets.UTF_8);
    Files.copy(MODEL.resolve("package-info.java"), sources.resolve("package-info.java"));
    ToolProvider javac = ToolProvider.findFirst("javac")
        .orElseThrow(() -> new AssertionError("this test needs a JDK's javac"));
    String processor = Path.of(Value.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    StringWriter messages = new StringWriter();
    PrintWriter out = new PrintWriter(messages);
    // -proc:only: the processor's output is all this test needs; the hand-written class on the class path (it is
    // in target/classes) only draws a warning that a generated type already exists there
    int status = javac.run(out, out, "-proc:only", "-encoding", "UTF-8",
        "-classpath", System.getProperty("java.class.path"), "-processorpath", processor,
        "-s", generatedSources.toString(),
        sources.resolve("package-info.java").toString(), sources.resolve("AppendixEntry.java").toString());
    out.flush();
    assertThat(status).as("javac with Immutables: %s", messages).isZero();
    return Files.readString(generatedSources.resolve("vn/cchc/model/ImmutableAppendixEntry.java"),
        StandardCharsets.UTF_8);
  }

  private static String once(String text, String what, String by) {
    int at = text.indexOf(what);
    assertThat(at).as("AppendixEntry.java has %s once", what.strip()).isNotNegative()
        .isEqualTo(text.lastIndexOf(what));
    return text.substring(0, at) + by + text.substring(at + what.length());
  }
}
