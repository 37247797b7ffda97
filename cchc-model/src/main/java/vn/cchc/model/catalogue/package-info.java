/**
 * The indicator catalogue: indicator definitions as data (code, official label, unit, kind, levels,
 * parent and child roles), loaded from JSON. {@link vn.cchc.model.catalogue.Catalogues#bundled()}
 * is the 2024 template, {@code cchc-2024}.
 */
@CchcStyle
package vn.cchc.model.catalogue;

import vn.cchc.model.style.CchcStyle;
