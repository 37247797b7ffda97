package vn.cchc.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.CodeList;
import vn.cchc.model.Unit;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/** The catalogue the benchmarks run on: the bundled cchc-2024 when present, else a template-sized synthetic one. */
public final class BenchData {
  private BenchData() {}

  /** {@return the bundled catalogue, or a synthetic catalogue of the same size and shape} */
  public static Catalogue catalogue() {
    try {
      return Catalogues.bundled();
    } catch (RuntimeException | ExceptionInInitializerError e) {
      return synthetic();
    }
  }

  /** {@return 7 groups × (3 ratios, a breakdown of 3 parts, 4 counts, a coded row, a percentage, a district-only count): 147 rows} */
  public static Catalogue synthetic() {
    var all = EnumSet.allOf(AdministrativeLevel.class);
    List<IndicatorDefinition> d = new ArrayList<>();
    for (int g = 1; g <= 7; g++) {
      String gid = Integer.toString(g);
      d.add(IndicatorDefinition.builder().id(gid).code(gid).label("Nhóm " + g).kind(IndicatorKind.GROUP).levels(all).build());
      int n = 1;
      for (int r = 0; r < 3; r++, n++) {
        String id = g + "." + n;
        d.add(IndicatorDefinition.builder().id(id).code(id).label("Tỷ lệ hồ sơ " + id).kind(IndicatorKind.PERCENTAGE)
            .unit(Unit.PERCENT).levels(all).parentId(gid).build());
        d.add(IndicatorDefinition.builder().id(id + "/denominator").label("Tổng số hồ sơ").kind(IndicatorKind.COUNT)
            .unit(Unit.DOSSIER).levels(all).parentId(id).role(ChildRole.DENOMINATOR).build());
        d.add(IndicatorDefinition.builder().id(id + "/numerator").label("Số hồ sơ đã giải quyết").kind(IndicatorKind.COUNT)
            .unit(Unit.DOSSIER).levels(all).parentId(id).role(ChildRole.NUMERATOR).build());
      }
      String whole = g + "." + n++;
      d.add(IndicatorDefinition.builder().id(whole).code(whole).label("Tổng số TTHC " + whole).kind(IndicatorKind.COUNT)
          .unit(Unit.PROCEDURE).levels(all).parentId(gid).build());
      for (int p = 1; p <= 3; p++) {
        d.add(IndicatorDefinition.builder().id(whole + "/part-" + p).label("Số TTHC loại " + p).kind(IndicatorKind.COUNT)
            .unit(Unit.PROCEDURE).levels(all).parentId(whole).role(ChildRole.PART).build());
      }
      for (int c = 0; c < 4; c++, n++) {
        String id = g + "." + n;
        d.add(IndicatorDefinition.builder().id(id).code(id).label("Số văn bản " + id).kind(IndicatorKind.COUNT)
            .unit(Unit.DOCUMENT).levels(all).parentId(gid).build());
      }
      String coded = g + "." + n++;
      d.add(IndicatorDefinition.builder().id(coded).code(coded).label("Tiến độ " + coded).kind(IndicatorKind.CODED)
          .codeList(CodeList.PROGRESS).levels(all).parentId(gid).build());
      String pct = g + "." + n++;
      d.add(IndicatorDefinition.builder().id(pct).code(pct).label("Tỷ lệ % " + pct).kind(IndicatorKind.PERCENTAGE)
          .unit(Unit.PERCENT).levels(all).parentId(gid).build());
      String dist = g + "." + n;
      d.add(IndicatorDefinition.builder().id(dist).code(dist).label("Số VBQPPL cấp huyện " + dist).kind(IndicatorKind.COUNT)
          .unit(Unit.DOCUMENT).levels(EnumSet.of(AdministrativeLevel.DISTRICT, AdministrativeLevel.PROVINCE)).parentId(gid).build());
    }
    return Catalogue.builder().id("bench-synthetic").title("synthetic, template-sized").validFrom(LocalDate.of(2024, 1, 1))
        .indicators(d).build();
  }
}
