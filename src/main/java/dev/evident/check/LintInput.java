package dev.evident.check;

import dev.evident.model.Diagnostic;
import dev.evident.store.ClaimSet;
import java.util.List;
import java.util.Map;

/**
 * Everything lint looks at, read beforehand by the caller: the claim set and the problems met
 * reading it, each seed that a source names (read once), and leftover temporary files.
 */
public record LintInput(ClaimSet set, List<Diagnostic> readProblems, Map<String, SeedText> seeds,
    List<String> leftovers) {
  public LintInput {
    readProblems = List.copyOf(readProblems);
    seeds = Map.copyOf(seeds);
    leftovers = List.copyOf(leftovers);
  }
}
