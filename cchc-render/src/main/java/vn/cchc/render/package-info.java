/**
 * Rendering CCHC reports into documents: find a {@link vn.cchc.render.Renderer} by format name and
 * stream a report (or a batch of reports) to an {@link java.io.OutputStream} or {@link java.io.Writer}.
 *
 * <pre>{@code
 * Renderer html = Renderers.find("html");
 * try (OutputStream out = Files.newOutputStream(Path.of("bc-45.html"))) {
 *   html.render(RenderInput.of(report, catalogue), RenderOptions.defaults(), out);
 * }
 * }</pre>
 */
@CchcStyle
package vn.cchc.render;

import vn.cchc.model.style.CchcStyle;
