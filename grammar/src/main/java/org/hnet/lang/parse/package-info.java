/**
 * Parsing: the ANTLR lexer and parser generated from {@code Hnet.g4}, the error strategy that words
 * syntax errors for people, and the builder of the syntax tree. ANTLR types never leave this
 * package; {@link org.hnet.lang.parse.ModelParser} is its only entry.
 */
package org.hnet.lang.parse;
