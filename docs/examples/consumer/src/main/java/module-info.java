/**
 * The example consumer as a JPMS module: what an application on the module path writes to use cchc.
 * {@code vn.cchc.render} brings {@code vn.cchc.rules} and {@code vn.cchc.model} (requires transitive);
 * the Jackson line must be required by the application, because {@code vn.cchc.model} only
 * {@code requires static} it. The renderer is offered here for the module path and in
 * {@code META-INF/services} for the class path.
 */
module com.example.consumer {
  requires vn.cchc.render;
  requires tools.jackson.databind;

  exports com.example.consumer;

  provides vn.cchc.render.spi.RendererProvider with com.example.consumer.SummaryRendererProvider;
}
