package vn.cchc.model.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What changed from one catalogue version to another, indicator by indicator (matched by id): indicators
 * added, removed, relabelled (same id, another official label), moved (same id, another STT code or
 * parent), and changed in what they measure (kind, unit, code list, aggregation). Immutable.
 *
 * <pre>{@code
 * CatalogueDiff d = CatalogueDiff.between(Catalogues.bundled(), Catalogues.read(Path.of("tinh-2026.json")));
 * d.changes(CatalogueDiff.Kind.ADDED);   // [Change[kind=ADDED, id=1.11, before=, after=Phần mềm một cửa điện tử]]
 * }</pre>
 */
public final class CatalogueDiff {
  /** What happened to an indicator. */
  public enum Kind {
    /** In the newer catalogue only. */
    ADDED,
    /** In the older catalogue only. */
    REMOVED,
    /** Another official label. */
    RELABELLED,
    /** Another STT code or parent. */
    MOVED,
    /** Another kind, unit, code list or aggregation: figures of the two versions may not compare. */
    REDEFINED
  }

  /**
   * One change.
   *
   * @param kind what happened
   * @param id the indicator's id
   * @param before the older text (label, "code under parent", or definition); empty for ADDED
   * @param after the newer text; empty for REMOVED
   */
  public record Change(Kind kind, String id, String before, String after) {
    /**
     * Checks the parts.
     *
     * @param kind what happened
     * @param id the indicator's id
     * @param before the older text
     * @param after the newer text
     */
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  private final String fromId;
  private final String toId;
  private final List<Change> changes;

  private CatalogueDiff(String fromId, String toId, List<Change> changes) {
    this.fromId = fromId;
    this.toId = toId;
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares two catalogues.
   *
   * @param from the older catalogue
   * @param to the newer catalogue
   * @return the differences, removed first in the older order, then the rest in the newer order
   */
  public static CatalogueDiff between(Catalogue from, Catalogue to) {
    List<Change> out = new ArrayList<>();
    for (IndicatorDefinition a : from.indicators()) {
      if (to.indicator(a.id()).isEmpty()) {
        out.add(new Change(Kind.REMOVED, a.id(), a.label(), ""));
      }
    }
    for (IndicatorDefinition b : to.indicators()) {
      Optional<IndicatorDefinition> old = from.indicator(b.id());
      if (old.isEmpty()) {
        out.add(new Change(Kind.ADDED, b.id(), "", b.label()));
        continue;
      }
      IndicatorDefinition a = old.get();
      if (!a.label().equals(b.label())) {
        out.add(new Change(Kind.RELABELLED, b.id(), a.label(), b.label()));
      }
      if (!a.code().equals(b.code()) || !a.parentId().equals(b.parentId())) {
        out.add(new Change(Kind.MOVED, b.id(), place(a), place(b)));
      }
      String da = definition(from, a);
      String db = definition(to, b);
      if (!da.equals(db)) {
        out.add(new Change(Kind.REDEFINED, b.id(), da, db));
      }
    }
    return new CatalogueDiff(from.id(), to.id(), out);
  }

  private static String place(IndicatorDefinition d) {
    return d.code().map(c -> "code " + c).orElse("no code") + d.parentId().map(p -> " under " + p).orElse(" at the top");
  }

  private static String definition(Catalogue c, IndicatorDefinition d) {
    return d.kind() + d.unit().map(u -> " in " + u.label()).orElse("")
        + c.codeListOf(d).map(l -> " coded " + l.asWritten()).orElse("") + ", " + c.aggregation(d);
  }

  /** {@return the older catalogue's id} */
  public String fromId() {
    return fromId;
  }

  /** {@return the newer catalogue's id} */
  public String toId() {
    return toId;
  }

  /** {@return every change} */
  public List<Change> changes() {
    return changes;
  }

  /**
   * The changes of one kind.
   *
   * @param kind the kind
   * @return those changes, in order
   */
  public List<Change> changes(Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /** {@return true when the two catalogues define the same indicators the same way} */
  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
