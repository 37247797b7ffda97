package vn.cchc.rules.archfixture;

/** Test fixture only: stands for a class of cchc-rules, the layer above cchc-model. */
public final class FakeRule {
  /** Read by the fixture below, so that it depends on this class. */
  public static final String NAME = String.valueOf("fake");

  private FakeRule() {}
}
