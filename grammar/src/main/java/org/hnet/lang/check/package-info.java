/**
 * The checks that turn a syntax tree into a validated {@link org.hnet.lang.model.Model}: names
 * resolve, the parts of a network agree with each other and with the side conditions of the
 * formalization's Hopfield networks, numbers are exact rationals, and weights and thresholds are
 * lowered to integers over a common denominator. Every problem becomes a diagnostic; the checks of
 * a file run to the end, so that all its errors are reported together.
 */
package org.hnet.lang.check;
