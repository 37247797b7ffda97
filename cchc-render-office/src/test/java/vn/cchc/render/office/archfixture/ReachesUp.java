package vn.cchc.render.office.archfixture;

import vn.cchc.cli.archfixture.FakeCommand;

/** Test fixture only: an office-renderer class that wrongly uses the command line, to prove the layer rule can fail. */
public final class ReachesUp {
  private ReachesUp() {}

  /** @return a command's name, the kind of upward dependency the architecture forbids */
  public static String command() {
    return FakeCommand.NAME;
  }
}
