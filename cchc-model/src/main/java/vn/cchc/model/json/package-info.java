/**
 * JSON for reports and catalogues, with Jackson 2.x (2.21+) or Jackson 3.x: {@link vn.cchc.model.json.CchcJson}.
 * The format is described by {@code docs/report.schema.json}.
 */
package vn.cchc.model.json;
