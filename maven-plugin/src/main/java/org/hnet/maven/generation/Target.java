package org.hnet.maven.generation;

import java.util.Optional;

/**
 * One selected model and what the service decided about it.
 *
 * @param model the model file
 * @param packageName the package of its classes
 * @param settings the digest of the configuration it is generated with
 * @param previous its record from the last build, if any
 * @param staleReason why it must be generated again, or empty when it is up to date
 */
record Target(
    ModelSource model,
    String packageName,
    String settings,
    Optional<ModelRecord> previous,
    Optional<String> staleReason) {

  /** Whether the model must be generated. */
  boolean isStale() {
    return staleReason.isPresent();
  }
}
