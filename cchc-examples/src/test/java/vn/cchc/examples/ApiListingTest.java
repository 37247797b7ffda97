package vn.cchc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code docs/api-stability.md} lists the public API of every published module (the modules of {@code cchc-bom}):
 * the exported packages and their public types, computed here from the compiled module descriptors and classes.
 * The test fails when the API changed and the listing was not regenerated; run with
 * {@code -Dcchc.api.listing.write=true} to rewrite the section (see {@link #REGENERATE}).
 */
class ApiListingTest {
  static final String REGENERATE =
      "mvn -B -o test -pl cchc-examples -am -Dtest=ApiListingTest -Dsurefire.failIfNoSpecifiedTests=false -Dcchc.api.listing.write=true";
  static final Path ROOT = Path.of(System.getProperty("cchc.root", ".."));
  static final Path DOC = ROOT.resolve("docs/api-stability.md");

  @Test
  void everyPublishedModuleIsOnThisTestsClassPath() throws Exception {
    assertThat(ApiListing.modulesOnClassPath().keySet())
        .as("the cchc modules on cchc-examples' test class path must be the modules of cchc-bom/pom.xml:"
            + " add a new published module to cchc-bom and as a dependency of cchc-examples")
        .containsExactlyInAnyOrderElementsOf(publishedModules());
  }

  @Test
  void theListingInApiStabilityMdIsTheApiTheBuildProduced() throws Exception {
    Map<String, ApiListing.FoundModule> found = ApiListing.modulesOnClassPath();
    List<ApiListing.FoundModule> published = new ArrayList<>();
    for (String artifactId : publishedModules()) {
      assertThat(found).as("published module on the class path").containsKey(artifactId);
      published.add(found.get(artifactId));
    }
    String listing = ApiListing.render(published);
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf(ApiListing.START);
    int end = doc.indexOf(ApiListing.END);
    assertThat(start).as(DOC + " has the section markers " + ApiListing.START + " … " + ApiListing.END)
        .isNotNegative().isLessThan(end);
    String current = doc.substring(start, end + ApiListing.END.length());
    if (Boolean.getBoolean("cchc.api.listing.write") && !current.equals(listing)) {
      Files.writeString(DOC, doc.substring(0, start) + listing + doc.substring(end + ApiListing.END.length()),
          StandardCharsets.UTF_8);
      System.out.println("ApiListingTest: rewrote the API listing in " + DOC);
      return;
    }
    assertThat(current)
        .as("The public API changed but the listing in docs/api-stability.md did not. If the change is meant,"
            + " review it, then regenerate the listing with\n  " + REGENERATE + "\nand commit docs/api-stability.md.")
        .isEqualTo(listing);
  }

  @Test
  void everyPublishedJarHasItsSourcesAndJavadocJarsBesideIt() throws Exception {
    Map<String, ApiListing.FoundModule> found = ApiListing.modulesOnClassPath();
    List<Path> jars = found.values().stream().map(ApiListing.FoundModule::location)
        .filter(p -> p.toString().endsWith(".jar")).toList();
    // `mvn verify` (and CI) gives this test the packaged jars; `mvn test` gives target/classes, where there is no jar
    Assumptions.assumeFalse(jars.isEmpty(),
        "the cchc modules are class directories (mvn test), not packaged jars (mvn verify): no jars to look beside");
    for (Path jar : jars) {
      String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
      for (String classifier : List.of("sources", "javadoc")) {
        Path attached = jar.resolveSibling(base + "-" + classifier + ".jar");
        assertThat(attached).as("the %s jar of %s", classifier, jar.getFileName()).isRegularFile();
        try (var zip = new java.util.zip.ZipFile(attached.toFile())) {
          assertThat(zip.size()).as("%s entries", attached.getFileName()).isGreaterThan(1);
        }
      }
    }
  }

  @Test
  void theListingSeesKindsAndSealedHierarchies() {
    // the words the listing uses, checked on the JDK's own types, so a wrong word cannot hide in the generated text
    assertThat(ApiListing.kind(java.lang.constant.ConstantDesc.class)).isEqualTo("sealed interfaces");
    assertThat(ApiListing.kind(java.util.List.class)).isEqualTo("interfaces");
    assertThat(ApiListing.kind(java.util.AbstractList.class)).isEqualTo("abstract classes");
    assertThat(ApiListing.kind(String.class)).isEqualTo("final classes");
    assertThat(ApiListing.kind(IllegalStateException.class)).isEqualTo("exceptions");
    assertThat(ApiListing.kind(java.lang.annotation.Retention.class)).isEqualTo("annotations");
    assertThat(ApiListing.kind(java.time.DayOfWeek.class)).isEqualTo("enums");
  }

  @Test
  void classFileFlagsAreReadPastTheConstantPool() throws Exception {
    for (Class<?> type : List.of(String.class, java.util.List.class, ApiListing.class, ApiListingTest.class,
        java.util.Map.Entry.class, Double.class)) {
      byte[] bytes;
      try (var in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
        bytes = in.readAllBytes();
      }
      assertThat(ApiListing.publicInClassFile(bytes)).as(type.getName())
          .isEqualTo(java.lang.reflect.Modifier.isPublic(type.getModifiers())
              || java.lang.reflect.Modifier.isProtected(type.getModifiers()));
    }
  }

  /** The artifact ids of cchc-bom's managed dependencies: what cchc publishes (besides the BOM and the parent). */
  static List<String> publishedModules() throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    var pom = factory.newDocumentBuilder().parse(ROOT.resolve("cchc-bom/pom.xml").toFile());
    NodeList deps = pom.getElementsByTagName("dependency");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < deps.getLength(); i++) {
      Element dep = (Element) deps.item(i);
      if (dep.getElementsByTagName("groupId").item(0).getTextContent().trim().equals("vn.cchc")) {
        ids.add(dep.getElementsByTagName("artifactId").item(0).getTextContent().trim());
      }
    }
    assertThat(ids).as("cchc-bom's modules").isNotEmpty();
    return ids;
  }
}
