package vn.cchc.model.json;

import java.util.Arrays;

/**
 * The property names seen so far in each open object of one document, for refusing a name given twice. Both
 * Jackson lines' own check ({@code STRICT_DUPLICATE_DETECTION}) makes a hash set for every object of three or more
 * properties — a fifth of what reading a report allocated. Here one array per nesting depth is reused for every
 * object at that depth, and a name is compared with the few before it (an object of the format has at most 15
 * properties; the parser hands out the same {@code String} for the same name, so most comparisons are by
 * identity). One per document; not thread-safe.
 */
final class DuplicateNames {
  private String[][] names = new String[16][];
  private int[] counts = new int[16];

  /**
   * An object starts at {@code depth}: forget the names of the previous object there.
   *
   * @param depth the parser's nesting depth of the new object
   */
  void startObject(int depth) {
    if (depth >= counts.length) {
      int n = Math.max(depth + 1, counts.length * 2);
      names = Arrays.copyOf(names, n);
      counts = Arrays.copyOf(counts, n);
    }
    counts[depth] = 0;
  }

  /**
   * Records a property name of the object open at {@code depth}.
   *
   * @param depth the parser's nesting depth of the object
   * @param name the name
   * @return false when the object already had that name
   */
  boolean add(int depth, String name) {
    if (depth >= counts.length) {
      startObject(depth);
    }
    String[] seen = names[depth];
    int n = counts[depth];
    for (int i = 0; i < n; i++) {
      if (seen[i].equals(name)) {
        return false;
      }
    }
    if (seen == null) {
      seen = names[depth] = new String[16];
    } else if (n == seen.length) {
      seen = names[depth] = Arrays.copyOf(seen, n * 2);
    }
    seen[n] = name;
    counts[depth] = n + 1;
    return true;
  }

  /**
   * {@return the reason given for a repeated name, the same under both Jackson lines}
   *
   * @param name the name
   */
  static String reason(String name) {
    return "duplicate property \"" + name + "\": a property is given at most once per object";
  }
}
