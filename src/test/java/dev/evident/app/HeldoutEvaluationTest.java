package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.store.ClaimSet;
import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision and recall of the whole pipeline on documents that are not seeds: other diseases,
 * each seed shape, labelled by GUIDELINES.md before the extractor was run on them. Each
 * document {@code NAME.ext} has its labels in {@code NAME.yaml}.
 */
class HeldoutEvaluationTest {
  private static final List<Path> FOLDERS = List.of(
      Path.of("src/test/resources/heldout"), Path.of("src/test/resources/extract/heldout"));

  @TempDir
  Path dir;

  @Test
  void heldOutDocumentsMeetTheSameBar() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    List<Path> docs = new ArrayList<>();
    for (Path folder : FOLDERS) {
      try (Stream<Path> s = Files.list(folder)) {
        s.filter(p -> !p.toString().endsWith(".yaml")).sorted().forEach(docs::add);
      }
    }
    for (Path d : docs) {
      Files.copy(d, seeds.resolve(d.getFileName().toString()));
    }
    new ParseService(new Repository(dir)).run(new ParseService.Request(List.of(), false, false));
    ClaimSet set = new Repository(dir).load();
    GoldScorer.Score total = GoldScorer.Score.zero();
    StringBuilder report = new StringBuilder("held-out evaluation (GUIDELINES.md scoring)\n");
    for (Path d : docs) {
      String name = d.getFileName().toString();
      Path labels = d.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".yaml");
      String sourceId = set.sources().values().stream()
          .filter(s -> s.seed().file().equals("seeds/" + name)).findFirst().orElseThrow().id();
      List<String> quotes = new ArrayList<>();
      for (Claim c : set.claims().values()) {
        if (c.source().equals(sourceId)) {
          quotes.add(c.quote());
        }
      }
      GoldScorer.Score s = GoldScorer.score(quotes, GoldScorer.read(labels));
      report.append(String.format(Locale.ROOT,
          "  %-28s claims %3d  matched %3d  mechanisms %3d  recalled %3d%n", name, s.claims(),
          s.matchedClaims(), s.mechanisms(), s.recalled()));
      total = total.plus(s);
    }
    report.append(String.format(Locale.ROOT, "  precision %.3f (%d/%d)  recall %.3f (%d/%d)%n",
        total.precision(), total.matchedClaims(), total.claims(), total.recall(),
        total.recalled(), total.mechanisms()));
    total.falsePositives().forEach(fp -> report.append("  false positive: ").append(fp)
        .append('\n'));
    total.missed().forEach(m -> report.append("  missed: ").append(m).append('\n'));
    System.out.print(report);
    assertTrue(total.precision() >= 0.90, report.toString());
    assertTrue(total.recall() >= 0.90, report.toString());
  }
}
