package dev.evident.model;

import java.util.Locale;

/** Lower-case, hyphenated spellings shared by every enum that appears in a claim file. */
public final class Names {
  private Names() {}

  /** {@code NEEDS_REVISION} becomes {@code needs-revision}. */
  public static String wire(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Looks a wire name up in an enum, or returns null. */
  public static <E extends Enum<E>> E parse(Class<E> type, String wire) {
    if (wire == null) {
      return null;
    }
    String constant = wire.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(constant)) {
        return e;
      }
    }
    return null;
  }

  /** The wire names of an enum, in declaration order, for messages. */
  public static String choices(Class<? extends Enum<?>> type) {
    StringBuilder sb = new StringBuilder();
    for (Enum<?> e : type.getEnumConstants()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(wire(e));
    }
    return sb.toString();
  }
}
