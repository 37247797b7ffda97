package vn.cchc.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.cchc.model.catalogue.Catalogue;

/**
 * The arithmetic structure of a catalogue exactly as the standard rules read it: its ratios (an
 * indicator with a NUMERATOR and a DENOMINATOR child), its breakdowns (an indicator with PART
 * children), and its limits (an indicator that is {@code notAbove} another: "present ≤ assigned"). All of
 * it is read from the catalogue's data, never from label wording. Generators that must produce figures the rules accept (such as
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
  public record Ratio(String id, String numeratorId, String denominatorId) {
    /**
     * Checks that no id is null.
     *
     * @param id the ratio's id
     * @param numeratorId its numerator's id
     * @param denominatorId its denominator's id
     * @throws NullPointerException naming the id that is null
     */
    public Ratio {
      java.util.Objects.requireNonNull(id, "id");
      java.util.Objects.requireNonNull(numeratorId, "numeratorId");
      java.util.Objects.requireNonNull(denominatorId, "denominatorId");
    }
  }

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
      java.util.Objects.requireNonNull(wholeId, "wholeId");
      partIds = List.copyOf(partIds);
    }
  }

  /**
   * A limit: an indicator's value may not exceed another's in the same report
   * ({@link vn.cchc.model.catalogue.IndicatorDefinition#notAbove()}).
   *
   * @param id the limited indicator (the "… có mặt" row)
   * @param limitId the indicator it may not exceed (the "… được giao" row)
   */
  public record Limit(String id, String limitId) {
    /**
     * Checks that no id is null.
     *
     * @param id the limited indicator's id
     * @param limitId the id of the indicator that limits it
     * @throws NullPointerException naming the id that is null
     */
    public Limit {
      java.util.Objects.requireNonNull(id, "id");
      java.util.Objects.requireNonNull(limitId, "limitId");
    }
  }

  private final List<Ratio> ratios;
  private final List<Breakdown> breakdowns;
  private final List<Limit> limits;

  private CatalogueStructure(Structure s) {
    this.ratios = s.ratios.stream().map(r -> new Ratio(r.id(), r.numeratorId(), r.denominatorId()))
        .collect(Collectors.toUnmodifiableList());
    this.breakdowns = s.breakdowns.stream().map(b -> new Breakdown(b.wholeId(), b.partIds(), b.percentageParts()))
        .collect(Collectors.toUnmodifiableList());
    this.limits = s.limits.stream().map(l -> new Limit(l.id(), l.limitId())).collect(Collectors.toUnmodifiableList());
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

  /** {@return the limits, in catalogue order} */
  public List<Limit> limits() {
    return limits;
  }
}
