package vn.cchc.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Writes an output file atomically: the content goes to a temporary file in the target's own folder
 * (same file system, so the move is a rename), which is moved over the target only when everything was
 * written; {@link java.nio.file.StandardCopyOption#ATOMIC_MOVE} where the file system has it, else
 * {@link java.nio.file.StandardCopyOption#REPLACE_EXISTING}. A failure — the renderer throws, the device
 * is full — deletes the temporary file and leaves the target as it was (or absent). The temporary file is
 * hidden ("." + name + random + ".tmp") and, when the target exists, gets its POSIX permissions. A target
 * that exists and is not a regular file (a device such as /dev/stdout, a pipe) is written directly.
 */
final class AtomicOutput {
  /** Writes the content to a stream; may throw what the renderer throws. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Opens the temporary file's stream; a seam for tests (a full device). */
  @FunctionalInterface
  interface Opener {
    OutputStream open(Path temp) throws IOException;
  }

  static final Opener FILES = temp -> Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  private AtomicOutput() {}

  /**
   * Writes {@code target} atomically.
   *
   * @throws OutputException when the target cannot be written (missing folder, a folder, no permission,
   *     a full device); its message names the file and says that an existing file was left as it was
   * @throws RuntimeException what {@code content} throws, after the temporary file was deleted
   */
  static void write(Path target, Content content, Opener opener) {
    Path absolute = target.toAbsolutePath().normalize();
    Path dir = absolute.getParent();
    boolean existed = Files.exists(absolute);
    if (Files.isDirectory(absolute)) {
      throw new OutputException(cannotWrite(target, "output.is-directory", false), null);
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new OutputException(cannotWrite(target, "output.no-such-directory", false), null);
    }
    if (existed && !Files.isRegularFile(absolute)) {
      // a device or a pipe (/dev/stdout, a FIFO): nothing to replace atomically, write to it as it is
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(absolute))) {
        content.writeTo(out);
      } catch (IOException e) {
        throw new OutputException(cannotWrite(target, e, false), e);
      }
      return;
    }
    Path temp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
        + ".tmp");
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(opener.open(temp))) {
        content.writeTo(out);
      }
      if (existed) {
        copyPermissions(absolute, temp);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } catch (IOException e) {
      throw new OutputException(cannotWrite(target, e, existed), e);
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // nothing more to do: the target is untouched either way
        }
      }
    }
  }

  /** {@return "OUT: cannot write: REASON", with " (OUT was left as it was)" when {@code kept}} */
  private static Function<Locale, String> cannotWrite(Path target, IOException e, boolean kept) {
    if (e instanceof NoSuchFileException) {
      return cannotWrite(target, "output.no-such-directory", kept);
    }
    if (e instanceof AccessDeniedException) {
      return cannotWrite(target, "output.permission-denied", kept);
    }
    String m = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    // the system's own reason ("No space left on device"), as it gives it
    String reason = m == null ? e.getClass().getSimpleName() : m;
    return locale -> target + ": " + Texts.text(locale, "output.cannot-write", reason) + kept(target, kept, locale);
  }

  /** {@return "OUT: cannot write: " and the reason of a key} */
  private static Function<Locale, String> cannotWrite(Path target, String reasonKey, boolean kept) {
    return locale -> target + ": " + Texts.text(locale, "output.cannot-write", Texts.text(locale, reasonKey))
        + kept(target, kept, locale);
  }

  private static String kept(Path target, boolean kept, Locale locale) {
    return kept ? " " + Texts.text(locale, "output.kept", target.toString()) : "";
  }

  private static void copyPermissions(Path from, Path to) {
    try {
      PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
      if (view != null) {
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        Files.setPosixFilePermissions(to, permissions);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // best effort: the content matters, the permissions are the default ones
    }
  }
}
