package org.hnet.maven.generation;

/**
 * Where the generation service reports what it does: decisions at info level ("2 models up to
 * date", "generating digits.hnet"), the mechanics at debug level, warnings in models at warn level.
 * The Maven plugin passes Maven's log; tests collect the messages.
 */
public interface BuildLog {

  /** A decision the user may want to see. */
  void info(String message);

  /** A warning, such as a warning diagnostic of a model. */
  void warn(String message);

  /** A detail of the mechanics: files read and written, digests compared. */
  void debug(String message);
}
