/**
 * The first phase of generation: everything decided about a class before code is written, its name,
 * its number type and where its parameters live, each with the reason the header prints.
 */
package org.hnet.generator.plan;
