package vn.cchc.rules;

import java.util.List;
import java.util.Optional;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogue;

/**
 * catalogue.*: a report checked against a catalogue that does not apply to it — its period ends outside
 * the catalogue's validity, or the catalogue does not serve its issuer's level (a district report after
 * the 2025 two-level reform). A warning, never silence: the rows may not mean what this catalogue says.
 * Internal.
 */
final class CatalogueRule implements Rule {
  @Override
  public String id() {
    return "catalogue";
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    Catalogue c = ctx.catalogue();
    Optional<String> why = c.whyNotFor(ctx.report().period(), ctx.level());
    if (why.isEmpty()) {
      return List.of();
    }
    boolean inTime = c.isValidOn(ctx.report().period().lastDay());
    String id = inTime ? "catalogue.level" : "catalogue.validity";
    ImmutableFinding.Builder b = inTime
        ? Findings.of(id, Severity.WARNING, c.id(), ctx.level().label())
        : Findings.of(id, Severity.WARNING, c.id(), ctx.report().period().lastDay().toString(), c.validFrom().toString(),
            c.validTo().map(Object::toString).orElse("…"));
    return List.of(b.location(SourceLocation.of(1, 1)).build());
  }
}
