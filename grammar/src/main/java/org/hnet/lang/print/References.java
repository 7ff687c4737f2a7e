package org.hnet.lang.print;

import java.util.ArrayList;
import java.util.List;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.NeuronGroup;

/**
 * Neuron references for a list of neuron indices, as short as the language allows: a whole group by
 * its name, a run of an indexed group as {@code x[2..5]}, anything else neuron by neuron. The
 * references stand for exactly the given indices, in the given order.
 */
final class References {

  private final Network network;
  private final NeuronGroup[] groupOf;

  private References(Network network) {
    this.network = network;
    this.groupOf = new NeuronGroup[network.size()];
    for (NeuronGroup group : network.groups()) {
      for (int k = 0; k < group.size(); k++) {
        groupOf[group.firstIndex() + k] = group;
      }
    }
  }

  /** References into {@code network}. */
  static References of(Network network) {
    return new References(network);
  }

  /** The references for {@code indices}, in order. */
  List<String> of(int[] indices) {
    List<String> references = new ArrayList<>();
    int start = 0;
    while (start < indices.length) {
      int end = runEnd(indices, start);
      references.addAll(run(indices[start], indices[end - 1]));
      start = end;
    }
    return references;
  }

  /** The end (exclusive) of the run of consecutive indices in one group that starts at start. */
  private int runEnd(int[] indices, int start) {
    NeuronGroup group = groupOf[indices[start]];
    int end = start + 1;
    while (end < indices.length
        && indices[end] == indices[end - 1] + 1
        && groupOf[indices[end]] == group) {
      end++;
    }
    return end;
  }

  /** References for the neurons first..last (inclusive) of one group. */
  private List<String> run(int first, int last) {
    NeuronGroup group = groupOf[first];
    boolean whole = first == group.firstIndex() && last - first + 1 == group.size();
    if (whole) {
      return List.of(group.name());
    }
    if (group.shape() == NeuronGroup.Shape.RANGE && last > first) {
      int offset = group.firstLabel() - group.firstIndex();
      return List.of(group.name() + "[" + (first + offset) + ".." + (last + offset) + "]");
    }
    List<String> names = new ArrayList<>();
    for (int u = first; u <= last; u++) {
      names.add(network.neurons().get(u).name());
    }
    return names;
  }
}
