package vn.cchc.model;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** cchc-model stands alone: no dependency on other cchc modules, no package cycles, internals hidden. */
class ArchitectureTest {
  // Import the module's own class directory (or jar) only: scanning every jar on the class path is slow.
  private static final JavaClasses MODEL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importUrl(Report.class.getProtectionDomain().getCodeSource().getLocation());

  @Test
  void theModelIsImported() {
    assertThat(MODEL.contain(Report.class)).isTrue();
    assertThat(MODEL.contain("vn.cchc.model.json.Jackson3Json")).isTrue();
  }

  @Test
  void theModelDependsOnNoOtherCchcPackage() {
    noClasses().that().resideInAPackage("vn.cchc.model..")
        .should().dependOnClassesThat(resideInAPackage("vn.cchc..").and(not(resideInAPackage("vn.cchc.model.."))))
        .because("cchc-model is the bottom of the module graph: rules, renderers and the CLI build on it")
        .check(MODEL);
  }

  @Test
  void thereAreNoPackageCyclesInsideTheModel() {
    slices().matching("vn.cchc.(**)").namingSlices("$1")
        .should().beFreeOfCycles()
        // Known and accepted: Catalogues.read(...) loads catalogues through CchcJson, which reads Catalogue.
        .ignoreDependency(vn.cchc.model.catalogue.Catalogues.class, vn.cchc.model.json.CchcJson.class)
        .check(MODEL);
  }

  @Test
  void internalClassesAreNotPublic() {
    classes().that().haveFullyQualifiedName("vn.cchc.model.json.Jackson2Json")
        .or().haveFullyQualifiedName("vn.cchc.model.json.Jackson3Json")
        .or().haveFullyQualifiedName("vn.cchc.model.json.JacksonDetection")
        .or().haveFullyQualifiedName("vn.cchc.model.json.JsonErrors")
        .or().haveFullyQualifiedName("vn.cchc.model.Text")
        .should().notBePublic()
        .check(MODEL);
    classes().that().resideInAPackage("vn.cchc.model.json").and().arePublic()
        .should().haveSimpleNameStartingWith("CchcJson").orShould().haveSimpleName("JsonReadLimits")
        .because("the JSON package's public API is CchcJson, CchcJsonException and JsonReadLimits")
        .check(MODEL);
  }
}
