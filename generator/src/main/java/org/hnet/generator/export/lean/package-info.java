/**
 * The Lean 4 export, following the target document of the formalization: {@link
 * org.hnet.generator.export.lean.LeanExporter} writes the file, one emitter per kind of network
 * writes each network's namespace, and the facts come from the runtime's reference network.
 */
package org.hnet.generator.export.lean;
