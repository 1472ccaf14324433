package dev.evident.model;

import java.util.Locale;

/** Lower-case, hyphenated spellings shared by every enum that appears in a claim file. */
public final class Names {
  private Names() {}

  // Every claim read or written spells several enums (relation, direction, design, status);
  // at 100,000 claims making the strings anew each time was a visible share of all memory a
  // diff allocated. Both tables are made once per enum type and never change.
  private static final ClassValue<String[]> WIRE = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] out = new String[constants.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return out;
    }
  };

  /** Each constant by its wire name exactly as {@link #wire} writes it. */
  private static final ClassValue<java.util.Map<String, Enum<?>>> BY_WIRE = new ClassValue<>() {
    @Override
    protected java.util.Map<String, Enum<?>> computeValue(Class<?> type) {
      java.util.Map<String, Enum<?>> out = new java.util.HashMap<>();
      for (Object c : type.getEnumConstants()) {
        out.put(wire((Enum<?>) c), (Enum<?>) c);
      }
      return java.util.Map.copyOf(out);
    }
  };

  /** {@code NEEDS_REVISION} becomes {@code needs-revision}. */
  public static String wire(Enum<?> value) {
    return WIRE.get(value.getDeclaringClass())[value.ordinal()];
  }

  /** Looks a wire name up in an enum, or returns null. */
  public static <E extends Enum<E>> E parse(Class<E> type, String wire) {
    if (wire == null) {
      return null;
    }
    Enum<?> exact = BY_WIRE.get(type).get(wire); // the canonical spelling: nearly always
    if (exact != null) {
      return type.cast(exact);
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
