package org.hnet.lang;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.lang.diag.DiagnosticPrinter;
import org.hnet.lang.diag.Severity;
import org.hnet.lang.model.Model;

/**
 * What loading a model file gave: the model when there is no error, and every diagnostic of the
 * file, sorted by position.
 *
 * @param model the checked model; present iff no diagnostic is an error (warnings allowed)
 * @param diagnostics every problem found, sorted by {@link Diagnostic#BY_POSITION}
 * @param sources the text of the model file and of the pattern files read, by the name diagnostics
 *     use, so that {@link #report()} can show the offending lines
 */
public record LoadResult(
    Optional<Model> model, List<Diagnostic> diagnostics, Map<String, String> sources) {

  /** Copies the collections and checks that the model is present iff there is no error. */
  public LoadResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
    sources = Map.copyOf(sources);
    boolean errors = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    if (model.isPresent() == errors) {
      throw new IllegalArgumentException(
          "a model must be present iff there is no error, got model "
              + model.isPresent()
              + " with errors "
              + errors);
    }
  }

  /** A result without source texts. */
  public LoadResult(Optional<Model> model, List<Diagnostic> diagnostics) {
    this(model, diagnostics, Map.of());
  }

  /** Whether some diagnostic is an error. */
  public boolean hasErrors() {
    return model.isEmpty();
  }

  /** The errors, in position order. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }

  /** The warnings, in position order. */
  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList();
  }

  /** Every diagnostic rendered with its source line and caret, then a count; empty if none. */
  public String report() {
    return DiagnosticPrinter.of(sources).render(diagnostics);
  }
}
