/**
 * The goals of hnet-maven-plugin: {@code generate} and {@code generate-test}, thin adapters from
 * Maven's configuration and log to {@link org.hnet.maven.generation.GenerationService}.
 */
package org.hnet.maven;
