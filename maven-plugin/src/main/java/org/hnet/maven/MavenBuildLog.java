package org.hnet.maven;

import org.apache.maven.plugin.logging.Log;
import org.hnet.maven.generation.BuildLog;

/** The generation service's log, written to Maven's. */
record MavenBuildLog(Log log) implements BuildLog {

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warn(String message) {
    log.warn(message);
  }

  @Override
  public void debug(String message) {
    log.debug(message);
  }
}
