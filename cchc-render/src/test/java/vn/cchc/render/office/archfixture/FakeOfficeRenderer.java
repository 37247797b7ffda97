package vn.cchc.render.office.archfixture;

/** Test fixture only: stands for a class of cchc-render-office, the layer above cchc-render. */
public final class FakeOfficeRenderer {
  /** Read by the fixture below, so that it depends on this class. */
  public static final String NAME = String.valueOf("fake");

  private FakeOfficeRenderer() {}
}
