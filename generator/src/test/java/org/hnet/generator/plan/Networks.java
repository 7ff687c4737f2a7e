package org.hnet.generator.plan;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.Connectivity;
import org.hnet.lang.model.EnergyKind;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.Neuron;
import org.hnet.lang.model.Roles;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.SparseParameters;
import org.hnet.runtime.dynamics.Schedule;

/** Minimal networks for the plan tests: one range group x[0..n-1]. */
final class Networks {

  private static final SourceSpan SPAN = SourceSpan.startOf("plan.hnet");

  private Networks() {}

  static Network of(NetworkParameters parameters) {
    return of(parameters, PatternSet.empty(parameters.activation(), parameters.size()));
  }

  /** A network on {@code lattice} with coupling 1 and the given parameters. */
  static Network onLattice(Lattice lattice, SparseParameters parameters) {
    List<Neuron> neurons = new ArrayList<>();
    for (int u = 0; u < parameters.size(); u++) {
      neurons.add(new Neuron(u, "x[" + u + "]", SPAN));
    }
    return new Network(
        "net",
        SPAN,
        neurons,
        List.of(),
        0,
        0,
        Roles.allVisible(parameters.size()),
        parameters.activation(),
        Connectivity.lattice(lattice),
        new WeightSource.Coupling(BigFraction.ONE),
        parameters,
        PatternSet.empty(parameters.activation(), parameters.size()),
        EnergyKind.HOPFIELD,
        new Schedule.IndexOrder());
  }

  static Network of(NetworkParameters parameters, PatternSet patterns) {
    List<Neuron> neurons = new ArrayList<>();
    for (int u = 0; u < parameters.size(); u++) {
      neurons.add(new Neuron(u, "x[" + u + "]", SPAN));
    }
    return new Network(
        "net",
        SPAN,
        neurons,
        List.of(),
        0,
        0,
        Roles.allVisible(parameters.size()),
        parameters.activation(),
        Connectivity.completeGraph(),
        new WeightSource.Matrix(),
        parameters,
        patterns,
        EnergyKind.HOPFIELD,
        new Schedule.IndexOrder());
  }
}
