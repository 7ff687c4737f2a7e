/**
 * Pattern files: the {@code +}/{@code -} text format and CSV of 0/1 or -1/+1 values, read into a
 * {@link org.hnet.runtime.PatternSet} in the coding a network asks for, with diagnostics that point
 * at the line and column of the pattern file.
 */
package org.hnet.lang.patterns;
