package org.hnet.runtime.exact;

/**
 * Exact thermodynamic quantities of a Boltzmann distribution, with {@code k_B = 1} and natural
 * logarithms (entropy in nats).
 *
 * @param beta the inverse temperature {@code 1 / T}
 * @param logPartition {@code ln Z}, {@code Z = sum over states of exp(-beta E(s))}
 * @param freeEnergy {@code F = -T ln Z = -ln Z / beta} (the formalization's {@code
 *     freeEnergyBeta}); at {@code beta = 0} it is {@code -infinity} when some neuron is free (then
 *     {@code ln Z = f ln 2 > 0}), and the energy of the single state when every neuron is clamped
 * @param meanEnergy {@code U = <E>}
 * @param energyVariance {@code Var(E) = <(E - U)^2>}
 * @param entropy {@code S = beta (U - F) = beta U + ln Z = -sum of P ln P}, in nats
 * @param specificHeat {@code C = beta^2 Var(E)}
 */
public record Thermodynamics(
    double beta,
    double logPartition,
    double freeEnergy,
    double meanEnergy,
    double energyVariance,
    double entropy,
    double specificHeat) {}
