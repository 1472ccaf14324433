package dev.evident.store;

import java.util.List;
import java.util.Map;

/** A YAML value read from a file, with the 1-based line and column where it starts. */
sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {
  int line();

  int column();

  /** What a value is called in messages. */
  String describe();

  /**
   * A mapping with its keys in file order; each key keeps its own position. The map is taken
   * as given, not copied: the two readers build a fresh one per mapping and never change it
   * afterwards, and the copy was a tenth of all memory a diff of 100,000 claims allocated.
   */
  record YMap(int line, int column, Map<String, Entry> entries) implements YNode {

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A key's position and its value. */
  record Entry(int line, int column, YNode value) {}

  /** A sequence. */
  record YList(int line, int column, List<YNode> items) implements YNode {
    public YList {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** What a scalar resolved to under YAML 1.2's core schema. */
  enum ScalarKind { STRING, INT, FLOAT, BOOL, NULL }

  /** A scalar and the kind it resolved to; {@code text} is null only for NULL. */
  record YScalar(int line, int column, ScalarKind kind, String text) implements YNode {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "a string";
        case INT -> "an integer";
        case FLOAT -> "a number";
        case BOOL -> "a boolean";
        case NULL -> "null";
      };
    }
  }
}
