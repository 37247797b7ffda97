/**
 * cchc-model: the typed, immutable model of a CCHC report, the indicator catalogue, and the JSON
 * and text readers.
 */
module vn.cchc.model {
  requires static org.immutables.value;
  requires transitive com.fasterxml.jackson.annotation;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jdk8;
  requires static com.fasterxml.jackson.datatype.jsr310;
  requires static tools.jackson.databind;
  requires static tools.jackson.core;
  requires transitive java.money;
  requires org.javamoney.moneta;

  exports vn.cchc.model;
  exports vn.cchc.model.catalogue;
  exports vn.cchc.model.json;
  exports vn.cchc.model.message;
  exports vn.cchc.model.text;
  // the Immutables style of cchc's value types: for the cchc modules that declare value types, not API
  exports vn.cchc.model.style to vn.cchc.rules, vn.cchc.render;

  opens vn.cchc.model to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens vn.cchc.model.catalogue to com.fasterxml.jackson.databind, tools.jackson.databind;
}
