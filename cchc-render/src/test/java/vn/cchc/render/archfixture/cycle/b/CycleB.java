package vn.cchc.render.archfixture.cycle.b;

import vn.cchc.render.archfixture.cycle.a.CycleA;

/** Test fixture only: the other half of a package cycle. */
public final class CycleB {
  private CycleB() {}

  /** @return the other half */
  public static CycleA other() {
    return CycleA.make();
  }

  /** @return nothing useful; only the dependency matters */
  public static CycleB make() {
    return new CycleB();
  }
}
