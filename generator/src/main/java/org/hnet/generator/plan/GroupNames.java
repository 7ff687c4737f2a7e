package org.hnet.generator.plan;

import java.util.ArrayList;
import java.util.List;
import org.hnet.lang.model.NeuronGroup;

/**
 * Neuron names rebuilt from the declarations that made the neurons: {@code a} for a single neuron,
 * {@code x[3]} for a member of a range, {@code pixel[2, 5]} for a cell of a grid. Large generated
 * classes build their names this way at run time instead of holding thousands of string literals.
 */
public final class GroupNames {

  private GroupNames() {}

  /** The names of the neurons of {@code groups}, in index order. */
  public static List<String> of(List<NeuronGroup> groups) {
    List<String> names = new ArrayList<>();
    for (NeuronGroup group : groups) {
      addGroup(names, group);
    }
    return names;
  }

  private static void addGroup(List<String> names, NeuronGroup group) {
    switch (group.shape()) {
      case SINGLE -> names.add(group.name());
      case RANGE -> {
        for (int k = 0; k < group.columns(); k++) {
          names.add(group.name() + "[" + (group.firstLabel() + k) + "]");
        }
      }
      case GRID -> {
        for (int r = 0; r < group.rows(); r++) {
          for (int c = 0; c < group.columns(); c++) {
            names.add(group.name() + "[" + r + ", " + c + "]");
          }
        }
      }
    }
  }

  /**
   * Whether the groups, in order, make exactly the given names: then a generated class may rebuild
   * them.
   */
  public static boolean rebuild(List<NeuronGroup> groups, List<String> names) {
    int next = 0;
    for (NeuronGroup group : groups) {
      if (group.firstIndex() != next) {
        return false;
      }
      next += group.size();
    }
    return of(groups).equals(names);
  }
}
