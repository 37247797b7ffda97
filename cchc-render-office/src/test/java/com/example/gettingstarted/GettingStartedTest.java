package com.example.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/getting-started.md's first program compiles (it is {@link FirstProgram}, in a package outside
 * vn.cchc so that it sees the public API only), runs on the sample report, and is the code the page
 * shows, character for character.
 */
class GettingStartedTest {
  private static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  private static final Path DOC = Path.of("..", "docs", "getting-started.md");
  private static final Path SOURCE = Path.of("src", "test", "java", "com", "example", "gettingstarted", "FirstProgram.java");

  @Test
  void theFirstProgramReadsChecksAndRendersTheSample(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("bc-45.html");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      FirstProgram.main(new String[] {SAMPLE.toString(), html.toString()});
    } finally {
      System.setOut(stdout);
    }

    Document page = Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(page.select("html").attr("lang")).isEqualTo("vi");
    assertThat(page.text()).contains("45/BC-UBND");
    assertThat(page.select("tr[data-indicator]")).isNotEmpty();
    // The sample has known inconsistencies (docs/fixture-findings.md): they are printed and marked on the page.
    assertThat(printed.toString(StandardCharsets.UTF_8).lines()).isNotEmpty();
    assertThat(page.select("li.finding")).isNotEmpty();
  }

  @Test
  void thePageShowsExactlyThisProgram() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("<!-- first-program: .*? -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(block.find()).as("docs/getting-started.md has the first program block").isTrue();
    List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8).stream()
        .dropWhile(l -> l.startsWith("package ") || l.isBlank()).collect(Collectors.toList());
    assertThat(block.group(1).lines().collect(Collectors.toList()))
        .as("the first program in docs/getting-started.md must be %s without its package line", SOURCE)
        .isEqualTo(source);
  }
}
