package vn.cchc.render.archfixture;

import vn.cchc.render.office.archfixture.FakeOfficeRenderer;

/** Test fixture only: a light-renderer class that wrongly uses an office renderer, to prove the layer rule can fail. */
public final class ReachesUp {
  private ReachesUp() {}

  /** @return a renderer's name, the kind of upward dependency the architecture forbids */
  public static String render() {
    return FakeOfficeRenderer.NAME;
  }
}
