package dev.evident.model;

import java.util.List;

/** Small argument checks shared by the records' compact constructors. */
final class Checks {
  private Checks() {}

  static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    return value;
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
