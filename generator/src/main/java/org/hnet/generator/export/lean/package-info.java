/**
 * The Lean 4 export, following the target document of the formalization: {@link
 * org.hnet.generator.export.lean.LeanExporter} writes the file, one emitter per kind of network
 * writes each network's namespace, and the facts come from the runtime: its reference network for
 * the deterministic dynamics, its exact enumeration ({@code org.hnet.runtime.exact}) for the
 * Boltzmann distribution, the random-scan kernel and the stationarity checks.
 */
package org.hnet.generator.export.lean;
