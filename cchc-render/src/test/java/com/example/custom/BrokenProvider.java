package com.example.custom;

import java.util.List;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.Renderer;
import vn.cchc.render.spi.RendererProvider;

/** A provider whose constructor fails: the registry must report it and carry on. */
public final class BrokenProvider implements RendererProvider {
  /** Always throws. */
  public BrokenProvider() {
    throw new IllegalStateException("broken on purpose");
  }

  @Override
  public String providerName() {
    return "broken";
  }

  @Override
  public List<FormatDescriptor> formats() {
    return List.of();
  }

  @Override
  public Renderer create(String format) {
    throw new UnsupportedOperationException();
  }
}
