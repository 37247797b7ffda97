/**
 * The service-provider interface for renderers: implement {@link vn.cchc.render.spi.RendererProvider},
 * list it in {@code META-INF/services/vn.cchc.render.spi.RendererProvider} (and {@code provides} in
 * {@code module-info.java}), and {@link vn.cchc.render.Renderers#find(String)} finds it by format name.
 * {@link vn.cchc.render.spi.RenderTexts} offers the labels and value texts the built-in renderers use.
 */
package vn.cchc.render.spi;
