package vn.cchc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.text.ReadResult;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.read.office.ReportFileReader;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Checker;
import vn.cchc.rules.DerivedValue;
import vn.cchc.rules.Finding;
import vn.cchc.rules.RuleSet;
import vn.cchc.rules.rollup.Aggregate;
import vn.cchc.rules.rollup.RollUp;
import vn.cchc.rules.rollup.RollUpSource;
import vn.cchc.rules.rollup.UnitRollUp;
import vn.cchc.rules.rollup.UnitTable;
import vn.cchc.rules.tolerance.Interval;
import vn.cchc.rules.units.UnitRegistry;
import vn.cchc.rules.Severity;
import vn.cchc.render.AggregateInput;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.Renderers;
import vn.cchc.rules.Explanation;
import vn.cchc.rules.units.AdministrativeUnit;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.SourceLocation;
import vn.cchc.testkit.ConsistentReports;
import vn.cchc.testkit.ExpectedFinding;
import vn.cchc.testkit.ReportGenerators;
import vn.cchc.testkit.TextLayout;

/**
 * "No null in or out of the public API", checked over every published module's exported packages (the types of
 * {@link ApiListing}): no public constructor or method accepts {@code null} in silence (it throws
 * {@code NullPointerException} naming the parameter or an {@code InvalidModelException} naming the attribute,
 * {@link NullArguments}), and no public no-argument method of
 * the values a real report gives — read, checked, rolled up, rendered — returns {@code null}: an absence is an
 * {@code Optional} or an empty collection.
 */
class NullContractTest {
  static final Path ROOT = Path.of(System.getProperty("cchc.root", ".."));
  static final Catalogue CATALOGUE = Catalogues.bundled();
  static final Path SAMPLE = copyOfTheSample();
  static final ReadResult READ = read(SAMPLE);
  static final Report REPORT = READ.report().orElseThrow();
  static final CheckResult CHECK = Checker.check(REPORT, CATALOGUE);

