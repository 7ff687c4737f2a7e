/**
 * Recall analysis: the overlap of a state with a pattern, noise that corrupts a pattern, the
 * classification of a final state against stored patterns, and recall trials that tie them
 * together. Everything here returns records and prints nothing.
 */
package org.hnet.runtime.recall;
