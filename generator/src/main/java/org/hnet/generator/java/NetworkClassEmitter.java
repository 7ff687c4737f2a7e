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
 * initializer, state, constructor, the methods of HopfieldNetwork in the order it declares them,
 * then private helpers.
 */
public final class NetworkClassEmitter {

  private final NetworkPlan plan;
  private final ConstantEmitter constants;
  private final StateEmitter state;
  private final DynamicsEmitter dynamics;
  private final ReadoutEmitter readout;
  private final InfoEmitter info;
  private final ResourceEmitter resources;

  private NetworkClassEmitter(NetworkPlan plan) {
    this.plan = plan;
    this.constants = new ConstantEmitter(plan);
    this.state = new StateEmitter(plan);
    this.dynamics = new DynamicsEmitter(plan);
    this.readout = new ReadoutEmitter(plan);
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
            .addSuperinterface(RuntimeTypes.HOPFIELD_NETWORK)
            .addJavadoc(header.classJavadoc())
            .addAnnotation(header.generated());
    addConstants(type);
    addState(type);
    addContract(type);
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
        .addField(constants.representation())
        .addField(constants.low())
        .addField(constants.high())
        .addField(constants.weights())
        .addField(constants.thresholds())
        .addField(constants.info())
        .addStaticBlock(resources.staticInitializer());
  }

  private void addState(TypeSpec.Builder type) {
    type.addField(state.stateField());
    if (plan.isExact()) {
      type.addField(state.netField());
    }
    type.addField(state.nextField()).addMethod(state.constructor());
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

  private void addHelpers(TypeSpec.Builder type) {
    type.addMethod(dynamics.nextValue());
    if (plan.isExact()) {
      type.addMethod(state.change())
          .addMethod(state.recomputeNetInputs())
          .addMethod(readout.pairSum())
          .addMethod(readout.thresholdSum());
    }
    type.addMethod(state.requireValue())
        .addMethod(info.createInfo())
        .addMethods(info.neuronNames())
        .addMethods(info.groupHelpers())
        .addMethod(info.patterns())
        .addMethods(info.patternLabels());
  }
}