  private static ReadResult read(Path file) {
    try {
      return ReportTextReader.of(CATALOGUE).readLenient(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The sample in a temporary directory: a method under test given the default path may write to it. */
  private static Path copyOfTheSample() {
    try {
      Path dir = Files.createTempDirectory("cchc-null-contract");
      return Files.copy(ROOT.resolve("docs/samples/bc-45-ubnd-dinh-ca-2024-q1.txt"), dir.resolve("report.txt"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static NullArguments tester() {
    Finding finding = CHECK.findings().get(0);
    DerivedValue derived = CHECK.derived().values().iterator().next();
    AppendixEntry entry = REPORT.appendix().get(0);
    UnitRegistry registry = UnitRegistry.sample();
    UnitTable table = UnitRollUp.of(CATALOGUE, registry).roll(List.of(new RollUpSource("report.txt", REPORT, List.of(), Optional.empty())));
    ConsistentReports reports = ReportGenerators.consistent(CATALOGUE);
    return new NullArguments()
        .with(Path.class, SAMPLE)
        .with(Catalogue.class, CATALOGUE)
        .with(Report.class, REPORT)
        .with(ReportingPeriod.class, REPORT.period())
        .with(SourceLocation.class, entry.location())
        .with(AppendixEntry.class, entry)
        .with(IndicatorValue.class, entry.value())
        .with(IndicatorDefinition.class, CATALOGUE.indicators().get(0))
        .with(CheckResult.class, CHECK)
        .with(Finding.class, finding)
        .with(DerivedValue.class, derived)
        .with(RenderInput.class, RenderInput.of(REPORT, CATALOGUE))
        .with(RenderOptions.class, RenderOptions.defaults())
        .with(Aggregate.class, RollUp.of(CATALOGUE).aggregate(List.of(REPORT)))
        .with(UnitRegistry.class, registry)
        .with(UnitTable.class, table)
        .with(AggregateInput.class, AggregateInput.of(table, CATALOGUE))
        .with(vn.cchc.render.spi.UnitTableRows.Row.class, vn.cchc.render.spi.UnitTableRows.rows(AggregateInput.of(table,
            CATALOGUE)).get(0))
        .with(Interval.class, Interval.exact(java.math.BigDecimal.ONE))
        .with(ConsistentReports.class, reports)
        .with(TextLayout.class, TextLayout.clean())
        .with(FormatDescriptor.class, Renderers.find("text").descriptor())
        .with(Explanation.class, CHECK.findings().stream().flatMap(f -> f.explanations().stream()).findFirst()
            .orElseThrow())
        .with(AdministrativeUnit.class, registry.units().get(0))
        .with(vn.cchc.read.office.FileOrigin.class, new vn.cchc.read.office.FileOrigin.Table(3, 5, 2))
        .with(Message.class, finding.message())
        .with(MessageBundle.class, finding.message().bundle())
        .with(ExpectedFinding.class, new ExpectedFinding("ratio.mismatch", Severity.ERROR, List.of("1.1"),
            Optional.empty(), Optional.empty(), Optional.empty()));
  }

  static Stream<Class<?>> apiTypes() {
    return ApiListing.modulesOnClassPath().values().stream()
        .flatMap(m -> ApiListing.publicTypes(m).values().stream()).flatMap(List::stream);
  }

  @TestFactory
  Stream<DynamicTest> noPublicConstructorOrStaticMethodAcceptsNullInSilence() {
    NullArguments tester = tester();
    return apiTypes().map(type -> DynamicTest.dynamicTest(type.getName(),
        () -> assertThat(tester.staticProblems(type)).isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> noPublicMethodOfTheValuesOfARealReportAcceptsNullInSilence() {
    NullArguments tester = tester();
    return roots().stream().map(root -> DynamicTest.dynamicTest(root.getClass().getName(),
        () -> assertThat(tester.instanceProblems(root, m -> false)).isEmpty()));
  }

  @Test
  void noPublicNoArgumentMethodOfTheValuesOfARealReportReturnsNull() throws Exception {
    List<String> nulls = new ArrayList<>();
    Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> todo = new ArrayDeque<>();
    int visited = 0;
    for (Object root : roots()) {
      todo.add(new Object[] {root, root.getClass().getSimpleName()});
    }
    while (!todo.isEmpty() && visited < 20_000) {
      Object[] next = todo.poll();
      Object value = next[0];
      String path = (String) next[1];
      if (!seen.add(value) || !value.getClass().getName().startsWith("vn.cchc.") || isBuilder(value.getClass())) {
        continue;
      }
      visited++;
      for (Method m : value.getClass().getMethods()) {
        if (m.getParameterCount() != 0 || m.getReturnType() == void.class || Modifier.isStatic(m.getModifiers())
            || m.getDeclaringClass() == Object.class || !m.getDeclaringClass().getName().startsWith("vn.cchc.")
            || isBuilder(m.getReturnType())) {
          continue;
        }
        Object result;
        try {
          m.setAccessible(false);
          result = m.invoke(value);
        } catch (InvocationTargetException e) {
          continue; // a getter that refuses (e.g. a value of another kind) is not a null
        } catch (IllegalAccessException e) {
          result = invokeThroughPublicType(value, m);
          if (result == NOT_REACHABLE) {
            continue;
          }
        }
        String where = path + "." + m.getName() + "()";
        if (result == null) {
          nulls.add(where + " declared in " + m.getDeclaringClass().getName());
          continue;
        }
        for (Object child : children(result)) {
          todo.add(new Object[] {child, where});
        }
      }
    }
    System.out.println("NullContractTest: walked " + visited + " values of a real report");
    assertThat(visited).as("values walked").isGreaterThan(200);
    assertThat(nulls).as("public methods that returned null; an absence must be an Optional or empty").isEmpty();
  }

  private static final Object NOT_REACHABLE = new Object();

  /** A public method declared by a public supertype, reached through that type (an Immutable* class may be hidden). */
  private static Object invokeThroughPublicType(Object value, Method m) throws Exception {
    for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
      for (Class<?> t : Stream.concat(Stream.of(c), Stream.of(c.getInterfaces())).toList()) {
        if (Modifier.isPublic(t.getModifiers())) {
          try {
            return t.getMethod(m.getName()).invoke(value);
          } catch (NoSuchMethodException | IllegalAccessException e) {
            // try the next supertype
          } catch (InvocationTargetException e) {
            return NOT_REACHABLE;
          }
        }
      }
    }
    return NOT_REACHABLE;
  }

  private static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().endsWith("Builder");
  }

  /** The values inside a result worth walking: an Optional's value, a collection's or map's first elements. */
  private static List<Object> children(Object result) {
    List<Object> out = new ArrayList<>();
    if (result instanceof Optional<?> o) {
      o.ifPresent(out::add);
    } else if (result instanceof Collection<?> c) {
      c.stream().limit(30).forEach(out::add);
    } else if (result instanceof Map<?, ?> map) {
      map.entrySet().stream().limit(30).forEach(e -> {
        out.add(e.getKey());
        out.add(e.getValue());
      });
    } else {
      out.add(result);
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /** The values a user meets reading, checking, rolling up and rendering the real sample report. */
  static List<Object> roots() {
    Aggregate aggregate = RollUp.of(CATALOGUE).aggregate(List.of(REPORT));
    return List.of(CATALOGUE, READ, REPORT, CHECK, RenderInput.of(REPORT, CATALOGUE), RenderOptions.defaults(),
        RuleSet.standard(CATALOGUE), ReportTextReader.of(CATALOGUE), ReportFileReader.of(CATALOGUE),
        RollUp.of(CATALOGUE), aggregate);
  }
}
