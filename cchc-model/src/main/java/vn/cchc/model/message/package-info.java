/**
 * Localised messages: a {@link vn.cchc.model.message.Message} is a message key and its typed
 * arguments, resolved for a {@link java.util.Locale} only when it is shown, through a
 * {@link vn.cchc.model.message.MessageBundle} — a {@link java.util.ResourceBundle} base name with the
 * normal fallback chain ({@code fr_CA → fr → root}). cchc bundles Vietnamese ({@code _vi}) and
 * English (the root bundle); a user adds a language by adding a {@code _xx.properties} file of the
 * same base name to the class path ({@code docs/rules.md}, "Localisation").
 */
package vn.cchc.model.message;
