package org.hnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.hnet.lang.model.StochasticDynamics;
import org.hnet.runtime.StochasticNetwork;
import org.hnet.runtime.exact.Enumeration;
import org.hnet.runtime.stochastic.Annealing;

/**
 * Runs independent Markov chains of one network on a pool of threads, reproducibly.
 *
 * <h2>Random streams</h2>
 *
 * <p>Chain {@code c} (from 0) draws only from the {@code c}-th generator split, in chain order, off
 * {@code new SplittableRandom(seed)}; all splits are made before any thread starts. Each chain then
 * draws, in this order: its start state (for a random start, one {@code nextBoolean()} per free
 * neuron in index order, true = on), the annealing sweeps, the burn-in sweeps and the recorded
 * sweeps. A chain's draws therefore depend on the seed and its index alone, and the results are the
 * same bit for bit whatever the number of threads.
 *
 * @param dynamics how one sweep is made
 * @param beta the inverse temperature of burn-in and recorded sweeps
 * @param annealing a schedule run before burn-in, if any
 * @param start how each chain starts
 * @param burnIn sweeps made before the first recorded one
 * @param draws recorded states per chain
 * @param thinning sweeps per recorded state
 * @param recordNeurons whether to record every neuron's value (for marginals)
 * @param states the enumeration to record compact state indices against, or null
 */
record ChainRunner(
    StochasticDynamics dynamics,
    double beta,
    Optional<Annealing> annealing,
    Start start,
    long burnIn,
    int draws,
    int thinning,
    boolean recordNeurons,
    Enumeration states) {

  /** How a chain's first state is chosen. */
  enum Start {
    /** Each free neuron on or off by a fair coin from the chain's stream. */
    RANDOM,
    /** Every free neuron off. */
    OFF,
    /** Every free neuron on. */
    ON
  }

  /** The sweeps one chain makes: annealing, burn-in and recorded. */
  long sweepsPerChain() {
    return annealing.map(Annealing::steps).orElse(0L) + burnIn + (long) draws * thinning;
  }

  /**
   * Runs {@code chains} chains, each on a fresh network from {@code networks}, on {@code threads}
   * threads.
   *
   * @return the draws of each chain, in chain order
   */
  List<ChainDraws> run(
      Supplier<StochasticNetwork> networks, long seed, int chains, int threads, Progress progress) {
    SplittableRandom root = new SplittableRandom(seed);
    List<SplittableRandom> streams = new ArrayList<>();
    List<StochasticNetwork> instances = new ArrayList<>();
    for (int c = 0; c < chains; c++) {
      streams.add(root.split());
      instances.add(networks.get());
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, chains));
    try {
      List<Future<ChainDraws>> futures = new ArrayList<>();
      for (int c = 0; c < chains; c++) {
        StochasticNetwork network = instances.get(c);
        SplittableRandom stream = streams.get(c);
        futures.add(pool.submit(() -> chain(network, stream, progress)));
      }
      return collect(futures);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<ChainDraws> collect(List<Future<ChainDraws>> futures) {
    List<ChainDraws> results = new ArrayList<>();
    try {
      for (Future<ChainDraws> future : futures) {
        results.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CommandFailure.failed("interrupted while sampling");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("a chain failed", e.getCause());
    }
    return results;
  }

  /** One chain: start, anneal, burn in, then record every {@code thinning}-th sweep. */
  private ChainDraws chain(StochasticNetwork network, SplittableRandom random, Progress progress) {
    Ticker ticker = new Ticker(progress);
    setStart(network, random);
    if (annealing.isPresent()) {
      Annealing schedule = annealing.get();
      for (long k = 0; k < schedule.steps(); k++) {
        dynamics.sweep(network, schedule.beta(k), random);
        ticker.sweep();
      }
    }
    for (long k = 0; k < burnIn; k++) {
      dynamics.sweep(network, beta, random);
      ticker.sweep();
    }
    ChainDraws.Recorder recorder = new ChainDraws.Recorder(network, draws, recordNeurons, states);
    for (int draw = 0; draw < draws; draw++) {
      for (int k = 0; k < thinning; k++) {
        dynamics.sweep(network, beta, random);
        ticker.sweep();
      }
      recorder.record(draw, network);
    }
    ticker.finish();
    return recorder.draws();
  }

  /** Passes a chain's sweeps on to the progress display in blocks, to keep contention low. */
  private static final class Ticker {
    private static final int BLOCK = 64;
    private final Progress progress;
    private int pending;

    Ticker(Progress progress) {
      this.progress = progress;
    }

    void sweep() {
      if (++pending == BLOCK) {
        progress.advance(BLOCK);
        pending = 0;
      }
    }

    void finish() {
      progress.advance(pending);
      pending = 0;
    }
  }

  private void setStart(StochasticNetwork network, SplittableRandom random) {
    int high = network.activation().high();
    int low = network.activation().low();
    for (int u = 0; u < network.size(); u++) {
      if (network.isClamped(u)) {
        continue;
      }
      boolean on =
          switch (start) {
            case RANDOM -> random.nextBoolean();
            case OFF -> false;
            case ON -> true;
          };
      network.setNeuron(u, on ? high : low);
    }
  }
}
