package dev.evident.check;

import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.Design;
import dev.evident.model.Evidence;
import dev.evident.model.Ids;
import dev.evident.model.Locator;
import dev.evident.model.Mechanism;
import dev.evident.model.PublicationType;
import dev.evident.model.Relation;
import dev.evident.model.SeedFormat;
import dev.evident.model.SeedRef;
import dev.evident.model.Source;
import dev.evident.model.Status;
import dev.evident.model.TextIndex;
import dev.evident.store.ClaimSet;
import dev.evident.store.Codec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds review repositories for check tests: seeds with known text, their source files with
 * the right sha256, and claims whose locators are computed from where the quote really is.
 */
public final class ReviewBuilder {
  private final Map<String, String> seeds = new LinkedHashMap<>();
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, Claim> claims = new LinkedHashMap<>();

  public ReviewBuilder seed(String file, String text) {
    seeds.put(file, text);
    return this;
  }

  public ReviewBuilder source(String id, String seedFile, String doi, String title) {
    String text = seeds.get(seedFile);
    sources.put(id, new Source(id, new SeedRef(seedFile,
        Ids.sha256Hex(text.getBytes(StandardCharsets.UTF_8)), SeedFormat.PLAIN_TEXT), title,
        List.of("Chen R"), "J Test", 2025, null, doi, null, null, null, List.of(),
        PublicationType.REVIEW, true, List.of()));
    return this;
  }

  /** A claim whose quote is looked up in its source's seed; status other than extracted gets a decision. */
  public ReviewBuilder claim(String id, String source, String statement, String quote,
      String subject, Relation relation, String object, boolean negated, Status status,
      int level) {
    String seedText = seeds.get(sources.get(source).seed().file());
    int at = seedText.indexOf(quote);
    if (at < 0) {
      throw new IllegalArgumentException("quote not in seed: " + quote);
    }
    TextIndex idx = new TextIndex(seedText);
    Locator loc = new Locator("Abstract", idx.codePoints(at), idx.codePoints(at + quote.length()),
        idx.line(at), idx.column(at));
    Mechanism m = new Mechanism(subject, relation, object,
        negated ? Mechanism.opposite(relation.direction()) : relation.direction(), false,
        negated);
    Design d = Design.ofLevel(level);
    Claim c = Claim.extracted(id, source, statement, quote, loc, m,
        new Evidence(level, d, d.eco(), "test basis", null), List.of("emt"));
    if (status != Status.EXTRACTED) {
      c = c.toBuilder().status(status).decision(new Decision("Ada", "checked")).build();
    }
    claims.put(id, c);
    return this;
  }

  public ReviewBuilder edit(String id, UnaryOperator<Claim> change) {
    claims.put(id, change.apply(claims.get(id)));
    return this;
  }

  public Map<String, Claim> claims() {
    return claims;
  }

  public Map<String, Source> sources() {
    return sources;
  }

