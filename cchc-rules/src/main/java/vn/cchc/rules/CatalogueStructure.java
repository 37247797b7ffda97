package vn.cchc.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.cchc.model.catalogue.Catalogue;

/**
 * The arithmetic structure of a catalogue exactly as the standard rules read it: its ratios (an
 * indicator with a NUMERATOR and a DENOMINATOR child), its breakdowns (an indicator with PART
 * children), and its assigned/present pairs (sibling counts labelled "X … được giao …" and
 * "X … có mặt …" with the same X). Generators that must produce figures the rules accept (such as
 * cchc-testkit's) read it here rather than re-deriving it. Immutable.
 *
 * <pre>{@code
 * CatalogueStructure s = CatalogueStructure.of(Catalogues.bundled());
 * s.ratios().get(0);   // Ratio[id=1.1, numeratorId=1.1/numerator, denominatorId=1.1/denominator]
 * }</pre>
 */
public final class CatalogueStructure {
  /**
   * A ratio and its terms.
   *
   * @param id the ratio's indicator id
   * @param numeratorId the NUMERATOR child's id
   * @param denominatorId the DENOMINATOR child's id
   */
  public record Ratio(String id, String numeratorId, String denominatorId) {}

  /**
   * A whole and its parts.
   *
   * @param wholeId the parent's id
   * @param partIds the PART children's ids, in template order
   * @param percentageParts true when every part is a percentage (the parts are checked against 100, not the whole)
   */
  public record Breakdown(String wholeId, List<String> partIds, boolean percentageParts) {
    /**
     * Copies the part ids.
     *
     * @param wholeId the parent's id
     * @param partIds the parts' ids
     * @param percentageParts whether every part is a percentage
     */
    public Breakdown {
      partIds = List.copyOf(partIds);
    }
  }

  /**
   * An assigned/present pair: "present" may not exceed "assigned".
   *
   * @param assignedId the "… được giao" indicator
   * @param presentId the "… có mặt" indicator
   */
  public record Pair(String assignedId, String presentId) {}

  private final List<Ratio> ratios;
  private final List<Breakdown> breakdowns;
  private final List<Pair> pairs;

  private CatalogueStructure(Structure s) {
    this.ratios = s.ratios.stream().map(r -> new Ratio(r.id(), r.numeratorId(), r.denominatorId()))
        .collect(Collectors.toUnmodifiableList());
    this.breakdowns = s.breakdowns.stream().map(b -> new Breakdown(b.wholeId(), b.partIds(), b.percentageParts()))
        .collect(Collectors.toUnmodifiableList());
    this.pairs = s.pairs.stream().map(p -> new Pair(p.assignedId(), p.presentId())).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Reads a catalogue's structure.
   *
   * @param catalogue the catalogue
   * @return its structure
   */
  public static CatalogueStructure of(Catalogue catalogue) {
    return new CatalogueStructure(Structure.of(Objects.requireNonNull(catalogue, "catalogue")));
  }

  /** {@return the ratios, in catalogue order} */
  public List<Ratio> ratios() {
    return ratios;
  }

  /** {@return the breakdowns, in catalogue order} */
  public List<Breakdown> breakdowns() {
    return breakdowns;
  }

  /** {@return the assigned/present pairs} */
  public List<Pair> pairs() {
    return pairs;
  }
}
