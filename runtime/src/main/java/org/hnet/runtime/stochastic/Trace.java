package org.hnet.runtime.stochastic;

/**
 * The energy and magnetisation of each recorded state of a chain, in order.
 *
 * @param energies {@code E(s)} of each sample
 * @param magnetisations {@code m(s) = (1/n) sum of sigma_u} of each sample (on = +1, off = -1)
 */
public record Trace(double[] energies, double[] magnetisations) {

  /** Copies the arrays. */
  public Trace {
    if (energies.length != magnetisations.length) {
      throw new IllegalArgumentException(
          energies.length + " energies but " + magnetisations.length + " magnetisations");
    }
    energies = energies.clone();
    magnetisations = magnetisations.clone();
  }

  /** The number of samples. */
  public int length() {
    return energies.length;
  }

  @Override
  public double[] energies() {
    return energies.clone();
  }

  @Override
  public double[] magnetisations() {
    return magnetisations.clone();
  }
}
