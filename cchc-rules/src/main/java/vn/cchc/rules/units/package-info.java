/**
 * Administrative units: the registry of provinces, districts and communes with their codes, loaded
 * from the national list of administrative unit codes (CSV or JSON), and the placing of a report's
 * issuer in it. Entry point: {@link vn.cchc.rules.units.UnitRegistry}.
 */
package vn.cchc.rules.units;
