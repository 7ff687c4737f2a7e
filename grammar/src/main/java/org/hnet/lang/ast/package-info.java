/**
 * The syntax tree of a {@code .hnet} file: immutable records that keep what was written and where
 * ({@link org.hnet.lang.diag.SourceSpan}), before any check. Numbers are kept as text here; the
 * checks in {@code org.hnet.lang.check} turn them into exact rationals.
 */
package org.hnet.lang.ast;
