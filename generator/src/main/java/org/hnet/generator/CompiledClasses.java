package org.hnet.generator;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Classes compiled in memory by {@link InMemoryCompiler}, with the generated resources beside them,
 * behind one class loader.
 */
public final class CompiledClasses {

  private final MemoryClassLoader loader;
  private final List<String> warnings;

  CompiledClasses(
      Map<String, byte[]> classes,
      Map<String, byte[]> resources,
      ClassLoader parent,
      List<String> warnings) {
    this.loader = new MemoryClassLoader(classes, resources, parent);
    this.warnings = List.copyOf(warnings);
  }

  /** The loader that defines the compiled classes and serves the resources. */
  public ClassLoader classLoader() {
    return loader;
  }

  /** The binary names of the compiled classes, sorted. */
  public Set<String> classNames() {
    return Collections.unmodifiableSet(loader.classes.keySet());
  }

  /** The warnings javac reported, each as {@code path:line:column: warning: message}. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The compiled class with the given binary name, initialized.
   *
   * @throws IllegalArgumentException if no compiled class has that name
   */
  public Class<?> load(String binaryName) {
    if (!loader.classes.containsKey(binaryName)) {
      throw new IllegalArgumentException(
          "no compiled class '" + binaryName + "'; compiled: " + loader.classes.keySet());
    }
    try {
      return Class.forName(binaryName, true, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("compiled class '" + binaryName + "' cannot be loaded", e);
    }
  }

  /**
   * A new instance of the compiled class {@code binaryName}, made by its public no-argument
   * constructor.
   *
   * @throws IllegalArgumentException if there is no such class or it is not a {@code type}
   */
  public <T> T newInstance(String binaryName, Class<T> type) {
    Class<?> loaded = load(binaryName);
    if (!type.isAssignableFrom(loaded)) {
      throw new IllegalArgumentException(binaryName + " is not a " + type.getName());
    }
    try {
      return type.cast(loaded.getConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate " + binaryName, e);
    }
  }

  /** Defines classes from bytes in memory and serves resources from memory. */
  private static final class MemoryClassLoader extends ClassLoader {

    private final Map<String, byte[]> classes;
    private final Map<String, byte[]> resources;
    private final URLStreamHandler handler = new MemoryHandler();

    MemoryClassLoader(
        Map<String, byte[]> classes, Map<String, byte[]> resources, ClassLoader parent) {
      super("hnet-in-memory", parent);
      this.classes = new TreeMap<>(classes);
      this.resources = new TreeMap<>(resources);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    protected URL findResource(String name) {
      if (!resources.containsKey(name)) {
        return null;
      }
      try {
        return new URL("hnet-memory", "", -1, "/" + name, handler);
      } catch (MalformedURLException e) {
        throw new IllegalStateException("cannot name the in-memory resource '" + name + "'", e);
      }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
      URL url = findResource(name);
      return url == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
    }

    /** Opens the URLs {@link #findResource} makes. */
    private final class MemoryHandler extends URLStreamHandler {
      @Override
      protected URLConnection openConnection(URL url) {
        byte[] bytes = resources.get(url.getPath().substring(1));
        return new URLConnection(url) {
          @Override
          public void connect() {
            connected = true;
          }

          @Override
          public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes);
          }
        };
      }
    }
  }
}
