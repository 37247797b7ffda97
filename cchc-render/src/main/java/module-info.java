/**
 * cchc-render: the renderer SPI ({@link vn.cchc.render.spi.RendererProvider}), the registry that finds
 * renderers by format name ({@link vn.cchc.render.Renderers}, {@link vn.cchc.render.RendererRegistry}),
 * and the light built-in renderers: {@code text}, {@code markdown}, {@code html}, {@code csv} and
 * {@code json}.
 */
module vn.cchc.render {
  requires transitive vn.cchc.rules;
  requires static org.immutables.value;
  requires unbescape;

  exports vn.cchc.render;
  exports vn.cchc.render.spi;

  uses vn.cchc.render.spi.RendererProvider;
  uses vn.cchc.render.spi.AggregateRendererProvider;

  provides vn.cchc.render.spi.RendererProvider with vn.cchc.render.internal.BuiltinRendererProvider;
  provides vn.cchc.render.spi.AggregateRendererProvider with vn.cchc.render.internal.BuiltinAggregateRendererProvider;
}
