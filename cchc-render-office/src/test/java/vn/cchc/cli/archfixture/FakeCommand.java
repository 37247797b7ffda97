package vn.cchc.cli.archfixture;

/** Test fixture only: stands for a class of cchc-cli, the layer above cchc-render-office. */
public final class FakeCommand {
  /** Read by the fixture below, so that it depends on this class. */
  public static final String NAME = String.valueOf("fake");

  private FakeCommand() {}
}
