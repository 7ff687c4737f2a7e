package org.hnet.generator.java;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import org.hnet.generator.GeneratedFile;
import org.hnet.generator.plan.NetworkPlan;

/**
 * Puts one generated class together from the member emitters, in a fixed order: constants, static
 * initializer, state, constructor, the methods of HopfieldNetwork and then of StochasticNetwork in
 * the order they declare them, then private helpers.
 */
public final class NetworkClassEmitter {

  private final NetworkPlan plan;
  private final ConstantEmitter constants;
  private final StateEmitter state;
  private final DynamicsEmitter dynamics;
  private final ReadoutEmitter readout;
  private final GibbsEmitter gibbs;
  private final MetropolisEmitter metropolis;
  private final ClampEmitter clamps;
  private final InfoEmitter info;
  private final ResourceEmitter resources;

  private NetworkClassEmitter(NetworkPlan plan) {
    this.plan = plan;
    this.constants = new ConstantEmitter(plan);
    this.state = new StateEmitter(plan);
    this.dynamics = new DynamicsEmitter(plan);
    this.readout = new ReadoutEmitter(plan);
    this.gibbs = new GibbsEmitter(plan);
    this.metropolis = new MetropolisEmitter(plan);
    this.clamps = new ClampEmitter(plan);
    this.info = new InfoEmitter(plan);
    this.resources = new ResourceEmitter(plan);
  }

  /** The emitter of the class {@code plan} describes. */
  public static NetworkClassEmitter of(NetworkPlan plan) {
    return new NetworkClassEmitter(plan);
  }

  /** The Java source of the class, then its resources if it has any. */
  public List<GeneratedFile> files() {
    JavaFile javaFile = javaFile();
    String path = ResourceEmitter.self(plan).reflectionName().replace('.', '/') + ".java";
    List<GeneratedFile> files = new ArrayList<>();
    files.add(GeneratedFile.source(path, javaFile.toString()));
    files.addAll(resources.resources());
    return files;
  }

  /** The Java source file. */
  JavaFile javaFile() {
    HeaderEmitter header = new HeaderEmitter(plan);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(plan.className())
            .addModifiers(PUBLIC, FINAL)
            .addSuperinterface(RuntimeTypes.STOCHASTIC_NETWORK)
            .addJavadoc(header.classJavadoc())
            .addAnnotation(header.generated());
    addConstants(type);
    addState(type);
    addContract(type);
    addStochasticContract(type);
    addHelpers(type);
    return JavaFile.builder(plan.packageName(), type.build())
        .addFileComment("$L", header.fileComment())
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  private void addConstants(TypeSpec.Builder type) {
    type.addField(constants.generatorVersion())
        .addField(constants.size())
        .addField(constants.scale())
        .addField(constants.activation())
        .addField(constants.representation());
    if (plan.network().sampling().samplingTemperature().isPresent()) {
      type.addField(constants.beta());
    }
    type.addField(constants.low()).addField(constants.high());
    addParameters(type);
    if (plan.representation().lookup().isPresent()) {
      type.addField(constants.lookupFirst()).addField(constants.lookupSize());
    }
    if (!plan.network().clamps().isEmpty()) {
      type.addField(constants.clamps());
    }
    type.addField(constants.info()).addStaticBlock(resources.staticInitializer());
  }

  /** The weights and thresholds, or the lattice's shape, coupling and thresholds. */
  private void addParameters(TypeSpec.Builder type) {
    if (plan.isLattice()) {
      type.addField(constants.rows()).addField(constants.columns()).addField(constants.coupling());
    } else {
      type.addField(constants.weights());
    }
    if (plan.representation().uniformThreshold()) {
      type.addField(constants.threshold());
    } else {
      type.addField(constants.thresholds());
    }
  }

  private void addState(TypeSpec.Builder type) {
    type.addField(state.stateField());
    if (plan.isLattice()) {
      type.addField(state.sumField());
    } else if (plan.isExact()) {
      type.addField(state.netField());
    }
    type.addField(state.nextField()).addField(state.clampedField());
    if (plan.representation().lookup().isPresent()) {
      LookupTableEmitter lookup = new LookupTableEmitter(plan);
      type.addField(lookup.gibbsTable())
          .addField(lookup.gibbsBeta())
          .addField(lookup.metropolisTable())
          .addField(lookup.metropolisBeta());
    }
    type.addMethod(state.constructor());
  }

  /** The methods of HopfieldNetwork, in the order the interface declares them. */
  private void addContract(TypeSpec.Builder type) {
    type.addMethod(info.info())
        .addMethod(info.size())
        .addMethod(info.activation())
        .addMethod(info.isExact())
        .addMethod(info.scale())
        .addMethod(state.setState())
        .addMethod(state.copyState())
        .addMethod(state.state())
        .addMethod(state.setNeuron())
        .addMethod(dynamics.update())
        .addMethod(dynamics.sweep())
        .addMethod(dynamics.sweepInOrder())
        .addMethod(dynamics.synchronousStep())
        .addMethod(dynamics.isStable())
        .addMethod(dynamics.relax())
        .addMethod(readout.netInput())
        .addMethod(readout.threshold())
        .addMethod(readout.energy())
        .addMethod(readout.scaledNetInput())
        .addMethod(readout.scaledThreshold())
        .addMethod(readout.scaledEnergy());
  }

  /** The methods StochasticNetwork adds, in the order it declares them. */
  private void addStochasticContract(TypeSpec.Builder type) {
    type.addMethod(gibbs.gibbsUpdate())
        .addMethod(gibbs.gibbsSweep())
        .addMethod(gibbs.gibbsSweepInOrder())
        .addMethod(gibbs.gibbsRandomScan())
        .addMethod(metropolis.metropolisUpdate())
        .addMethod(metropolis.metropolisSweep())
        .addMethod(metropolis.metropolisRandomScan())
        .addMethod(gibbs.probabilityOn())
        .addMethod(clamps.clamp())
        .addMethod(clamps.unclamp())
        .addMethod(clamps.unclampAll())
        .addMethod(clamps.isClamped());
  }

  private void addHelpers(TypeSpec.Builder type) {
    type.addMethod(dynamics.nextValue());
    addNetInputHelpers(type);
    type.addMethod(readout.localField())
        .addMethod(gibbs.gibbs())
        .addMethod(metropolis.metropolis())
        .addMethod(gibbs.requireSteps());
    if (plan.representation().lookup().isPresent()) {
      LookupTableEmitter lookup = new LookupTableEmitter(plan);
      type.addMethod(lookup.gibbsProbability())
          .addMethod(lookup.metropolisAcceptance())
          .addMethod(lookup.localFieldOf())
          .addMethod(lookup.unfilled());
    }
    type.addMethod(state.requireValue())
        .addMethod(state.requireFree())
        .addMethod(info.createInfo())
        .addMethods(info.neuronNames())
        .addMethods(info.groupHelpers())
        .addMethod(info.patterns())
        .addMethods(info.patternLabels());
  }

  /** The members that keep net inputs or neighbour sums in step, and read them out. */
  private void addNetInputHelpers(TypeSpec.Builder type) {
    if (!plan.isExact()) {
      return;
    }
    if (plan.isLattice()) {
      LatticeEmitter lattice = new LatticeEmitter(plan);
      type.addMethod(lattice.change())
          .addMethod(lattice.spread())
          .addMethod(lattice.recomputeNetInputs());
    } else {
      type.addMethod(state.change()).addMethod(state.recomputeNetInputs());
    }
    type.addMethod(readout.scaledLocalField())
        .addMethod(readout.pairSum())
        .addMethod(readout.thresholdSum());
  }
}
