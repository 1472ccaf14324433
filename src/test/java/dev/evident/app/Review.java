package dev.evident.app;

import dev.evident.extract.Extraction;
import dev.evident.ingest.Document;
import dev.evident.model.Design;
import dev.evident.model.Evidence;
import dev.evident.model.Mechanism;
import dev.evident.model.QuoteText;
import dev.evident.model.Relation;
import dev.evident.store.ClaimSet;
import dev.evident.store.Repository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A review repository for tests, built with the real pipeline (ingest, ids, merge, codec)
 * and a stand-in extractor that finds three known sentences of the project's first seed.
 */
public final class Review {
  public static final String SEED = "000_dd130d9692cbe8c3.txt";

  /** Sentences of the seed, with the triple and tags the stand-in extractor gives them. */
  record Sentence(String text, String subject, Relation relation, String object,
      List<String> tags) {}

  static final List<Sentence> SENTENCES = List.of(
      new Sentence("Disruption of the ECM can induce the migration and invasion of cancer cells "
          + "via specific signaling pathways and cytokines.", "disruption of the ECM",
          Relation.INDUCES, "migration and invasion of cancer cells",
          List.of("ecm", "invasion", "migration")),
      new Sentence("The components of the extracellular matrix (ECM) are dynamic, and they "
          + "mediate mechanical signals that modulate cellular behaviors.",
          "components of the extracellular matrix", Relation.MEDIATES, "mechanical signals",
          List.of("ecm")),
      new Sentence("In breast cancer, there is notable tissue remodeling of ECM proteins, with "
          + "several identified as essential components for metastasis.",
          "tissue remodeling of ECM proteins", Relation.IS_REQUIRED_FOR, "metastasis",
          List.of()));

  private Review() {}

  /** The stand-in extractor: every known sentence found in the document. */
  public static Function<Document, List<Extraction>> extractor() {
    return doc -> {
      List<Extraction> out = new ArrayList<>();
      for (Sentence s : SENTENCES) {
        int at = doc.text().indexOf(s.text());
        if (at < 0) {
          continue;
        }
        out.add(new Extraction(at, at + s.text().length(), "Abstract",
            QuoteText.normalize(s.text()), s.text(),
            new Mechanism(s.subject(), s.relation(), s.object(), s.relation().direction(),
                s.text().contains(" can "), false),
            s.tags(), new Evidence(5, Design.REVIEW_UNCITED, "ECO:0000303",
                "statement in a review abstract without a traceable citation", null)));
      }
      return out;
    };
  }

  /** Runs parse with the stand-in extractor. */
  public static ParseService.Result parse(Path dir) {
    return new ParseService(new Repository(dir), v -> extractor()).run(
        new ParseService.Request(null, false, false));
  }

  /** A new repository in {@code dir}: one seed, parsed into three claims. */
  public static Path create(Path dir) {
    try {
      Path seeds = Files.createDirectories(dir.resolve("seeds"));
      Files.copy(Path.of("seeds", SEED), seeds.resolve(SEED));
      Files.createDirectories(dir.resolve("claims"));
      // the project's review declares its own tag vocabulary; a test review shares it
      Files.copy(Path.of("claims", "evident.yaml"), dir.resolve("claims").resolve("evident.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    parse(dir);
    return dir;
  }

  public static ClaimSet load(Path dir) {
    return new Repository(dir).load();
  }

  /** The claim ids, sorted. */
  public static List<String> ids(Path dir) {
    return List.copyOf(load(dir).claims().keySet());
  }
}
