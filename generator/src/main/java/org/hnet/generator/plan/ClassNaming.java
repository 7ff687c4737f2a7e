package org.hnet.generator.plan;

import com.palantir.javapoet.NameAllocator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Java class names for the networks of one model: the network name in UpperCamelCase ({@code
 * lean_hebbian} becomes {@code LeanHebbian}, {@code w1} becomes {@code W1}), made a legal and
 * unique identifier by JavaPoet's {@link NameAllocator}: a keyword or a name clash gets a trailing
 * underscore, a leading digit a leading one. Names that differ only in case count as a clash too,
 * because their source files would collide on case-insensitive file systems.
 */
public final class ClassNaming {

  /**
   * The simple names of every type generated code refers to. A network is never named like one of
   * them, so that no generated class hides a type it uses.
   */
  public static final Set<String> RESERVED =
      Set.of(
          "Activation",
          "ArrayList",
          "Arrays",
          "Double",
          "Generated",
          "HopfieldNetwork",
          "IllegalArgumentException",
          "IllegalStateException",
          "List",
          "NetworkInfo",
          "Object",
          "Objects",
          "Override",
          "ParameterResources",
          "PatternSet",
          "RuntimeVersion",
          "SplittableRandom",
          "StochasticNetwork",
          "StochasticRule",
          "String",
          "System");

  private static final String FALLBACK = "Network";

  private ClassNaming() {}

  /** One class name per network name, in the same order, all distinct. */
  public static List<String> classNames(List<String> networkNames) {
    NameAllocator allocator = new NameAllocator();
    Set<String> taken = new HashSet<>();
    for (String reserved : new TreeSet<>(RESERVED)) {
      taken.add(lowerCase(allocator.newName(reserved, "reserved " + reserved)));
    }
    List<String> names = new ArrayList<>();
    for (int k = 0; k < networkNames.size(); k++) {
      String candidate = upperCamel(networkNames.get(k));
      while (taken.contains(lowerCase(NameAllocator.toJavaIdentifier(candidate)))) {
        candidate += "_";
      }
      String name = allocator.newName(candidate, k);
      taken.add(lowerCase(name));
      names.add(name);
    }
    return names;
  }

  private static String lowerCase(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * The name in UpperCamelCase: split at every character that is not a letter or a digit, each
   * part's first letter upper-cased, the rest kept.
   */
  public static String upperCamel(String name) {
    StringBuilder camel = new StringBuilder();
    boolean startOfPart = true;
    for (int k = 0; k < name.length(); k = name.offsetByCodePoints(k, 1)) {
      int c = name.codePointAt(k);
      if (!Character.isLetterOrDigit(c)) {
        startOfPart = true;
        continue;
      }
      camel.appendCodePoint(startOfPart ? Character.toUpperCase(c) : c);
      startOfPart = false;
    }
    return camel.length() == 0 ? FALLBACK : camel.toString();
  }
}
