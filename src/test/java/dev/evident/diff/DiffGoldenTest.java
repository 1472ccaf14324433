package dev.evident.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.cli.CliRunner;
import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.Evidence;
import dev.evident.model.LevelOverride;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Mechanism;
import dev.evident.model.Relation;
import dev.evident.model.Status;
import dev.evident.store.ClaimSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One scenario per kind of change, each committed to a real git repository and diffed with
 * {@code evident diff HEAD~1 HEAD} in every format; the output must equal
 * {@code golden/diff/<scenario>.{md,txt,json}}. Run with {@code -Dgolden.update=true} to
 * rewrite the golden files after an intended change (then read the git diff of them).
 */
class DiffGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/diff");
  static final List<String> EXTENSIONS = List.of("md", "txt", "json");

  static final Claim HYPOXIA = GitRepo.claim("chen-2025-breast-aaaaaa", "chen-2025-breast",
      "Hypoxia promotes angiogenesis.", "hypoxia", Relation.PROMOTES, "angiogenesis");
  static final Claim ECM = GitRepo.claim("chen-2025-breast-bbbbbb", "chen-2025-breast",
      "Disruption of the ECM induces migration of cancer cells.", "disruption of the ECM",
      Relation.INDUCES, "migration of cancer cells");
  static final Claim TGF = GitRepo.claim("chen-2025-breast-cccccc", "chen-2025-breast",
      "TGF-beta drives fibrosis.", "TGF-beta", Relation.DRIVES, "fibrosis");
  static final Claim BARRIER = GitRepo.claim("feng-2025-brain-dddddd", "feng-2025-brain",
      "Inflammation increases permeability of the blood-brain barrier.", "inflammation",
      Relation.INCREASES, "permeability of the blood-brain barrier");

  /** Scenario name to the change it commits on top of the base repository. */
  static Map<String, Consumer<GitRepo>> scenarios() {
    Map<String, Consumer<GitRepo>> s = new LinkedHashMap<>();
    s.put("added", r -> r.write(GitRepo.claim("chen-2025-breast-eeeeee", "chen-2025-breast",
        "Matrix stiffness enhances invasion.", "matrix stiffness", Relation.ENHANCES,
        "invasion")));
    s.put("removed", r -> r.delete(path(ECM)));
    s.put("reworded", r -> r.write(TGF.toBuilder()
        .statement("TGF-beta signalling drives tissue fibrosis.")
        .edited(List.of("statement")).build()));
    s.put("triple", r -> r.write(TGF.toBuilder()
        .mechanism(new Mechanism("TGF-beta signalling", Relation.PROMOTES, "fibrosis",
            Relation.PROMOTES.direction(), true, false))
        .edited(List.of("subject", "relation")).build()));
    s.put("retagged", r -> r.write(HYPOXIA.toBuilder()
        .tags(List.of("hypoxia", "microenvironment", "vascular")).build()));
    s.put("relevelled", r -> r.write(ECM.toBuilder()
        .evidence(ECM.evidence().withOverride(new LevelOverride(5,
            "the cited reference is itself a review", "Ada"))).build()));
    s.put("accepted", r -> r.write(HYPOXIA.toBuilder().status(Status.ACCEPTED)
        .decision(new Decision("Ada", "quote checked against the seed")).build()));
    s.put("rejected", r -> r.write(BARRIER.toBuilder().status(Status.REJECTED)
        .decision(new Decision("Grace", "not a mechanism: a description of the model")).build()));
    s.put("links-and-note", r -> r.write(TGF.toBuilder()
        .links(List.of(new Link(LinkRelation.SUPPORTS, ECM.id(), "same pathway")))
        .note("Check the cited reference [12].").build()));
    s.put("moved", r -> {
      r.delete(path(BARRIER));
      r.write("claims/chen-2025-breast/" + BARRIER.id() + ".yaml",
          dev.evident.store.Codec.write(BARRIER));
    });
    s.put("formatting-only", r -> {
      // key order, quoting and a trailing blank line differ; the parsed claim does not
      String text = r.read(path(HYPOXIA));
      List<String> lines = new ArrayList<>(List.of(text.split("\n")));
      String first = lines.remove(0);
      lines.add(1, first);
      String changed = String.join("\n", lines).replace("status: extracted",
          "status: \"extracted\"") + "\n\n";
      r.write(path(HYPOXIA), changed);
      r.write(path(ECM), r.read(path(ECM)).replace("\n", "\r\n"));
    });
    s.put("contradiction", r -> r.write(GitRepo.claim("feng-2025-brain-ffffff",
        "feng-2025-brain", "Hypoxia inhibits angiogenesis in the brain.", "Hypoxia ",
        Relation.INHIBITS, "angiogenesis")));
    s.put("duplicate", r -> r.write(GitRepo.claim("feng-2025-brain-ffffff", "feng-2025-brain",
        "hypoxia  promotes angiogenesis", "low oxygen", Relation.PROMOTES, "vessel growth")));
    s.put("escaping", r -> r.write(GitRepo.claim("chen-2025-breast-eeeeee",
        "chen-2025-breast", "<script>alert(1)</script> *bold* @octocat #12 [x](http://e.invalid)"
            + " | pipe `code` \u001b[31mred",
        "a\nb", Relation.CAUSES, "c")));
    s.put("mixed", r -> {
      r.delete(path(ECM));
      r.write(HYPOXIA.toBuilder().statement("Tumour hypoxia promotes angiogenesis.")
          .tags(List.of("angiogenesis", "hypoxia")).status(Status.ACCEPTED)
          .decision(new Decision("Ada", "")).evidence(new Evidence(3,
              dev.evident.model.Design.PRIMARY_MODEL, "ECO:0000269", "mouse model", null))
          .build());
      r.write(GitRepo.claim("chen-2025-breast-eeeeee", "chen-2025-breast",
          "TGF-beta inhibits fibrosis.", "tgf-beta", Relation.INHIBITS, "Fibrosis."));
    });
    return s;
  }

  static String path(Claim c) {
    return ClaimSet.claimPath(c.source(), c.id());
  }

  static GitRepo base(Path dir) {
    GitRepo r = GitRepo.init(dir);
    r.write(GitRepo.source("chen-2025-breast",
        "Mechanisms of breast cancer metastasis: the role of extracellular matrix"));
    r.write(GitRepo.source("feng-2025-brain", "The blood-brain barrier in neuroinflammation"));
    for (Claim c : List.of(HYPOXIA, ECM, TGF, BARRIER)) {
      r.write(c);
    }
    return r.commit("base");
  }

  static Stream<String> names() {
    return scenarios().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void matchesGolden(String name, @TempDir Path dir) throws IOException {
    GitRepo r = base(dir);
    scenarios().get(name).accept(r);
    r.commit(name);
    for (String ext : EXTENSIONS) {
      String format = switch (ext) {
        case "md" -> "markdown";
        case "txt" -> "text";
        default -> "json";
      };
      CliRunner.Result res = CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--format", format);
      assertEquals(0, res.code(), res.toString());
      assertEquals("", res.err());
      // deterministic: a second run prints the same bytes
      assertEquals(res.out(), CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--format", format)
          .out());
      Path golden = GOLDEN.resolve(name + "." + ext);
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(golden, res.out(), StandardCharsets.UTF_8);
      }
      assertTrue(Files.exists(golden), "missing golden file " + golden
          + " (run with -Dgolden.update=true to create it)");
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), res.out(),
          "golden " + golden);
    }
  }

  @Test
  void everyGoldenFileHasAScenarioAndEveryScenarioAllFormats() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (String n : scenarios().keySet()) {
      for (String ext : EXTENSIONS) {
        expected.add(n + "." + ext);
      }
    }
    Set<String> present = new TreeSet<>();
    try (Stream<Path> s = Files.list(GOLDEN)) {
      s.forEach(p -> present.add(p.getFileName().toString()));
    }
    Set<String> unpaired = new TreeSet<>(present);
    unpaired.removeAll(expected);
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(present);
    assertEquals(Set.of(), unpaired, "golden files without a scenario");
    assertEquals(Set.of(), missing, "scenarios without a golden file");
  }
}
