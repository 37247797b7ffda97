package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Unit;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;

/** The caches kept across checks are bounded: distinct unit texts from reports no longer grow the heap forever. */
class BoundedCacheTest {

  @Test
  void theUnitCacheOfACatalogueStructureStaysBoundedAndRight() {
    Catalogue cat = TestData.catalogue();
    Structure s = Structure.of(cat);
    IndicatorDefinition d = cat.indicators().stream().filter(x -> x.unit().isPresent()).findFirst().orElseThrow();
    for (int i = 0; i < 20 * Structure.UNIT_CACHE_SIZE; i++) {
      s.unit("Đơn vị lạ số " + i, d);
    }
    assertThat(s.units.size()).isEqualTo(Structure.UNIT_CACHE_SIZE);
    assertThat(s.unit("Hồ sơ", d)).isEqualTo(Unit.standard("Hồ sơ").or(d::unit));
    assertThat(s.unit("Đơn vị lạ số 1", d)).as("an evicted text is computed again, the same").isEqualTo(d.unit());
  }

  @Test
  void theLeastRecentlyUsedEntryGoesFirst() {
    BoundedCache<Integer, String> c = new BoundedCache<>(2);
    int[] computed = {0};
    c.get(1, k -> { computed[0]++; return "a"; });
    c.get(2, k -> { computed[0]++; return "b"; });
    c.get(1, k -> { computed[0]++; return "a"; });
    c.get(3, k -> { computed[0]++; return "c"; });
    assertThat(c.size()).isEqualTo(2);
    assertThat(computed[0]).isEqualTo(3);
    assertThat(c.get(1, k -> "recomputed")).as("1 was used last: kept").isEqualTo("a");
    assertThat(c.get(2, k -> "recomputed")).as("2 was evicted").isEqualTo("recomputed");
    assertThat(Optional.of(c.capacity())).contains(2);
  }
}
