package org.hnet.lang.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Why a file could not be read, in words, for the diagnostics of model and pattern files. */
public final class FileProblems {

  private FileProblems() {}

  /**
   * The reason an exception gives, as a few lower-case words: "permission denied", "it does not
   * exist", the operating system's own reason, or the kind of failure when it gives none. Never
   * just the file's name, which is all some exceptions carry as their message.
   */
  public static String reason(Exception failure) {
    if (failure instanceof AccessDeniedException || failure instanceof SecurityException) {
      return "permission denied";
    }
    if (failure instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (failure instanceof NotDirectoryException) {
      return "a folder on its path is a file";
    }
    if (failure instanceof FileSystemLoopException) {
      return "its symbolic links form a loop";
    }
    if (failure instanceof FileSystemException system) {
      // its message is the file's name; only its reason says what went wrong
      return system.getReason() == null ? kind(failure) : lowerFirst(system.getReason());
    }
    if (failure instanceof IOException && failure.getMessage() != null) {
      return lowerFirst(failure.getMessage());
    }
    return kind(failure);
  }

  private static String kind(Exception failure) {
    return "an input/output error occurred (" + failure.getClass().getSimpleName() + ")";
  }

  private static String lowerFirst(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
