package org.hnet.runtime.exact;

/**
 * What {@link SystematicScanKernel#certificate} found: that one sweep is a stochastic matrix and
 * keeps the Boltzmann distribution.
 *
 * @param kernel the kernel's name
 * @param states the number of states
 * @param rowSumError the largest {@code |sum over t of P(s, t) - 1|}
 * @param stationarityError the largest {@code |(pi P)(t) - pi(t)|}
 * @param tolerance the bound both errors were held to
 * @param passes whether both are within the tolerance
 */
public record SweepCertificate(
    String kernel,
    int states,
    double rowSumError,
    double stationarityError,
    double tolerance,
    boolean passes) {}
