/**
 * The way back from a checked model to {@code .hnet} text: {@link org.hnet.lang.print.ModelPrinter}
 * writes a model as a file that loads into the same model, and {@link
 * org.hnet.lang.print.ModelEquivalence} says whether two models mean the same thing, ignoring where
 * in which file they were written.
 */
package org.hnet.lang.print;
