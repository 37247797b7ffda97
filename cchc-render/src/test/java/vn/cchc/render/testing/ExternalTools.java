package vn.cchc.render.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The programs the look-and-print tests run (headless Chromium, fontconfig, poppler), found once here: absent on a
 * developer's machine the test is skipped with the reason and the packages to install; absent under {@code CI=true}
 * it fails, so CI never passes without having looked.
 */
public final class ExternalTools {
  public static final String INSTALL = "install Debian's chromium, fonts-dejavu-core and poppler-utils "
      + "(apt-get install -y chromium fonts-dejavu-core poppler-utils) to run this test";

  private ExternalTools() {}

  /** Skips (or, under CI, fails) with the reason when {@code present} is false. */
  public static void require(boolean present, String what) {
    if (!present) {
      String msg = what + " is not installed; " + INSTALL;
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but " + msg);
      }
      assumeTrue(false, msg);
    }
  }

  /** Whether a program of this name is on the PATH. */
  public static boolean onPath(String tool) {
    return find(tool) != null;
  }

  /** The program on the PATH, or the test skipped (failed under CI) naming it. */
  public static Path tool(String name) {
    Path found = find(name);
    require(found != null, name);
    return found;
  }

  private static Path find(String name) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
        return Path.of(d, name);
      }
    }
    return null;
  }

  /** {@link #run(List, int)} with two minutes. */
  public static String run(List<String> cmd) throws IOException, InterruptedException {
    return run(cmd, 120);
  }

  /** Runs a command, standard error merged into the returned output; fails the test past the timeout. */
  public static String run(List<String> cmd, int timeoutSeconds) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("timed out: " + cmd);
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /**
   * Headless Chromium with a fresh profile and no network chatter (this machine's network is closed: without the
   * background-networking flags it retries refused connections), followed by {@code args}.
   */
  public static List<String> chromium(Path profile, String... args) {
    List<String> cmd = new ArrayList<>(List.of(tool("chromium").toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    return cmd;
  }
}
