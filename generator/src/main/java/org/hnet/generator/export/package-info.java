/**
 * Exports of a checked model beside its Java: the JSON spec ({@code docs/SPEC.md}) and a Lean 4
 * file that instantiates the formalization. {@link org.hnet.generator.export.Exports} is the one
 * entry point the command line and the Maven plugin share.
 */
package org.hnet.generator.export;
