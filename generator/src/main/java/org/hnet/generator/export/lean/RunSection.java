package org.hnet.generator.export.lean;

import java.util.List;
import org.hnet.lang.model.Network;
import org.hnet.runtime.dynamics.Schedule;

/**
 * The facts of one run from a start state: its energy, the work phase over the network's order
 * (update by update while short, then only the updates that change a neuron) and its result, and
 * the number of updates to stabilize under the cyclic index order, within the convergence bound.
 */
final class RunSection {

  /** The most trace steps stated as theorems; the rest are counted in a comment. */
  private static final int STATED_STEPS = 24;

  private final Network network;
  private final LeanKind kind;
  private final LeanWriter out;
  private final HopfieldFacts facts;
  private int count;

  RunSection(Network network, LeanKind kind, LeanWriter out, HopfieldFacts facts) {
    this.network = network;
    this.kind = kind;
    this.out = out;
    this.facts = facts;
  }

  /** The section of the run from {@code start}, named start0, start1, ... in call order. */
  void run(int[] start) {
    String name = "start" + count++;
    HopfieldFacts.Run run = facts.run(start);
    out.line("/-! ### A run from `" + name + "` -/").blank();
    out.line(kind.state(name, start));
    out.line(
        "theorem "
            + name
            + "_onlyUi : "
            + name
            + ".onlyUi := ⟨1, fun u hu => absurd (Set.mem_univ u) hu⟩");
    out.blank();
    new PatternSection(network, kind, out).fact(name, run.start());
    workPhase(name, run);
    stabilize(name, run);
  }

  // workPhase p s h order = order.foldl (fun st u => Up st p u) s, head first
  private void workPhase(String name, HopfieldFacts.Run run) {
    List<HopfieldFacts.Step> steps = run.steps();
    if (steps.isEmpty()) {
      return;
    }
    int sweeps = steps.size() / run.order().length;
    int[] list = workList(steps);
    out.comment(
        "Work phase: "
            + sweeps
            + " sweep"
            + (sweeps > 1 ? "s" : "")
            + " over the order "
            + LeanSyntax.list(run.order())
            + ", the last changing nothing"
            + orderNote()
            + ".");
    trace(name, steps);
    String call = "(NeuralNetwork.State.workPhase p " + name + " " + name + "_onlyUi ";
    int[] result = steps.get(steps.size() - 1).after();
    out.theorem(
        name + "_workPhase",
        call + LeanSyntax.list(list) + ").act = " + LeanSyntax.vector(result),
        LeanSyntax.cascade(""));
    out.line("#eval " + call + LeanSyntax.list(list) + ").act  -- " + LeanSyntax.vector(result));
    out.blank();
  }

  private String orderNote() {
    if (network.sampling().isStochastic()) {
      return " (the model's dynamics are stochastic; this is the deterministic rule)";
    }
    Schedule schedule = network.schedule();
    if (schedule instanceof Schedule.RandomOrder) {
      return " (the model's order is random; the work phase uses index order)";
    }
    if (schedule instanceof Schedule.Synchronous) {
      return " (the model's dynamics are synchronous; the work phase is asynchronous)";
    }
    return "";
  }

  private static int[] workList(List<HopfieldFacts.Step> steps) {
    return steps.stream().mapToInt(HopfieldFacts.Step::neuron).toArray();
  }

  // one theorem per update (prefix of the order list), or per change when the trace is long
  private void trace(String name, List<HopfieldFacts.Step> steps) {
    boolean every = steps.size() <= STATED_STEPS;
    int stated = 0;
    for (int k = 0; k < steps.size(); k++) {
      HopfieldFacts.Step step = steps.get(k);
      if ((every || step.changed()) && stated < STATED_STEPS) {
        step(name, k, steps, step);
        stated++;
      }
    }
    long changes = steps.stream().filter(HopfieldFacts.Step::changed).count();
    if (!every && changes > stated) {
      out.comment((changes - stated) + " later updates that change a neuron are not stated.");
    }
    out.blank();
  }

  private void step(String name, int k, List<HopfieldFacts.Step> steps, HopfieldFacts.Step step) {
    int u = step.neuron();
    boolean on = step.net().compareTo(step.threshold()) >= 0;
    String tie = step.net().equals(step.threshold()) ? " (a tie)" : "";
    out.comment(
        "update "
            + (k + 1)
            + ": neuron "
            + u
            + " ("
            + network.neuronNames().get(u)
            + "): net "
            + LeanSyntax.rational(step.net())
            + (on ? " ≥ θ " : " < θ ")
            + LeanSyntax.rational(step.threshold())
            + tie
            + (step.changed() ? ": becomes " : ": stays ")
            + step.after()[u]
            + "; energy "
            + LeanSyntax.rational(step.energy()));
    int[] prefix = workList(steps.subList(0, k + 1));
    out.theorem(
        name + "_update" + (k + 1),
        "(NeuralNetwork.State.workPhase p "
            + name
            + " "
            + name
            + "_onlyUi "
            + LeanSyntax.list(prefix)
            + ").act = "
            + LeanSyntax.vector(step.after()),
        LeanSyntax.cascade(""));
  }

  // HopfieldNet_conv_time_steps: the first N with seqStates N stable, N ≤ n 2^n
  private void stabilize(String name, HopfieldFacts.Run run) {
    int n = network.size();
    long steps = run.stabilizeSteps();
    String useq = "(useq " + n + ")";
    if (steps < 0) {
      out.comment("Under the cyclic index order the state is not stable within the bound.");
      out.blank();
      return;
    }
    out.comment(
        "Under the cyclic index order useq "
            + n
            + " the state is first stable after "
            + steps
            + " update"
            + (steps == 1 ? "" : "s")
            + (kind.hasConvergenceTheorem()
                ? " (HopfieldNet_conv_time_steps), within the bound "
                : ", within the bound ")
            + n
            + " * 2^"
            + n
            + " = "
            + run.bound()
            + (kind.hasConvergenceTheorem()
                ? "."
                : " (the formalization proves that bound for HopfieldNetwork only; here it is a"
                    + " checked fact)."));
    String reached = "(" + name + ".seqStates p " + useq + " " + steps + ")";
    out.theorem(
        name + "_stable_after",
        reached + ".isStable p",
        "unfold NeuralNetwork.State.isStable",
        LeanSyntax.cascade(""));
    if (steps > 0) {
      out.theorem(
          name + "_unstable_before",
          "∀ k < " + steps + ", ¬ (" + name + ".seqStates p " + useq + " k).isStable p",
          "unfold NeuralNetwork.State.isStable",
          LeanSyntax.cascade(""));
    }
    out.theorem(
        name + "_stabilized",
        reached + ".act = " + LeanSyntax.vector(run.stabilized().values()),
        LeanSyntax.cascade(""));
    out.line(
        "theorem "
            + name
            + "_within_bound : ∃ N, N ≤ "
            + n
            + " * 2 ^ "
            + n
            + " ∧ ("
            + name
            + ".seqStates p "
            + useq
            + " N).isStable p :=");
    out.line("  ⟨" + steps + ", by norm_num, " + name + "_stable_after⟩");
    if (kind.hasConvergenceTheorem()) {
      out.line(
          "#eval HopfieldNet_conv_time_steps p "
              + name
              + " "
              + useq
              + " (useq_cyclic "
              + n
              + ")  -- "
              + steps);
    }
    out.blank();
    new PatternSection(network, kind, out)
        .energy(name + "_stabilized", reached, run.stabilized().energy());
  }
}
