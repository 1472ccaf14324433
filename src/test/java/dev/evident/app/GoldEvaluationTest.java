package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.cli.CliRunner;
import dev.evident.model.Claim;
import dev.evident.store.ClaimSet;
import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision and recall of the whole pipeline (ingest, extract, ids, store) on the gold
 * development set, scored by GUIDELINES.md. Prints the figures; fails under 0.90.
 */
class GoldEvaluationTest {
  @TempDir
  Path dir;

  @Test
  void precisionAndRecallOnTheGoldSetAreAtLeastNinetyPercent() throws Exception {
    CliRunner.repoWithSeeds(dir);
    new ParseService(new Repository(dir)).run(new ParseService.Request(List.of(), false, false));
    ClaimSet set = new Repository(dir).load();
    GoldScorer.Score total = GoldScorer.Score.zero();
    StringBuilder report = new StringBuilder("gold evaluation (GUIDELINES.md scoring)\n");
    try (var seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        String name = seed.getFileName().toString();
        Path goldFile = Path.of("src/test/resources/gold", name.replace(".txt", ".yaml"));
        List<GoldScorer.Gold> gold = GoldScorer.read(goldFile);
        String sourceId = set.sources().values().stream()
            .filter(s -> s.seed().file().equals("seeds/" + name)).findFirst().orElseThrow().id();
        List<String> quotes = new ArrayList<>();
        for (Claim c : set.claims().values()) {
          if (c.source().equals(sourceId)) {
            quotes.add(c.quote());
          }
        }
        GoldScorer.Score s = GoldScorer.score(quotes, gold);
        report.append(String.format(Locale.ROOT,
            "  %-28s claims %3d  matched %3d  mechanisms %3d  recalled %3d%n", name, s.claims(),
            s.matchedClaims(), s.mechanisms(), s.recalled()));
        total = total.plus(s);
      }
    }
    report.append(String.format(Locale.ROOT, "  precision %.3f (%d/%d)  recall %.3f (%d/%d)%n",
        total.precision(), total.matchedClaims(), total.claims(), total.recall(),
        total.recalled(), total.mechanisms()));
    for (String fp : total.falsePositives()) {
      report.append("  false positive: ").append(fp).append('\n');
    }
    for (String m : total.missed()) {
      report.append("  missed: ").append(m).append('\n');
    }
    System.out.print(report);
    assertTrue(total.precision() >= 0.90, report.toString());
    assertTrue(total.recall() >= 0.90, report.toString());
  }
}
