/** Sampling diagnostics. */
package org.hnet.analysis;
