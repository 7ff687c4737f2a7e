/**
 * Sampling diagnostics for stochastic networks, returned as records and never printed: {@link
 * org.hnet.analysis.AutocorrelationTime} (integrated autocorrelation time and effective sample size
 * by Geyer's initial monotone sequence), {@link org.hnet.analysis.ConvergenceDiagnostics}
 * (rank-normalized split R-hat, bulk and tail ESS, after Vehtari et al. 2021), {@link
 * org.hnet.analysis.TotalVariation} and {@link org.hnet.analysis.GoodnessOfFit} (distance and
 * chi-square test against an exact distribution). A diagnostic that cannot be computed, such as
 * R-hat of constant chains, is an undefined {@link org.hnet.analysis.Estimate} with its reason.
 */
package org.hnet.analysis;
