package vn.cchc.rules.archfixture;

import vn.cchc.render.archfixture.FakeRenderer;

/** Test fixture only: a "rules" class that wrongly uses a renderer, to prove the layer rule can fail. */
public final class ReachesUp {
  private ReachesUp() {}

  /** @return a renderer's name, the kind of upward dependency the architecture forbids */
  public static String render() {
    return FakeRenderer.NAME;
  }
}
