/**
 * Helpers that only generated code calls: the check that a generated class and the runtime come
 * from compatible hnet versions, and the binary resources in which generated classes keep their
 * parameters. Nothing here is part of the runtime's API for people: it may change between versions
 * together with the generator.
 */
package org.hnet.runtime.internal;
