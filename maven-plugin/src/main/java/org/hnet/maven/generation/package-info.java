/**
 * Incremental generation of a source directory of models, with no Maven types: scanning, the state
 * kept between builds, deciding what is stale, and writing outputs without leaving half-written
 * files. The plugin's goals and the tests drive {@link
 * org.hnet.maven.generation.GenerationService}.
 */
package org.hnet.maven.generation;
