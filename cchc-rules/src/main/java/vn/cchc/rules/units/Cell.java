package vn.cchc.rules.units;

import java.util.Optional;
import vn.cchc.model.SourceLocation;

/** One cell of a unit list as read, with where it starts (1-based line and column). */
record Cell(String text, int line, int column) {
  Optional<SourceLocation> at() {
    return Optional.of(SourceLocation.of(line, column));
  }
}
