package vn.cchc.render.testing;

import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helper: render to bytes or a string. */
public final class Render {
  private Render() {}

  public static byte[] bytes(String format, RenderInput in, RenderOptions o) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Renderers.find(format).render(in, o, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static String string(String format, RenderInput in, RenderOptions o) {
    return new String(bytes(format, in, o), StandardCharsets.UTF_8);
  }

  public static String string(String format, RenderInput in) {
    return string(format, in, RenderOptions.defaults());
  }
}
