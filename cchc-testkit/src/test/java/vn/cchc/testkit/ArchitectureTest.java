package vn.cchc.testkit;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The testkit builds on the model and the rules' public API only; QuickTheories stays inside the adapter. */
class ArchitectureTest {
  private static final JavaClasses TESTKIT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importUrl(ReportGenerators.class.getProtectionDomain().getCodeSource().getLocation());

  @Test
  void theTestkitIsImported() {
    assertThat(TESTKIT.contain(ReportGenerators.class)).isTrue();
    assertThat(TESTKIT.contain("vn.cchc.testkit.quicktheories.CchcGens")).isTrue();
  }

  @Test
  void onlyTheAdapterUsesQuickTheories() {
    noClasses().that().resideInAPackage("vn.cchc.testkit")
        .should().dependOnClassesThat().resideInAPackage("org.quicktheories..")
        .because("QuickTheories is an optional dependency: users of another library must not need it")
        .check(TESTKIT);
  }

  @Test
  void theTestkitUsesOnlyTheJdkTheModelAndTheRules() {
    classes().that().resideInAPackage("vn.cchc.testkit..")
        .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "vn.cchc.model..", "vn.cchc.rules..",
            "vn.cchc.testkit..", "org.quicktheories.."))
        .check(TESTKIT);
  }
}
