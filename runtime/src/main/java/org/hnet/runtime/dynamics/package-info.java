/**
 * Deterministic dynamics: update orders ({@link org.hnet.runtime.dynamics.Schedule}) and a runner
 * ({@link org.hnet.runtime.dynamics.Relaxation}) that drives any {@link
 * org.hnet.runtime.HopfieldNetwork} to a fixed point, a cycle or a limit and reports what happened
 * ({@link org.hnet.runtime.dynamics.RunResult}).
 */
package org.hnet.runtime.dynamics;
