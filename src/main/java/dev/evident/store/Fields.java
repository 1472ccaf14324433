package dev.evident.store;

import dev.evident.model.EvidentException;
import dev.evident.model.Names;
import dev.evident.model.ProblemCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Typed, position-aware access to a YAML mapping: each getter names the field in its error,
 * and {@link #finish()} refuses keys nobody asked for (unknown fields).
 */
final class Fields {
  private final String path;
  private final String text;
  private final YNode.YMap map;
  private final String prefix;
  // The keys asked for: a handful per mapping, so a list (a linked hash set per mapping was
  // a tenth of the memory reading a claim file allocated).
  private final List<String> seen = new ArrayList<>(8);

  Fields(String path, String text, YNode node, String prefix) {
    this.path = path;
    this.text = text;
    this.prefix = prefix;
    if (!(node instanceof YNode.YMap m)) {
      throw YamlReader.fail(path, text, node.line(), node.column(), ProblemCodes.WRONG_TYPE,
          (prefix.isEmpty() ? "file" : "'" + prefix + "'") + " must be a mapping, found "
              + node.describe());
    }
    this.map = m;
  }

  static Fields root(String path, String text) {
    return new Fields(path, text, YamlReader.read(path, text), "");
  }

  private String name(String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }

  EvidentException error(YNode at, String message) {
    return error(at, ProblemCodes.INVALID_VALUE, message);
  }

  EvidentException error(YNode at, String code, String message) {
    return YamlReader.fail(path, text, at.line(), at.column(), code, message);
  }

  private YNode node(String key) {
    seen.add(key);
    YNode.Entry e = map.entries().get(key);
    return e == null ? null : e.value();
  }

  boolean has(String key) {
    return map.entries().containsKey(key);
  }

  private YNode requiredNode(String key) {
    YNode n = node(key);
    if (n == null) {
      throw YamlReader.fail(path, text, map.line(), map.column(), ProblemCodes.MISSING_FIELD,
          "missing field '" + name(key) + "'");
    }
    return n;
  }

  String string(String key) {
    String s = optString(key);
    if (s == null) {
      YNode n = requiredNode(key);
      throw error(n, ProblemCodes.MISSING_FIELD,
          "'" + name(key) + "' must be a string, found null");
    }
    return s;
  }

  String requiredNonEmpty(String key) {
    String s = string(key);
    if (s.isBlank()) {
      throw error(node(key), ProblemCodes.MISSING_FIELD,
          "'" + name(key) + "' must not be empty");
    }
    return s;
  }

  /** A string or null; a missing key reads as null. */
  String optString(String key) {
    YNode n = node(key);
    if (n == null) {
      return null;
    }
    if (n instanceof YNode.YScalar s) {
      if (s.kind() == YNode.ScalarKind.NULL) {
        return null;
      }
      if (s.kind() == YNode.ScalarKind.STRING) {
        return s.text();
      }
    }
    throw error(n, ProblemCodes.WRONG_TYPE, "'" + name(key) + "' must be a string, found "
        + n.describe()
        + (n instanceof YNode.YScalar ? "; quote it" : ""));
  }

  /**
   * Any scalar as written (a string, or a number such as an unquoted PMID), or null when
   * missing or null; a list or mapping is an error.
   */
  String optScalarText(String key) {
    YNode n = node(key);
    if (n == null) {
      return null;
    }
    if (n instanceof YNode.YScalar s) {
      return s.kind() == YNode.ScalarKind.NULL ? null : s.text();
    }
    throw error(n, ProblemCodes.WRONG_TYPE,
        "'" + name(key) + "' must be a single value, found " + n.describe());
  }

  /** Marks a key as known without reading it (a field that is accepted but not used). */
  void skip(String key) {
    node(key);
  }

  /** A string where missing or null reads as the empty string. */
  String text(String key) {
    String s = optString(key);
    return s == null ? "" : s;
  }

  int integer(String key) {
    Integer i = optInteger(key);
    if (i == null) {
      throw error(requiredNode(key), ProblemCodes.MISSING_FIELD,
          "'" + name(key) + "' must be an integer, found null");
    }
    return i;
  }

  Integer optInteger(String key) {
    YNode n = node(key);
    if (n == null) {
      return null;
    }
    if (n instanceof YNode.YScalar s) {
      if (s.kind() == YNode.ScalarKind.NULL) {
        return null;
      }
      if (s.kind() == YNode.ScalarKind.INT) {
        try {
          return Integer.valueOf(s.text());
        } catch (NumberFormatException e) {
          throw error(n, "'" + name(key) + "' is out of range: " + s.text());
        }
      }
    }
    throw error(n, ProblemCodes.WRONG_TYPE,
        "'" + name(key) + "' must be an integer, found " + n.describe());
  }

  boolean bool(String key, boolean dflt) {
    Boolean b = optBool(key);
    return b == null ? dflt : b;
  }

  Boolean optBool(String key) {
    YNode n = node(key);
    if (n == null) {
      return null;
    }
    if (n instanceof YNode.YScalar s) {
      if (s.kind() == YNode.ScalarKind.NULL) {
        return null;
      }
      if (s.kind() == YNode.ScalarKind.BOOL) {
        return Boolean.valueOf(s.text());
      }
    }
    throw error(n, ProblemCodes.WRONG_TYPE,
        "'" + name(key) + "' must be true or false, found " + n.describe());
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    E e = optEnum(key, type);
    if (e == null) {
      throw error(requiredNode(key), ProblemCodes.MISSING_FIELD,
          "'" + name(key) + "' must be one of: "
          + Names.choices(type));
    }
    return e;
  }

  <E extends Enum<E>> E optEnum(String key, Class<E> type) {
    String s = optString(key);
    if (s == null) {
      return null;
    }
    E e = Names.parse(type, s);
    if (e == null || !Names.wire(e).equals(s)) {
      throw error(node(key), "'" + name(key) + "' is '" + s + "'; expected one of: "
          + Names.choices(type));
    }
    return e;
  }

  /** A nested mapping, or null when the key is missing or null. */
  Fields optObject(String key) {
    YNode n = node(key);
    if (n == null || (n instanceof YNode.YScalar s && s.kind() == YNode.ScalarKind.NULL)) {
      return null;
    }
    return new Fields(path, text, n, name(key));
  }

  Fields object(String key) {
    Fields f = optObject(key);
    if (f == null) {
      throw error(requiredNode(key), ProblemCodes.MISSING_FIELD,
          "'" + name(key) + "' must be a mapping, found null");
    }
    return f;
  }

  List<String> strings(String key) {
    return list(key, (item) -> {
      if (item instanceof YNode.YScalar s && s.kind() == YNode.ScalarKind.STRING) {
        return s.text();
      }
      throw error(item, ProblemCodes.WRONG_TYPE,
          "items of '" + name(key) + "' must be strings, found " + item.describe());
    });
  }

  List<Fields> objects(String key) {
    return list(key, item -> new Fields(path, text, item, name(key) + "[]"));
  }

  private <T> List<T> list(String key, Function<YNode, T> item) {
    YNode n = node(key);
    if (n == null || (n instanceof YNode.YScalar s && s.kind() == YNode.ScalarKind.NULL)) {
      return List.of();
    }
    if (!(n instanceof YNode.YList l)) {
      throw error(n, ProblemCodes.WRONG_TYPE, "'" + name(key) + "' must be a list, found "
          + n.describe());
    }
    List<T> out = new ArrayList<>(l.items().size());
    for (YNode i : l.items()) {
      out.add(item.apply(i));
    }
    return out;
  }

  /** Names of all keys present in this mapping, in file order. */
  List<String> keys() {
    return new ArrayList<>(map.entries().keySet());
  }

  YNode.YMap node() {
    return map;
  }

  /** Refuses every key that no getter asked for. */
  void finish() {
    for (var e : map.entries().entrySet()) {
      if (!seen.contains(e.getKey())) {
        throw YamlReader.fail(path, text, e.getValue().line(), e.getValue().column(),
            ProblemCodes.UNKNOWN_FIELD, "unknown field '" + name(e.getKey()) + "'");
      }
    }
  }

  /** Wraps a model constructor's validation failure in a positioned error. */
  <T> T build(java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw YamlReader.fail(path, text, map.line(), map.column(), ProblemCodes.INVALID_VALUE,
          (prefix.isEmpty() ? "" : "'" + prefix + "': ") + e.getMessage());
    }
  }
}
