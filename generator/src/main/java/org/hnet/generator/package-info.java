/**
 * The Java generator's entry points: {@link org.hnet.generator.JavaGenerator} turns a checked model
 * into {@link org.hnet.generator.GeneratedFile}s, {@link org.hnet.generator.GeneratedFiles} writes
 * them without leaving half-written files, and {@link org.hnet.generator.InMemoryCompiler} compiles
 * and loads them without touching the disk.
 */
package org.hnet.generator;
