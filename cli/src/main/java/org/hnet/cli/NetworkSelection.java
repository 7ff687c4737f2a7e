package org.hnet.cli;

import java.util.List;
import java.util.function.Function;

/** The {@code --network NAME} option of the commands that act on one network of a file. */
final class NetworkSelection {
  private NetworkSelection() {}

  /**
   * Every item when {@code wanted} is null, else the one named {@code wanted}.
   *
   * @throws CommandFailure with exit code 2 when no item has that name
   */
  static <T> List<T> select(
      List<T> items, Function<T, String> name, String wanted, String modelLabel) {
    if (wanted == null) {
      return items;
    }
    List<T> selected = items.stream().filter(item -> name.apply(item).equals(wanted)).toList();
    if (selected.isEmpty()) {
      List<String> names = items.stream().map(name).toList();
      throw CommandFailure.invalid(
          "--network: " + modelLabel + " has no network '" + wanted + "'; it has " + names);
    }
    return selected;
  }
}
