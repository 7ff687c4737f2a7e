/**
 * The JSON spec: {@link org.hnet.generator.export.json.SpecWriter} writes a model as versioned JSON
 * with exact rationals, {@link org.hnet.generator.export.json.SpecText} lays it out and hashes its
 * canonical text, and {@link org.hnet.generator.export.json.SpecReader} reads it back, naming the
 * line, column and JSON Pointer of any problem.
 */
package org.hnet.generator.export.json;
