/** cchc-cli: the {@code cchc} command (read, check, aggregate, render). */
module vn.cchc.cli {
  requires vn.cchc.model;
  requires vn.cchc.rules;
  requires vn.cchc.render;
  requires vn.cchc.read.office;
  requires info.picocli;
  requires tools.jackson.databind;

  opens vn.cchc.cli to info.picocli;
}
