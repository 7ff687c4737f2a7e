package org.hnet.generator;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles generated files with {@code javax.tools} without touching the disk, and loads the
 * classes together with the generated resources. Needs a JDK, not just a JRE.
 *
 * <p>The sources are compiled for Java 17 with all lint warnings on and annotation processing off,
 * against the given class path; the classes are then loaded by a class loader whose parent is the
 * given one (by default the loader of this class), which must provide what the class path provided.
 */
public final class InMemoryCompiler {

  private static final List<String> OPTIONS =
      List.of("--release", "17", "-proc:none", "-Xlint:all", "-implicit:none");

  private final List<Path> classPath;
  private final ClassLoader parent;

  private InMemoryCompiler(List<Path> classPath, ClassLoader parent) {
    this.classPath = List.copyOf(classPath);
    this.parent = parent;
  }

  /** A compiler whose class path is this JVM's ({@code java.class.path}). */
  public static InMemoryCompiler withCurrentClassPath() {
    List<Path> paths =
        Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
            .filter(entry -> !entry.isEmpty())
            .map(Path::of)
            .toList();
    return withClassPath(paths);
  }

  /** A compiler with exactly the given class path. */
  public static InMemoryCompiler withClassPath(List<Path> classPath) {
    return new InMemoryCompiler(classPath, InMemoryCompiler.class.getClassLoader());
  }

  /** The same compiler, loading classes through a loader whose parent is {@code parent}. */
  public InMemoryCompiler withParent(ClassLoader parent) {
    return new InMemoryCompiler(classPath, parent);
  }

  /**
   * Compiles every Java source among {@code files} and returns the classes, with every other file
   * served as a resource at its path.
   *
   * @throws CompilationException with javac's messages if a source does not compile
   */
  public CompiledClasses compile(List<GeneratedFile> files) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler in this JVM: run on a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> output = new HashMap<>();
    try (StandardJavaFileManager standard =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      standard.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
      JavaFileManager manager = new MemoryOutput(standard, output);
      List<JavaFileObject> sources = sources(files);
      boolean compiled = javac.getTask(null, manager, diagnostics, OPTIONS, null, sources).call();
      if (!compiled) {
        throw new CompilationException(messages(diagnostics, Diagnostic.Kind.ERROR));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up the compiler's class path " + classPath, e);
    }
    return new CompiledClasses(
        bytes(output), resources(files), parent, messages(diagnostics, Diagnostic.Kind.WARNING));
  }

  private static List<JavaFileObject> sources(List<GeneratedFile> files) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFile file : files) {
      if (file.isJavaSource()) {
        sources.add(new Source(file));
      }
    }
    return sources;
  }

  private static Map<String, byte[]> resources(List<GeneratedFile> files) {
    Map<String, byte[]> resources = new HashMap<>();
    for (GeneratedFile file : files) {
      if (!file.isJavaSource()) {
        resources.put(file.path(), file.content());
      }
    }
    return resources;
  }

  private static Map<String, byte[]> bytes(Map<String, ByteArrayOutputStream> output) {
    Map<String, byte[]> classes = new HashMap<>();
    output.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
    return classes;
  }

  private static List<String> messages(
      DiagnosticCollector<JavaFileObject> diagnostics, Diagnostic.Kind kind) {
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      boolean wanted =
          kind == Diagnostic.Kind.ERROR
              ? d.getKind() == Diagnostic.Kind.ERROR
              : d.getKind() == Diagnostic.Kind.WARNING
                  || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING;
      if (wanted) {
        messages.add(format(d));
      }
    }
    return messages;
  }

  private static String format(Diagnostic<? extends JavaFileObject> d) {
    String where = d.getSource() == null ? "javac" : d.getSource().getName();
    String position =
        d.getLineNumber() == Diagnostic.NOPOS
            ? ""
            : ":" + d.getLineNumber() + ":" + d.getColumnNumber();
    String kind = d.getKind() == Diagnostic.Kind.ERROR ? "error" : "warning";
    return where + position + ": " + kind + ": " + d.getMessage(Locale.ROOT);
  }

  /** A generated source, named by its path. */
  private static final class Source extends SimpleJavaFileObject {
    private final GeneratedFile file;

    Source(GeneratedFile file) {
      super(URI.create("memory:///" + file.path()), Kind.SOURCE);
      this.file = file;
    }

    @Override
    public String getName() {
      return file.path();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return file.text();
    }
  }

  /** Keeps the class files javac writes in memory, by binary class name. */
  private static final class MemoryOutput extends ForwardingJavaFileManager<JavaFileManager> {
    private final Map<String, ByteArrayOutputStream> output;

    MemoryOutput(JavaFileManager standard, Map<String, ByteArrayOutputStream> output) {
      super(standard);
      this.output = output;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      URI uri = URI.create("memory:///" + className.replace('.', '/') + kind.extension);
      return new SimpleJavaFileObject(uri, kind) {
        @Override
        public OutputStream openOutputStream() {
          return output.computeIfAbsent(className, name -> new ByteArrayOutputStream());
        }
      };
    }
  }
}
