package vn.cchc.model.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.ImmutableAppendixEntry;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.Report;

/**
 * Aligns the indicators of one catalogue version with another's, so that reports read with either can be
 * rolled up or compared together: an indicator keeps its id across versions unless a rename says otherwise.
 * Immutable; {@link #withRename} returns a new mapping.
 *
 * <pre>{@code
 * CatalogueMapping m = CatalogueMapping.between(cchc2024, province2026).withRename("4.2.2", "4.1.2");
 * Report aligned = m.apply(report2024);                 // now a report of province2026's catalogue
 * Aggregate trend = RollUp.of(province2026).aggregate(List.of(aligned, report2026));
 * }</pre>
 */
public final class CatalogueMapping {
  private final Catalogue from;
  private final Catalogue to;
  private final Map<String, String> ids;

  private CatalogueMapping(Catalogue from, Catalogue to, Map<String, String> ids) {
    this.from = from;
    this.to = to;
    this.ids = Map.copyOf(ids);
  }

  /**
   * The mapping by id: an indicator of {@code from} maps to the indicator of {@code to} with the same id.
   *
   * @param from the catalogue the reports were read with
   * @param to the catalogue to align them with
   * @return the mapping
   */
  public static CatalogueMapping between(Catalogue from, Catalogue to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Map<String, String> ids = new LinkedHashMap<>();
    for (IndicatorDefinition d : from.indicators()) {
      if (to.indicator(d.id()).isPresent()) {
        ids.put(d.id(), d.id());
      }
    }
    return new CatalogueMapping(from, to, ids);
  }

  /**
   * This mapping with one indicator renamed.
   *
   * @param fromId an indicator id of the older catalogue
   * @param toId the id the same indicator has in the newer one
   * @return the new mapping
   * @throws IllegalArgumentException when either id is not in its catalogue, or another indicator already maps to {@code toId}
   */
  public CatalogueMapping withRename(String fromId, String toId) {
    if (from.indicator(fromId).isEmpty() || to.indicator(toId).isEmpty()) {
      throw new IllegalArgumentException("rename " + fromId + " → " + toId + ": " + fromId + " must be in " + from.id()
          + " and " + toId + " in " + to.id());
    }
    Map<String, String> next = new LinkedHashMap<>(ids);
    next.entrySet().removeIf(e -> e.getValue().equals(toId) && !e.getKey().equals(fromId));
    next.put(fromId, toId);
    return new CatalogueMapping(from, to, next);
  }

  /**
   * Where an indicator of the older catalogue is in the newer.
   *
   * @param fromId the older id
   * @return the newer id, or empty when the newer catalogue does not have it
   */
  public Optional<String> map(String fromId) {
    return Optional.ofNullable(ids.get(fromId));
  }

  /**
   * The ids of the older catalogue that have no place in the newer one.
   *
   * @return the ids, in the older catalogue's order
   */
  public List<String> unmapped() {
    List<String> out = new ArrayList<>();
    from.indicators().forEach(d -> {
      if (!ids.containsKey(d.id())) {
        out.add(d.id());
      }
    });
    return List.copyOf(out);
  }

  /**
   * A report of the older catalogue as a report of the newer: each row under its new id, the rows the newer
   * catalogue has no place for left out (see {@link #unmapped()}), everything else as it was.
   *
   * @param report a report read with the older catalogue
   * @return the aligned report
   * @throws IllegalArgumentException when the report was read with another catalogue
   */
  public Report apply(Report report) {
    if (!report.catalogueId().equals(from.id())) {
      throw new IllegalArgumentException("report " + report.numberOrDraft() + " was read with catalogue "
          + report.catalogueId() + ", not " + from.id());
    }
    List<AppendixEntry> entries = new ArrayList<>();
    for (AppendixEntry e : report.appendix()) {
      String id = ids.get(e.indicatorId());
      if (id != null) {
        entries.add(id.equals(e.indicatorId()) ? e : ImmutableAppendixEntry.copyOf(e).withIndicatorId(id));
      }
    }
    return ImmutableReport.copyOf(report).withCatalogueId(to.id()).withAppendix(entries);
  }
}
