/**
 * Running stochastic networks: {@link org.hnet.runtime.stochastic.Sampler} runs a chain of Gibbs or
 * Metropolis sweeps ({@link org.hnet.runtime.stochastic.UpdateMethod}) with burn-in and thinning
 * and records {@link org.hnet.runtime.stochastic.Trace}s; {@link
 * org.hnet.runtime.stochastic.Annealing} is a linear or geometric simulated-annealing schedule. The
 * updates themselves, and their random-number contract, are those of {@link
 * org.hnet.runtime.StochasticNetwork}.
 */
package org.hnet.runtime.stochastic;
