/**
 * JSON for reports and catalogues, with Jackson 2.x (2.21+) or Jackson 3.x: {@link vn.cchc.model.json.CchcJson}.
 * The format is described in {@code docs/json-format.md} and by the JSON Schemas {@code docs/report.schema.json}
 * and {@code docs/catalogue.schema.json}.
 */
package vn.cchc.model.json;
