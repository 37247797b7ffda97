package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the module path, a Jackson jar that is present but not in the module graph (the application forgot
 * {@code requires tools.jackson.databind;}) is named in the error, with the line to add (issue 15).
 */
class JacksonModuleHintTest {

  private static String jarOf(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void aJackson3JarOutsideTheGraphIsNamedWithTheRequiresLine() throws Exception {
    String modulePath = jarOf(tools.jackson.databind.json.JsonMapper.class) + File.pathSeparator
        + jarOf(tools.jackson.core.JsonParser.class);
    assertThat(JacksonDetection.notInModuleGraph(modulePath, m -> false)).hasValueSatisfying(why -> assertThat(why)
        .contains("tools.jackson.databind").contains("requires tools.jackson.databind;").contains("--add-modules"));
  }

  @Test
  void aJackson2JarOutsideTheGraphNamesItsDatatypeModulesToo() throws Exception {
    String modulePath = jarOf(com.fasterxml.jackson.databind.ObjectMapper.class);
    assertThat(JacksonDetection.notInModuleGraph(modulePath, m -> false)).hasValueSatisfying(why -> assertThat(why)
        .contains("requires com.fasterxml.jackson.databind;").contains("com.fasterxml.jackson.datatype.jsr310"));
  }

  @Test
  void noHintWhenTheModuleIsInTheGraphOrAbsent(@TempDir Path empty) throws Exception {
    String modulePath = jarOf(tools.jackson.databind.json.JsonMapper.class);
    assertThat(JacksonDetection.notInModuleGraph(modulePath, m -> true)).isEmpty();
    assertThat(JacksonDetection.notInModuleGraph(empty.toString(), m -> false)).isEmpty();
    assertThat(JacksonDetection.notInModuleGraph(null, m -> false)).isEmpty();
  }

  @Test
  void aDamagedJarOnTheModulePathGivesNoHintRatherThanASecondFailure(@TempDir Path dir) throws Exception {
    Path bad = Files.write(dir.resolve("broken.jar"), new byte[] {1, 2, 3});
    assertThat(JacksonDetection.notInModuleGraph(bad.toString(), m -> false)).isEmpty();
  }
}
