package dev.evident.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  private static String str(String s) {
    StringBuilder sb = new StringBuilder();
    Json.string(sb, s);
    return sb.toString();
  }

  @Test
  void escapesWhatJsonAndTerminalsNeed() {
    assertEquals("\"a\\\"b\\\\c\"", str("a\"b\\c"));
    assertEquals("\"\\n\\r\\t\\b\\f\\u0000\\u001b\\u007f\"", str("\n\r\t\b\f\u0000\u001B\u007F"));
    assertEquals("\"\\u2028\\u2029\"", str("\u2028\u2029"));
    assertEquals("\"é 😀\"", str("é 😀"), "valid pairs pass through");
    assertEquals("\"\\ud800x\"", str("\uD800x"), "a lone surrogate is escaped");
    assertEquals("\"a\\u202eb\\u0085c\"", str("a\u202Eb\u0085c"), "bidi and C1 controls");
    assertEquals("null", Json.quote(null));
  }

  @Test
  void writesNestedValuesInOrder() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", 1);
    m.put("a", List.of(true, "x"));
    m.put("n", null);
    m.put("e", List.of());
    m.put("o", Map.of());
    assertEquals("{\n  \"z\": 1,\n  \"a\": [\n    true,\n    \"x\"\n  ],\n  \"n\": null,\n"
        + "  \"e\": [],\n  \"o\": {}\n}\n", Json.write(m));
  }
}
