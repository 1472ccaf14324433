package dev.evident.check;

import dev.evident.model.Claim;
import dev.evident.model.Design;
import dev.evident.model.Evidence;
import dev.evident.model.Locator;
import dev.evident.model.Mechanism;
import dev.evident.model.PublicationType;
import dev.evident.model.Relation;
import dev.evident.model.SeedFormat;
import dev.evident.model.SeedRef;
import dev.evident.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Synthetic claims for tests and benchmarks: statements built from a vocabulary of entities
 * (Zipf-like, so some are common), relations and qualifiers, with a share of paraphrased
 * repeats and reversed directions so that every kind of conflict occurs.
 */
public final class Synthetic {
  private static final String[] HEADS = {"EMT", "hypoxia", "TGF-beta", "ECM stiffness", "VEGF",
      "cancer-associated fibroblasts", "exosomes", "MMP9", "integrin signaling", "autophagy",
      "tumor-associated macrophages", "PD-L1", "Wnt signaling", "Notch", "HIF-1 alpha",
      "lysyl oxidase", "collagen crosslinking", "circulating tumor cells", "CXCR4", "IL-6"};
  private static final String[] TAILS = {"metastasis", "invasion", "migration", "angiogenesis",
      "immune evasion", "dormancy", "stemness", "proliferation", "apoptosis", "chemoresistance",
      "intravasation", "extravasation", "colonization", "tumor growth", "inflammation"};
  private static final String[] CONTEXTS = {"in breast cancer", "in colorectal cancer",
      "in mouse models", "in vitro", "in patients", "in lung metastases", "in the liver",
      "in glioma", "in the bone marrow", "in pancreatic cancer", "in melanoma", "in prostate"
          + " cancer", "under hypoxia", "after chemotherapy", "in early lesions"};
  private static final Relation[] RELATIONS = {Relation.PROMOTES, Relation.INHIBITS,
      Relation.INDUCES, Relation.SUPPRESSES, Relation.ENHANCES, Relation.REDUCES,
      Relation.REGULATES, Relation.ASSOCIATED_WITH};

  private final Random random;
  private final Map<String, Source> sources = new TreeMap<>();

  public Synthetic(long seed) {
    this.random = new Random(seed);
  }

  public Map<String, Source> sources() {
    return sources;
  }

  private String pick(String[] xs) {
    // Squared uniform: the first entries are much more common than the last.
    double u = random.nextDouble();
    return xs[(int) (u * u * xs.length)];
  }

  /** A made-up gene-like name, such as "KRT7B": the rare words a real review is full of. */
  private String name(int i) {
    String letters = "ABCDEFGHKLMNPRSTVWXZ";
    StringBuilder sb = new StringBuilder();
    int x = i;
    for (int k = 0; k < 3; k++) {
      sb.append(letters.charAt(x % letters.length()));
      x /= letters.length();
    }
    return sb.append(i % 97).toString();
  }

  /**
   * n claims from n / 20 sources; about a tenth restate an earlier claim. As in a real review,
   * the number of distinct entities grows with the number of claims (one per 20 claims), and a
   * few entities (EMT, hypoxia, ...) are very common.
   */
  public List<Claim> claims(int n) {
    int nSources = Math.max(2, n / 20);
    int nEntities = Math.max(20, n / 20);
    for (int s = 0; s < nSources; s++) {
      String id = String.format(Locale.ROOT, "src-%06d", s);
      // One source in fifty is another seed of an earlier paper (same DOI).
      String doi = s > 0 && s % 50 == 0 ? "10.5555/p" + (s - 1) : "10.5555/p" + s;
      sources.put(id, new Source(id, new SeedRef("seeds/" + id + ".txt", "0".repeat(64),
          SeedFormat.PLAIN_TEXT), "Synthetic paper number " + s + " on metastasis",
          List.of(), null, 2024, null, doi, null, null, null, List.of(),
          PublicationType.REVIEW, true, List.of()));
    }
    List<Claim> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String source = String.format(Locale.ROOT, "src-%06d", random.nextInt(nSources));
      String subject;
      String object;
      Relation rel;
      boolean negated;
      String context;
      String extra;
      if (i > 10 && random.nextInt(10) == 0) {
        Claim earlier = out.get(random.nextInt(out.size()));
        subject = earlier.mechanism().subject();
        object = earlier.mechanism().object();
        rel = random.nextInt(4) == 0 ? RELATIONS[random.nextInt(RELATIONS.length)]
            : earlier.mechanism().relation();
        negated = random.nextInt(8) == 0;
        String[] words = earlier.statement().split(" ");
        context = words.length > 4 ? words[words.length - 2] + " " + words[words.length - 1]
            : pick(CONTEXTS);
        context = context.replace(".", "");
        extra = random.nextBoolean() ? "" : " strongly";
      } else {
        subject = random.nextInt(3) == 0 ? pick(HEADS)
            : name(random.nextInt(nEntities)) + " " + pick(HEADS);
        object = pick(TAILS) + " of " + (random.nextInt(2) == 0 ? pick(TAILS)
            : name(random.nextInt(nEntities)) + " cells");
        rel = RELATIONS[random.nextInt(RELATIONS.length)];
        negated = random.nextInt(20) == 0;
        context = pick(CONTEXTS) + " cohort " + random.nextInt(Math.max(100, n / 5));
        extra = "";
      }
      String verb = rel.wire().replace('-', ' ');
      String statement = subject + (negated ? " does not " + verb.replaceAll("s$", "")
          : extra + " " + verb) + " " + object + " " + context + ".";
      dev.evident.model.Direction dir = negated ? Mechanism.opposite(rel.direction()) : rel.direction();
      int level = 2 + random.nextInt(4);
      Design d = Design.ofLevel(level);
      String id = String.format(Locale.ROOT, "%s-%06x", source, i);
      out.add(Claim.extracted(id, source, statement, statement,
          new Locator(null, 0, statement.length(), 1, 1),
          new Mechanism(subject, rel, object, dir, false, negated),
          new Evidence(level, d, d.eco(), "synthetic", null), List.of()));
    }
    return out;
  }

}
