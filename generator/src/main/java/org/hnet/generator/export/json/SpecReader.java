package org.hnet.generator.export.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;

/**
 * Reads a JSON spec ({@code docs/SPEC.md}) back into a model. Every value is checked: the
 * structure, the format and version, the sizes, the exact numbers, and what a checked model
 * promises (names the language can write, symmetric weights with a zero diagonal, non-zero weights
 * only on connections, patterns in the network's activation, a lattice's weights those its
 * description makes, temperatures, stochastic dynamics, annealing and clamps as the language allows
 * them). The first problem found is thrown as a {@link SpecException} naming its line, column and
 * JSON Pointer. Specs of format versions 1 and 2 are read.
 *
 * <p>Limitations: weights learned by a rule are taken as written in the spec; whether they are what
 * the rule learns from the patterns is only checked by loading the model's printed text again (as
 * {@code hnet import} does).
 */
public final class SpecReader {

  private static final Set<String> MEMBERS =
      Set.of("format", "formatVersion", "provenance", "networks");

  private final String label;

  private SpecReader(String label) {
    this.label = label;
  }

  /** A reader whose models' source positions name {@code label}, for example the spec's path. */
  public static SpecReader of(String label) {
    return new SpecReader(label);
  }

  /** The model {@code text} describes; its file is the provenance's source when given. */
  public Model read(String text) throws SpecException {
    SpecNode root = SpecNode.parse(text);
    root.allowOnly(MEMBERS);
    int version = format(root);
    String source = source(root);
    List<Network> networks = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<SpecNode> elements = root.field("networks").elements();
    if (elements.isEmpty()) {
      throw root.field("networks").error("a spec holds at least one network");
    }
    for (SpecNode element : elements) {
      Network network = NetworkSpecReader.of(label, version).read(element);
      if (!names.add(network.name())) {
        throw element.field("name").error("two networks are named " + network.name());
      }
      networks.add(network);
    }
    return new Model(source, networks);
  }

  /** Checks the format and returns its version. */
  private static int format(SpecNode root) throws SpecException {
    SpecNode format = root.field("format");
    if (!format.string().equals(SpecFormat.NAME)) {
      throw format.error(
          "this is not an hnet spec: format is \""
              + format.string()
              + "\", not "
              + SpecFormat.NAME);
    }
    SpecNode version = root.field("formatVersion");
    int number = version.integer();
    if (number < SpecFormat.OLDEST_READ || number > SpecFormat.VERSION) {
      throw version.error(
          "format version "
              + number
              + " is not supported; this hnet reads versions "
              + SpecFormat.OLDEST_READ
              + " to "
              + SpecFormat.VERSION);
    }
    return number;
  }

  private String source(SpecNode root) throws SpecException {
    var provenance = root.optionalField("provenance");
    if (provenance.isEmpty()) {
      return label;
    }
    provenance.get().allowOnly(Set.of("source", "generator", "generatorVersion"));
    var source = provenance.get().optionalField("source");
    return source.isEmpty() ? label : source.get().string();
  }
}
