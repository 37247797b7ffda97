package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.Report;
import vn.cchc.model.Unit;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/**
 * The first check on a catalogue of thousands of "… được giao" / "… có mặt" pairs (issue 11: 10,000 labels took
 * 74 s, the catalogue's structure being found by comparing labels pairwise). The structure is now read from the
 * catalogue's own {@code notAbove} in one pass; the bytes the thread allocates for the first check of a fresh
 * catalogue must grow at most about 10× for 10× the pairs — counted, not timed.
 */
class FirstCheckGrowthTest {

  static long allocated() {
    try {
      Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      Class<?> sun = Class.forName("com.sun.management.ThreadMXBean");
      if (!sun.isInstance(bean) || !(Boolean) sun.getMethod("isThreadAllocatedMemoryEnabled").invoke(bean)) {
        return -1;
      }
      Method m = sun.getMethod("getCurrentThreadAllocatedBytes");
      return (Long) m.invoke(bean);
    } catch (ReflectiveOperationException e) {
      return -1;
    }
  }

  /** A catalogue of {@code n} groups, each with an "assigned" and a "present" count, present not above assigned. */
  private static Catalogue pairs(int n) {
    List<IndicatorDefinition> d = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String g = String.valueOf(i);
      d.add(IndicatorDefinition.builder().id(g).code(g).label("Biên chế của đơn vị " + i).kind(IndicatorKind.GROUP)
          .addLevels(AdministrativeLevel.COMMUNE).build());
      d.add(IndicatorDefinition.builder().id(g + ".1").code(g + ".1").label("Số biên chế được giao").kind(IndicatorKind.COUNT)
          .unit(Unit.PERSON).addLevels(AdministrativeLevel.COMMUNE).parentId(g).build());
      d.add(IndicatorDefinition.builder().id(g + ".2").code(g + ".2").label("Số biên chế có mặt").kind(IndicatorKind.COUNT)
          .unit(Unit.PERSON).addLevels(AdministrativeLevel.COMMUNE).parentId(g).addNotAbove(g + ".1").build());
    }
    return Catalogue.builder().id("pairs-" + n).title("pairs").validFrom(LocalDate.of(2024, 1, 1)).indicators(d).build();
  }

  private static Report report(Catalogue cat, int n) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 1; i <= n; i++) {
      values.put(i + ".1", "20");
      values.put(i + ".2", i % 100 == 0 ? "21" : "19"); // one in a hundred above its limit
    }
    return TestData.report(cat, values);
  }

  private static long firstCheck(int n, List<Finding> out) {
    Catalogue cat = pairs(n);
    Report r = report(cat, n);
    long before = allocated();
    out.addAll(Checker.check(r, cat).findings());
    return allocated() - before;
  }

  @Test
  void theFirstCheckOfThousandsOfAssignedAndPresentPairsIsLinear() {
    assumeTrue(allocated() >= 0, "this JVM does not count the bytes a thread allocates");
    firstCheck(300, new ArrayList<>()); // warm
    List<Finding> small = new ArrayList<>();
    List<Finding> large = new ArrayList<>();
    long s = firstCheck(1_000, small);
    long l = firstCheck(10_000, large);
    assertThat(small).filteredOn(f -> f.ruleId().equals("range.not-above")).hasSize(10);
    assertThat(large).filteredOn(f -> f.ruleId().equals("range.not-above")).hasSize(100);
    assertThat((double) l / s).as("bytes allocated by the first check, 1,000 → 10,000 pairs: %d → %d", s, l).isLessThan(12.0);
  }
}
