package vn.cchc.cli.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's first Java example is the code of {@link ReadmeExample}, which the build compiles. */
class ReadmeExampleTest {

  @Test
  void theReadmeShowsTheCompiledExample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README has a java block").isTrue();
    List<String> shown = m.group(1).lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());

    String source = Files.readString(Path.of("src", "test", "java", "vn", "cchc", "cli", "readme", "ReadmeExample.java"));
    String body = source.substring(source.indexOf("// BEGIN README"), source.indexOf("// END README"));
    List<String> compiled = body.lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("//") && !l.startsWith("static void main") && !l.equals("}"))
        .collect(Collectors.toList());
    assertThat(shown).as("README example, line by line (edit ReadmeExample.java and the README together)")
        .isEqualTo(compiled);
  }
}
