package org.hnet.lang.check;

import java.math.BigInteger;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.ast.NumberLiteral;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.model.AnnealingSchedule;
import org.hnet.lang.model.Sampling;
import org.hnet.lang.model.StochasticDynamics;
import org.hnet.lang.model.Temperature;
import org.hnet.runtime.stochastic.Annealing;

/**
 * Checks what makes a network a Boltzmann machine: its {@code temperature} or {@code beta}, its
 * stochastic dynamics and its {@code anneal} schedule. Temperatures are never negative; stochastic
 * dynamics need a temperature (or a schedule to take it from); a schedule needs stochastic dynamics
 * to drive; a given order is for Gibbs sweeps, and visits every neuron.
 */
final class SamplingCheck {
  private final CheckContext context;

  private SamplingCheck(CheckContext context) {
    this.context = context;
  }

  /** The sampling declarations, or empty after reporting why they are invalid. */
  static Optional<Sampling> sampling(
      CheckContext context,
      Optional<Statement.Temperature> temperature,
      Optional<Statement.StochasticDynamics> dynamics,
      Optional<Statement.Anneal> anneal) {
    SamplingCheck check = new SamplingCheck(context);
    int errors = context.diagnostics().errorCount();
    Optional<Temperature> t = temperature.flatMap(check::temperature);
    Optional<StochasticDynamics> d = dynamics.flatMap(check::dynamics);
    Optional<AnnealingSchedule> a = anneal.flatMap(check::anneal);
    check.together(temperature, dynamics, anneal);
    if (context.diagnostics().errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(new Sampling(t, d, a));
  }

  private Optional<Temperature> temperature(Statement.Temperature statement) {
    Optional<BigFraction> value = nonNegative(statement.value(), statement.keyword());
    return value.map(
        v ->
            statement.given() == Statement.Temperature.Given.BETA
                ? Temperature.ofBeta(v)
                : Temperature.ofTemperature(v));
  }

  /** The value of a temperature or beta, or empty after reporting that it is negative. */
  private Optional<BigFraction> nonNegative(NumberLiteral number, String what) {
    Optional<BigFraction> value = context.numbers().value(number);
    if (value.isPresent() && value.get().signum() < 0) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.NEGATIVE_TEMPERATURE,
              number.span(),
              what + " " + number.text() + " is negative",
              "temperatures and beta are at least 0: temperature 0 is the deterministic rule,"
                  + " beta 0 infinite temperature");
      return Optional.empty();
    }
    return value;
  }

  private Optional<StochasticDynamics> dynamics(Statement.StochasticDynamics statement) {
    boolean gibbs = statement.rule() == Statement.StochasticDynamics.Rule.GIBBS;
    return switch (statement.scan()) {
      case RANDOM ->
          Optional.of(
              gibbs
                  ? StochasticDynamics.gibbsRandomScan()
                  : StochasticDynamics.metropolisRandomScan());
      case SWEEP ->
          Optional.of(
              gibbs ? StochasticDynamics.gibbsSweep() : StochasticDynamics.metropolisSweep());
      case ORDER -> gibbs ? gibbsOrder(statement) : metropolisOrder(statement);
    };
  }

  private Optional<StochasticDynamics> gibbsOrder(Statement.StochasticDynamics statement) {
    return DynamicsCheck.fairOrder(context, statement.order(), statement.span())
        .map(StochasticDynamics::gibbsOrder);
  }

  private Optional<StochasticDynamics> metropolisOrder(Statement.StochasticDynamics statement) {
    context
        .diagnostics()
        .report(
            DiagnosticCode.METROPOLIS_ORDER,
            statement.span(),
            "Metropolis dynamics take no given order",
            "write dynamics metropolis sweep; for index order, or dynamics gibbs order [...];");
    return Optional.empty();
  }

  private Optional<AnnealingSchedule> anneal(Statement.Anneal statement) {
    Optional<BigFraction> start = nonNegative(statement.start(), "temperature");
    Optional<BigFraction> end = nonNegative(statement.end(), "temperature");
    Optional<Long> sweeps = sweeps(statement.sweeps());
    if (start.isEmpty() || end.isEmpty() || sweeps.isEmpty()) {
      return Optional.empty();
    }
    boolean zero = start.get().signum() == 0 || end.get().signum() == 0;
    if (statement.shape() == Annealing.Shape.GEOMETRIC && zero) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.GEOMETRIC_THROUGH_ZERO,
              statement.span(),
              "a geometric schedule cannot start or end at temperature 0",
              "equal ratios never reach 0: end at a small temperature, or anneal linear");
      return Optional.empty();
    }
    return Optional.of(
        new AnnealingSchedule(statement.shape(), start.get(), end.get(), sweeps.get()));
  }

  private Optional<Long> sweeps(NumberLiteral number) {
    Optional<BigInteger> sweeps = context.numbers().whole(number, "a number of sweeps");
    if (sweeps.isEmpty()) {
      return Optional.empty();
    }
    if (sweeps.get().signum() <= 0) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.NO_SWEEPS,
              number.span(),
              "an annealing schedule over " + number.text() + " sweeps",
              "a schedule runs at least 1 sweep");
      return Optional.empty();
    }
    if (sweeps.get().bitLength() > 62) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.NUMBER_TOO_LARGE,
              number.span(),
              "a number of sweeps " + number.text() + " is too large",
              "a schedule runs at most 2^62 sweeps");
      return Optional.empty();
    }
    return Optional.of(sweeps.get().longValueExact());
  }

  /** Stochastic dynamics need a temperature; a schedule needs stochastic dynamics. */
  private void together(
      Optional<Statement.Temperature> temperature,
      Optional<Statement.StochasticDynamics> dynamics,
      Optional<Statement.Anneal> anneal) {
    if (dynamics.isPresent() && temperature.isEmpty() && anneal.isEmpty()) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.NO_TEMPERATURE,
              dynamics.get().span(),
              "stochastic dynamics in network '"
                  + context.network().text()
                  + "' without a temperature",
              "give one: temperature 2; or beta 1/2; (or an anneal schedule)");
    }
    if (anneal.isPresent() && dynamics.isEmpty()) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.ANNEALING_WITHOUT_DYNAMICS,
              anneal.get().span(),
              "an annealing schedule needs stochastic dynamics to drive",
              "add dynamics gibbs; or dynamics metropolis;");
    }
  }
}
