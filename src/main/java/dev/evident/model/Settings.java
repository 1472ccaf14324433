package dev.evident.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A review's settings ({@code claims/evident.yaml}): tag vocabulary, evidence scheme, and lint
 * rule severities that differ from the defaults (rule code to severity, {@code off} disables).
 */
public record Settings(Vocabulary vocabulary, List<LevelDefinition> levels,
    Map<String, Severity> lintRules) {
  public Settings {
    vocabulary = vocabulary == null ? Vocabulary.defaults() : vocabulary;
    levels = levels == null || levels.isEmpty() ? defaultLevels() : List.copyOf(levels);
    lintRules = lintRules == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new TreeMap<>(lintRules));
  }

  public static Settings defaults() {
    return new Settings(Vocabulary.defaults(), defaultLevels(), Map.of());
  }

  public Settings withVocabulary(Vocabulary v) {
    return new Settings(v, levels, lintRules);
  }

  /** The default scheme of DESIGN.md, level 1 (strongest) to 6. */
  public static List<LevelDefinition> defaultLevels() {
    List<LevelDefinition> out = new ArrayList<>();
    for (Design d : Design.values()) {
      out.add(new LevelDefinition(d.level(), d.wire(), d.eco(), d.meaning()));
    }
    return List.copyOf(out);
  }
}
