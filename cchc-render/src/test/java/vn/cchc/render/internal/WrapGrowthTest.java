package vn.cchc.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text renderer's word wrap on a note without spaces (issue 11: a 1 MB note was quadratic: each cut copied
 * and re-measured the rest of the word). The bytes the thread allocates — the output's lines and nothing per cut
 * beyond them — must grow at most about 10× for 10× the text; counted, not timed.
 */
class WrapGrowthTest {

  /** The bytes this thread has allocated, through the JDK's management bean; -1 where the JVM cannot say. */
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

  private static long cost(String text) {
    long before = allocated();
    List<String> lines = DisplayWidth.wrap(text, 60);
    long after = allocated();
    assertThat(String.join("", lines)).isEqualTo(text);
    assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(60));
    return after - before;
  }

  @Test
  void aNoteWithoutSpacesWrapsInLinearTime() {
    assumeTrue(allocated() >= 0, "this JVM does not count the bytes a thread allocates");
    String unit = "Đìnhcả";
    cost(unit.repeat(1_000)); // warm
    long small = cost(unit.repeat(20_000));
    long large = cost(unit.repeat(200_000)); // 1.2 million characters
    assertThat((double) large / small).as("bytes allocated for 10× the note: %d → %d", small, large).isLessThan(12.0);
  }
}
