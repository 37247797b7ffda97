package vn.cchc.read.office.archfixture;

import vn.cchc.render.Renderers;

/** Test fixture only: a reader class that wrongly uses the renderers, to prove the layer rule can fail. */
public final class ReachesUp {
  private ReachesUp() {}

  /** @return the renderers' formats, the kind of upward dependency the architecture forbids */
  public static Object formats() {
    return Renderers.class;
  }
}
