/**
 * The second phase of generation: JavaPoet emitters, one method per generated member, and the
 * runtime type names they use, held in {@link org.hnet.generator.java.RuntimeTypes}.
 */
package org.hnet.generator.java;