  /** Writes seeds/, claims/<source>/source.yaml and claims/<source>/<id>.yaml under dir. */
  public Path write(Path dir) {
    try {
      for (Map.Entry<String, String> s : seeds.entrySet()) {
        Path p = dir.resolve(s.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, s.getValue(), StandardCharsets.UTF_8);
      }
      for (Source s : sources.values()) {
        Path p = dir.resolve(ClaimSet.sourcePath(s.id()));
        Files.createDirectories(p.getParent());
        Files.writeString(p, Codec.write(s), StandardCharsets.UTF_8);
      }
      for (Claim c : claims.values()) {
        Path p = dir.resolve(ClaimSet.claimPath(c.source(), c.id()));
        Files.createDirectories(p.getParent());
        Files.writeString(p, Codec.write(c), StandardCharsets.UTF_8);
      }
      Files.createDirectories(dir.resolve("claims"));
      if (!Files.exists(dir.resolve("claims/evident.yaml"))) {
        dev.evident.store.Fixtures.declareVocabulary(dir);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ the shared fixture

  static final String CHEN = """
      Mechanisms of breast cancer metastasis: the role of extracellular matrix

      Abstract
      Hypoxia promotes angiogenesis in solid tumours.
      Disruption of the ECM induces migration and invasion of cancer cells.
      EMT promotes metastasis of breast cancer cells.
      LOX inhibits collagen crosslinking in the stroma.
      """;
  static final String CHEN_COPY = """
      Mechanisms of breast cancer metastasis: the role of extracellular matrix (PubMed copy)

      Disruption of the extracellular matrix induces the migration and invasion of cancer cells.
      """;
  static final String FENG = """
      Epithelial plasticity in cancer

      Epithelial-mesenchymal transition promotes metastasis of breast cancer cells.
      TGF-beta induces epithelial-mesenchymal transition in carcinoma cells.
      Cancer-associated fibroblasts promote invasion of tumour cells.
      """;
  static final String LI = """
      Hypoxia and the matrix

      Hypoxia inhibits angiogenesis in solid tumors.
      TGF-beta does not induce EMT in carcinoma cells.
      CAFs suppress invasion of tumor cells.
      Lysyl oxidase (LOX) promotes collagen crosslinking in the stroma.
      """;

  /**
   * The conflict fixture. Expected findings:
   * contradiction chen-2025-ecm-a1 / li-2023-hyp-b1 (both accepted: EV501);
   * contradiction feng-2024-epi-c2 / li-2023-hyp-b2 (negated, not both accepted: EV502);
   * contradiction feng-2024-epi-c3 / li-2023-hyp-b3 acknowledged with a note (resolved);
   * contradiction chen-2025-ecm-a4 / li-2023-hyp-b4 via the learned abbreviation LOX (EV502);
   * duplicate chen-2025-ecm-a2 / chen-2025-copy-d1 (same DOI) at levels 5 and 3 (EV503, EV504);
   * corroboration chen-2025-ecm-a3 / feng-2024-epi-c1 (two independent sources).
   */
  static ReviewBuilder conflicts() {
    ReviewBuilder b = new ReviewBuilder()
        .seed("seeds/chen.txt", CHEN).seed("seeds/chen-copy.txt", CHEN_COPY)
        .seed("seeds/feng.txt", FENG).seed("seeds/li.txt", LI)
        .source("chen-2025-ecm", "seeds/chen.txt", "10.1000/chen.2025",
            "Mechanisms of breast cancer metastasis: the role of extracellular matrix")
        .source("chen-2025-copy", "seeds/chen-copy.txt", "https://doi.org/10.1000/CHEN.2025",
            "Breast cancer metastasis and the ECM")
        .source("feng-2024-epi", "seeds/feng.txt", "10.1000/feng", "Epithelial plasticity in cancer")
        .source("li-2023-hyp", "seeds/li.txt", null, "Hypoxia and the matrix");
    b.claim("chen-2025-ecm-a1", "chen-2025-ecm", "Hypoxia promotes angiogenesis.",
        "Hypoxia promotes angiogenesis in solid tumours.", "hypoxia", Relation.PROMOTES,
        "angiogenesis in solid tumours", false, Status.ACCEPTED, 5);
    b.claim("li-2023-hyp-b1", "li-2023-hyp", "Hypoxia inhibits angiogenesis.",
        "Hypoxia inhibits angiogenesis in solid tumors.", "Hypoxia", Relation.INHIBITS,
        "angiogenesis in solid tumors", false, Status.ACCEPTED, 5);
    b.claim("feng-2024-epi-c2", "feng-2024-epi", "TGF-beta induces EMT in carcinoma cells.",
        "TGF-beta induces epithelial-mesenchymal transition in carcinoma cells.", "TGF-beta",
        Relation.INDUCES, "epithelial-mesenchymal transition", false, Status.EXTRACTED, 5);
    b.claim("li-2023-hyp-b2", "li-2023-hyp", "TGF-beta does not induce EMT.",
        "TGF-beta does not induce EMT in carcinoma cells.", "TGF-beta", Relation.INDUCES, "EMT",
        true, Status.ACCEPTED, 5);
    b.claim("feng-2024-epi-c3", "feng-2024-epi", "CAFs promote invasion of tumour cells.",
        "Cancer-associated fibroblasts promote invasion of tumour cells.",
        "cancer-associated fibroblasts", Relation.PROMOTES, "invasion of tumour cells", false,
        Status.ACCEPTED, 5);
    b.claim("li-2023-hyp-b3", "li-2023-hyp", "CAFs suppress tumor cell invasion.",
        "CAFs suppress invasion of tumor cells.", "CAFs", Relation.SUPPRESSES,
        "invasion of tumor cells", false, Status.ACCEPTED, 5);
    b.edit("li-2023-hyp-b3", c -> c.toBuilder().links(List.of(new dev.evident.model.Link(
        dev.evident.model.LinkRelation.CONTRADICTS, "feng-2024-epi-c3",
        "different fibroblast subtypes; both stand"))).build());
    b.claim("chen-2025-ecm-a4", "chen-2025-ecm", "LOX inhibits collagen crosslinking.",
        "LOX inhibits collagen crosslinking in the stroma.", "LOX", Relation.INHIBITS,
        "collagen crosslinking", false, Status.EXTRACTED, 5);
    b.claim("li-2023-hyp-b4", "li-2023-hyp", "Lysyl oxidase promotes crosslinking of collagen.",
        "Lysyl oxidase (LOX) promotes collagen crosslinking in the stroma.", "lysyl oxidase",
        Relation.PROMOTES, "collagen crosslinking", false, Status.EXTRACTED, 5);
    b.claim("chen-2025-ecm-a2", "chen-2025-ecm",
        "Disruption of the ECM induces migration and invasion of cancer cells.",
        "Disruption of the ECM induces migration and invasion of cancer cells.",
        "disruption of the ECM", Relation.INDUCES, "migration and invasion of cancer cells",
        false, Status.EXTRACTED, 5);
    b.claim("chen-2025-copy-d1", "chen-2025-copy",
        "Disruption of the extracellular matrix induces the migration and invasion of cancer cells.",
        "Disruption of the extracellular matrix induces the migration and invasion of cancer cells.",
        "disruption of the extracellular matrix", Relation.INDUCES,
        "the migration and invasion of cancer cells", false, Status.EXTRACTED, 3);
    b.claim("chen-2025-ecm-a3", "chen-2025-ecm", "EMT promotes metastasis of breast cancer cells.",
        "EMT promotes metastasis of breast cancer cells.", "EMT", Relation.PROMOTES,
        "metastasis of breast cancer cells", false, Status.EXTRACTED, 5);
    b.claim("feng-2024-epi-c1", "feng-2024-epi",
        "Epithelial-mesenchymal transition promotes metastasis of breast cancer cells.",
        "Epithelial-mesenchymal transition promotes metastasis of breast cancer cells.",
        "epithelial-mesenchymal transition", Relation.PROMOTES,
        "metastases of breast cancer cells", false, Status.EXTRACTED, 5);
    return b;
  }
}
