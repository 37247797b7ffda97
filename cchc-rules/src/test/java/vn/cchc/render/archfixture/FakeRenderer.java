package vn.cchc.render.archfixture;

/** Test fixture only: stands for a class of the layer above cchc-rules. */
public final class FakeRenderer {
  /** Read by the fixture below, so that it depends on this class. */
  public static final String NAME = String.valueOf("fake");

  private FakeRenderer() {}
}
