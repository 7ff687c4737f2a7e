/**
 * The contracts between generated networks and the rest of hnet: {@link
 * org.hnet.runtime.HopfieldNetwork} and the parameters, patterns and descriptions it is built from,
 * and {@link org.hnet.runtime.ReferenceNetwork}, the generic implementation that defines what every
 * generated network computes. Conventions follow the Lean formalization; see {@code
 * docs/CONVENTIONS.md}.
 */
package org.hnet.runtime;
