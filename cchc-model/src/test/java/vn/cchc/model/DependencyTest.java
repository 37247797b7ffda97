package vn.cchc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * What cchc-model brings into a consumer (issue 15): money through the {@code javax.money} API with Moneta's
 * core only — no okhttp, no Kotlin standard library — and a module graph that resolves on the module path
 * with exactly the jars the dependency tree gives.
 */
class DependencyTest {

  @Test
  void noHttpClientAndNoKotlinComeWithTheModel() {
    assertThatThrownBy(() -> Class.forName("okhttp3.OkHttpClient")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("kotlin.Unit")).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void moneyIsAJavaxMoneyAmountInDong() {
    MonetaryAmount amount = MoneyValue.of(new BigDecimal("1.5"), Unit.MILLION_VND, "1,5").amount();
    assertThat(amount.getCurrency().getCurrencyCode()).isEqualTo("VND");
    assertThat(amount.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("1500000");
  }

  @Test
  void theModelModuleResolvesOnTheModulePathWithItsDependencies() throws Exception {
    List<Class<?>> fromJars = List.of(Report.class, MonetaryAmount.class, org.javamoney.moneta.Money.class,
        javax.annotation.Priority.class, com.fasterxml.jackson.annotation.JsonProperty.class);
    StringBuilder modulePath = new StringBuilder();
    for (Class<?> c : fromJars) {
      if (modulePath.length() > 0) {
        modulePath.append(File.pathSeparatorChar);
      }
      modulePath.append(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "--module-path", modulePath.toString(), "--add-modules", "vn.cchc.model",
        "--show-module-resolution", "-version").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("root vn.cchc.model").contains("org.javamoney.moneta").doesNotContain("okhttp");
  }
}
