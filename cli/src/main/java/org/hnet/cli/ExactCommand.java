package org.hnet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hnet.generator.export.Exports;
import org.hnet.generator.export.json.SpecFormat;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;
import org.hnet.runtime.exact.Enumeration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hnet exact MODEL}: enumerates every state of each network and prints its exact
 * thermodynamics and the stationarity certificates of its Markov kernels.
 */
@Command(
    name = "exact",
    mixinStandardHelpOptions = true,
    description = {
      "Enumerate every state of a model's networks and print the exact Boltzmann"
          + " thermodynamics (ln Z, free energy, mean energy, entropy, specific heat, marginals,"
          + " correlations, magnetisation, ground states) and stationarity certificates of the"
          + " random-scan and systematic-scan Gibbs kernels (and Metropolis for Metropolis"
          + " dynamics).",
      "Exit code 1 when a certificate fails; 2 when a network is too large to enumerate."
    })
final class ExactCommand implements Callable<Integer> {

  @Mixin private ModelOptions model;

  @Mixin private TemperatureOptions temperature;

  @Option(
      names = "--network",
      paramLabel = "NAME",
      description = "Enumerate only this network (default: every network of the file).")
  private String networkName;

  @Option(
      names = "--max-free-neurons",
      paramLabel = "N",
      description =
          "Refuse networks with more than N free (unclamped) neurons, 2^N states (default:"
              + " ${DEFAULT-VALUE}, at most 24).")
  private int maxFree = EnumerationLimit.DEFAULT_MAX_FREE;

  @Option(
      names = "--matrix",
      description =
          "Also print each state's probability and the random-scan Gibbs transition matrix, row ="
              + " from, column = to (at most 256 states).")
  private boolean matrix;

  @Option(
      names = "--no-certificates",
      description =
          "Skip the stationarity certificates, whose spectral gap takes seconds for 2^16 states;"
              + " print only the thermodynamics.")
  private boolean noCertificates;

  @Option(names = "--json", description = "Print a JSON document instead of tables.")
  private boolean json;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    EnumerationLimit limit = new EnumerationLimit(maxFree, EnumerationLimit.EXACT_BYTES_PER_STATE);
    Model checked = model.load(spec.commandLine().getErr());
    List<Network> networks =
        NetworkSelection.select(checked.networks(), Network::name, networkName, model.label());
    List<ExactReport> reports = new ArrayList<>();
    for (Network network : networks) {
      TemperatureOptions.Chosen chosen = temperature.choose(network);
      Enumeration states = limit.enumerate(network);
      checkMatrix(network, states);
      reports.add(ExactReport.of(network, chosen, states, !noCertificates, matrix));
    }
    print(reports, checked);
    return reports.stream().allMatch(ExactReport::passes) ? 0 : Main.EXIT_FAILED;
  }

  private void checkMatrix(Network network, Enumeration states) {
    if (matrix && states.stateCount() > ExactReport.MATRIX_LIMIT) {
      throw CommandFailure.invalid(
          "--matrix: network "
              + network.name()
              + " has "
              + states.stateCount()
              + " states, more than the "
              + ExactReport.MATRIX_LIMIT
              + " a printed matrix may have");
    }
  }

  private void print(List<ExactReport> reports, Model checked) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      RunDocument.SpecReference reference =
          new RunDocument.SpecReference(
              SpecFormat.NAME, SpecFormat.VERSION, Exports.specSha256(checked), model.label());
      out.println(toJson(ExactDocument.of(reports, model.label(), reference)));
      return;
    }
    ExactText text = new ExactText(out);
    text.heading(model.label());
    reports.forEach(text::network);
  }

  static String toJson(Object document) {
    try {
      return new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the results as JSON", e);
    }
  }
}
