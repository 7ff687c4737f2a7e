package org.hnet.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Failed file operations in words, naming files the way the user wrote them: "is a file, not a
 * directory" rather than an exception's bare path.
 */
final class FileProblems {
  private FileProblems() {}

  /**
   * What went wrong with {@code failure} while working on {@code given}, the path the user gave:
   * "is a file, not a directory", "out/a is a file, not a directory", "cannot write out/A.java: No
   * space left on device".
   */
  static String describe(IOException failure, Path given) {
    if (!(failure instanceof FileSystemException problem) || problem.getFile() == null) {
      return reason(failure);
    }
    String subject = subject(Path.of(problem.getFile()), given);
    String prefix = subject.isEmpty() ? "" : subject + " ";
    if (problem instanceof NotDirectoryException) {
      return prefix + "is a file, not a directory";
    }
    if (problem instanceof AccessDeniedException) {
      return prefix + "cannot be written: permission denied";
    }
    if (problem instanceof NoSuchFileException) {
      return prefix + "does not exist";
    }
    if (problem instanceof FileAlreadyExistsException) {
      return prefix + "already exists and is in the way";
    }
    return subject.isEmpty() ? reason(problem) : "cannot write " + subject + ": " + reason(problem);
  }

  /** Why an operation failed, in words and without naming the file: "permission denied". */
  static String reason(IOException failure) {
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof NoSuchFileException) {
      return "it does not exist";
    }
    String reason =
        failure instanceof FileSystemException problem && problem.getReason() != null
            ? problem.getReason()
            : failure.getMessage();
    if (reason == null) {
      return failure.getClass().getSimpleName();
    }
    return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
  }

  /**
   * {@code file} as the user would name it: empty when it is {@code given} itself, else relative to
   * the working folder when {@code given} was relative.
   */
  private static String subject(Path file, Path given) {
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.equals(given.toAbsolutePath().normalize())) {
      return "";
    }
    if (given.isAbsolute()) {
      return file.toString();
    }
    Path here = Path.of("").toAbsolutePath();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : file.toString();
  }
}
