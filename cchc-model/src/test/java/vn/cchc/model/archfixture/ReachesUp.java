package vn.cchc.model.archfixture;

import vn.cchc.rules.archfixture.FakeRule;

/** Test fixture only: a model class that wrongly uses a rule, to prove the layer rule can fail. */
public final class ReachesUp {
  private ReachesUp() {}

  /** @return a rule's name, the kind of upward dependency the architecture forbids */
  public static String rule() {
    return FakeRule.NAME;
  }
}
