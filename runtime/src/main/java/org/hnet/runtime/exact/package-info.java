/**
 * Exact analysis of small networks by enumerating every state: {@link
 * org.hnet.runtime.exact.Enumeration} (exact energies, ground states, local minima), {@link
 * org.hnet.runtime.exact.Boltzmann} (the Boltzmann distribution and its {@link
 * org.hnet.runtime.exact.Thermodynamics}, marginals and correlations), the transition matrices of
 * the random-scan and systematic-scan kernels, and the {@link
 * org.hnet.runtime.exact.StationarityCertificate} that checks a kernel against the distribution.
 */
package org.hnet.runtime.exact;
