package dev.evident.bench;

import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.Status;
import dev.evident.model.Tag;
import dev.evident.model.Vocabulary;
import dev.evident.store.Codec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A deterministic generator of synthetic review repositories for the benchmark suite
 * ({@code bench/run}; see docs/performance.md). Not a test.
 *
 * <pre>
 *   Corpus seeds DIR N      writes DIR/seeds/ with N documents, a fifth in each seed shape
 *   Corpus change DIR PCT   edits PCT% of DIR/claims (re-worded, re-tagged, accepted,
 *                           rejected, removed in equal parts), for a diff between two commits
 * </pre>
 *
 * Each document mixes mechanism sentences (with hedges, negations, citations), noise
 * (methods, numbers, outlook), reference lists and page boilerplate, in the shapes of a
 * PubMed page, a Markdown paper summary, a journal landing page, a plain-text article and a
 * front-matter Q&A. Every document is about one of twenty diseases; each disease has its own
 * entities, and a shared core (TGF-beta, hypoxia, ...) recurs across diseases, so that blocking
 * in conflict detection sees both small and large groups, and some statements contradict.
 * The same arguments always give the same bytes.
 */
public final class Corpus {
  private static final String[] DISEASES = {"breast cancer", "colorectal cancer",
      "Alzheimer's disease", "type 2 diabetes", "heart failure", "liver fibrosis",
      "rheumatoid arthritis", "glioblastoma", "pancreatic cancer", "asthma", "psoriasis",
      "multiple sclerosis", "lung adenocarcinoma", "melanoma", "chronic kidney disease",
      "atherosclerosis", "Parkinson's disease", "ulcerative colitis", "osteoarthritis",
      "prostate cancer"};
  /** Entities shared by every disease: the common words a review is full of. */
  private static final String[] SHARED = {"TGF-beta signalling", "hypoxia", "oxidative stress",
      "NF-kB activation", "IL-6", "autophagy", "macrophage polarization", "TNF-alpha",
      "mitochondrial dysfunction", "Wnt signalling"};
  private static final String[] OUTCOMES = {"inflammation", "fibrosis", "apoptosis",
      "cell proliferation", "tissue remodelling", "cell migration", "angiogenesis",
      "insulin secretion", "barrier integrity", "immune evasion", "neuronal loss",
      "matrix deposition", "tumor growth", "invasion", "senescence", "metastasis"};
  private static final String[] VERBS = {"promotes", "inhibits", "induces", "suppresses",
      "enhances", "reduces", "activates", "drives", "regulates", "impairs"};
  private static final String[] BASE = {"not", "inhibit", "induce", "suppress", "enhance",
      "reduce", "activate", "drive", "regulate", "impair"};
  private static final String[] HEDGES = {"may", "might", "could", "appears to"};
  private static final String[] NOISE = {
      "We enrolled %d patients and followed them for %d months.",
      "Samples were collected at baseline and after %d weeks of treatment.",
      "The cohort included %d women and %d men.",
      "Further studies are needed to confirm these observations.",
      "This section summarises the main findings reported to date.",
      "Data were analysed with a mixed model (p < 0.0%d).",
      "Table %d lists the characteristics of the %d included studies.",
      "The authors thank the participants and the clinical staff.",
      "Figure %d shows the timeline of the experiments.",
      "Here we review the literature published over the past %d years."};
  private static final String[] SURNAMES = {"Lopez", "Watanabe", "Okafor", "Chen", "Muller",
      "Rossi", "Novak", "Silva", "Berg", "Hoffmann", "Mendes", "Raman", "Kim", "Nguyen",
      "Haddad", "Kowalski", "Andersen", "Ivanova", "Tanaka", "Smith", "Garcia", "Patel"};
  private static final String[] GIVEN = {"Maria", "Kenji", "Amara", "Rui", "Lena", "Carlos",
      "Priya", "Ana", "Tomas", "Jing", "Omar", "Sara", "Yuki", "Ivan", "Nora", "Paolo"};

  private final Random random;
  private final int docIndex;
  private final String disease;
  private final String[] local;

  private Corpus(int docIndex) {
    this.random = new Random(0x5EED_0000L + docIndex);
    this.docIndex = docIndex;
    this.disease = DISEASES[docIndex % DISEASES.length];
    // Disease-specific entities: a few hundred per disease across the corpus, so that both
    // common and rare subjects exist.
    int d = docIndex % DISEASES.length;
    local = new String[6];
    for (int i = 0; i < local.length; i++) {
      int k = (int) (Math.pow(random.nextDouble(), 2) * 400);
      local[i] = gene(d * 1000 + k) + (i % 2 == 0 ? "" : " signalling");
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("seeds")) {
      writeSeeds(Path.of(args[1]), Integer.parseInt(args[2]));
    } else if (args.length == 3 && args[0].equals("change")) {
      change(Path.of(args[1]), Double.parseDouble(args[2]));
    } else {
      System.err.println("usage: Corpus seeds DIR N | Corpus change DIR PERCENT");
      System.exit(2);
    }
  }

  /** Writes N seed documents under dir/seeds/. */
  public static void writeSeeds(Path dir, int n) throws IOException {
    Path seeds = dir.resolve("seeds");
    Files.createDirectories(seeds);
    for (int i = 0; i < n; i++) {
      Corpus c = new Corpus(i);
      String text = c.document();
      String name = String.format(Locale.ROOT, "%06d_%s.%s", i, shapeName(i),
          i % 5 == 1 || i % 5 == 4 ? "md" : "txt");
      Files.writeString(seeds.resolve(name), text, StandardCharsets.UTF_8);
    }
  }

  private static String shapeName(int i) {
    return switch (i % 5) {
      case 0 -> "pubmed";
      case 1 -> "summary";
      case 2 -> "journal";
      case 3 -> "article";
      default -> "qa";
    };
  }

  static String document(int i) {
    return new Corpus(i).document();
  }

  private String document() {
    return switch (docIndex % 5) {
      case 0 -> pubmed();
      case 1 -> summary();
      case 2 -> journal();
      case 3 -> article();
      default -> qa();
    };
  }

  // ------------------------------------------------------------------ vocabulary

  /** A made-up gene-like symbol, such as "KRT7B", unique per number. */
  private static String gene(int i) {
    String letters = "ABCDEFGHKLMNPRSTVWXZ";
    StringBuilder sb = new StringBuilder();
    int x = i;
    for (int k = 0; k < 3; k++) {
      sb.append(letters.charAt(x % letters.length()));
      x /= letters.length();
    }
    return sb.append(i % 89 + 1).toString();
  }

  private String pick(String[] xs) {
    return xs[random.nextInt(xs.length)];
  }

  private String subject() {
    return random.nextInt(3) == 0 ? pick(SHARED) : local[random.nextInt(local.length)];
  }

  /** One mechanism sentence: subject, verb, outcome, disease; sometimes hedged or negated. */
  private String mechanism(boolean cite) {
    String subject = subject();
    int v = random.nextInt(VERBS.length);
    String object = pick(OUTCOMES);
    int mode = random.nextInt(10);
    String verb;
    if (mode == 0 && v > 0) {
      verb = "does not " + BASE[v];
    } else if (mode <= 2 && v > 0) {
      verb = pick(HEDGES) + " " + BASE[v];
    } else {
      verb = VERBS[v];
    }
    String s = cap(subject) + " " + verb + " " + object + " in " + disease;
    if (random.nextInt(3) == 0) {
      s += " by activating " + local[random.nextInt(local.length)];
    }
    if (cite) {
      s += " [" + (1 + random.nextInt(40)) + "]";
    }
    return s + ".";
  }

  private String noise() {
    String f = pick(NOISE);
    return String.format(Locale.ROOT, f, 10 + random.nextInt(900), 2 + random.nextInt(30));
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String title() {
    return cap(local[0]) + " and " + pick(OUTCOMES) + " in " + disease + ": "
        + pick(new String[] {"mechanisms", "a review", "new insights", "an update"});
  }

  private List<String> authors() {
    List<String> out = new ArrayList<>();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      out.add(pick(GIVEN) + " " + pick(SURNAMES));
    }
    return out;
  }

  private int year() {
    return 2015 + docIndex % 11;
  }

  private String doi() {
    return "10.5555/bench." + docIndex;
  }

  /** About ten sentences, two in three of them mechanisms. */
  private String paragraph(int sentences, boolean cite) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(random.nextInt(3) == 0 ? noise() : mechanism(cite && random.nextBoolean()));
    }
    return b.toString();
  }

  private String reference(int k) {
    String a = pick(SURNAMES);
    return a + " " + (char) ('A' + random.nextInt(26)) + ", " + pick(SURNAMES) + " "
        + (char) ('A' + random.nextInt(26)) + ". " + cap(pick(SHARED)) + " in " + pick(DISEASES)
        + ". J Exp Med " + (2000 + random.nextInt(25)) + ";" + (10 + k) + ":" + (100 + k * 7)
        + "-" + (110 + k * 7) + ".";
  }

  // ------------------------------------------------------------------ the five shapes

  private String pubmed() {
    List<String> au = authors();
    StringBuilder b = new StringBuilder();
    b.append("Skip to main page content\nU.S. flag\n\nAn official website of the United States"
        + " government\n\nThe .gov means it\u2019s official.\nFederal government websites often"
        + " end in .gov or .mil.\n\nAccess keys NCBI Homepage MyNCBI Homepage Main Content Main"
        + " Navigation\nReview\nJ Exp Med\n. ").append(year()).append(" Feb 14;20(1):41.\ndoi: ")
        .append(doi()).append(".\n\n").append(title()).append("\n\n");
    for (int i = 0; i < au.size(); i++) {
      b.append(i > 0 ? ", " : "").append(au.get(i)).append(' ').append(1 + i % 2);
    }
    b.append("\nAffiliations\nPMID: ").append(30000000 + docIndex).append(" DOI: ").append(doi())
        .append("\n\nAbstract\n\nBackground: ").append(paragraph(3, false))
        .append("\n\nMethods: ").append(noise()).append(' ').append(noise())
        .append("\n\nResults: ").append(paragraph(8, false))
        .append("\n\nConclusions: ").append(mechanism(false))
        .append("\n\nCopyright \u00A9 ").append(year()).append(" The Authors.\n\nKeywords: ")
        .append(cap(disease)).append("; ").append(local[0]).append("; ").append(pick(OUTCOMES))
        .append(".\n\nPubMed Disclaimer\n\nConflict of interest statement\n\nThe authors declare"
            + " no competing interests.\n\nSimilar articles\n\nCited by\n\nReferences\n\n");
    for (int k = 1; k <= 5; k++) {
      b.append("    ").append(k).append(". ").append(reference(k)).append(" - PubMed\n");
    }
    return b.toString();
  }

  private String summary() {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(title()).append("\n\n**Authors:** ")
        .append(String.join(", ", authors())).append("\n\nPMC \u00B7 DOI: ").append(doi())
        .append(" \u00B7 Journal of Bench Studies \u00B7 ").append(year()).append("-06-06\n\n")
        .append("## TL;DR\n\n").append(mechanism(false)).append("\n\n## Key findings\n\n");
    for (int k = 0; k < 4; k++) {
      b.append("- ").append(mechanism(false)).append('\n');
    }
    b.append("\n## Abstract\n\n").append(paragraph(7, false)).append("\n\n## Linked entities\n\n")
        .append("- **Genes:** ").append(local[0]).append(" (HGNC:").append(1000 + docIndex % 900)
        .append("), ").append(local[2]).append(" (HGNC:").append(2000 + docIndex % 700)
        .append(")\n\n## References\n\n").append(20 + docIndex % 30)
        .append(" references \u2014 full list in the complete paper: https://example.org/paper/")
        .append(docIndex).append("/full.md\n\n---\nSource: https://example.org/paper/")
        .append(docIndex).append('\n');
    return b.toString();
  }

  private String journal() {
    String t = title();
    StringBuilder b = new StringBuilder();
    b.append(t).append('\n').append(String.join(" , ", authors())).append('\n')
        .append("BENCH MEDICINE \u203A\u203A ").append(year()).append(", Vol. ")
        .append(1 + docIndex % 20).append(" \u203A\u203A Issue (").append(1 + docIndex % 4)
        .append(") : e").append(10000 + docIndex).append('\n').append(t).append('\n')
        .append(paragraph(13, false)).append('\n').append(disease).append(" / ").append(local[0])
        .append(" / ").append(pick(OUTCOMES)).append('\n');
    for (int k = 1; k <= 8; k++) {
      b.append("| [").append(k).append("] |\n");
      b.append(k % 3 == 0 ? "\u201C" + cap(pick(SHARED)) + " in " + disease + ",\u201D Bench Med "
          + (100 + k) + " (" + (2010 + k) + "): " + k + ". |\n" : "|\n");
    }
    b.append(year()).append(" The Author(s). Bench Medicine published by Example Press.\n");
    return b.toString();
  }

  /** Hard-wrapped plain text with [n] citations, the way a PDF converts. */
  private String article() {
    StringBuilder b = new StringBuilder();
    b.append(title()).append("\n Introduction\n\n").append(wrap(paragraph(6, true)))
        .append("\n\n Mechanisms\n\n").append(wrap(paragraph(8, true)))
        .append("\n\nOutlook\n\n").append(wrap(paragraph(3, false))).append("\n\nReferences\n\n");
    for (int k = 1; k <= 6; k++) {
      b.append(k).append(". ").append(reference(k)).append('\n');
    }
    return b.toString();
  }

  private static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String w : text.split(" ")) {
      if (col > 0 && col + 1 + w.length() > 62) {
        out.append('\n');
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(w);
      col += w.length();
    }
    return out.toString();
  }

  private String qa() {
    String q = "How does " + local[0] + " affect " + pick(OUTCOMES) + " in " + disease + "?";
    StringBuilder answer = new StringBuilder(paragraph(3, false));
    for (int k = 1; k <= 6; k++) {
      answer.append("\\n\\n").append(k).append(". **").append(cap(pick(OUTCOMES)))
          .append("**: ").append(mechanism(false));
    }
    answer.append("\\n\\n").append(noise());
    return "---\nid: " + (4000 + docIndex) + "\ndate: " + year() + "-03-05\ntitle: >-\n    " + q
        + "\nseo:\n  title: Health Answers\n  page_description: >-\n    An overview of "
        + disease + " mechanisms.\n  page_keywords: >-\n    " + disease + ", " + local[0]
        + ".\nauthor: " + pick(GIVEN) + " " + pick(SURNAMES) + "\nquestion: >-\n    " + q
        + "\nanswer: >-\n    " + answer + "\nurl: /answers/bench-" + docIndex + "\n---\n\n&nbsp;\n";
  }

  // ------------------------------------------------------------------ a commit's changes

  /**
   * Changes pct% of the claim files under dir/claims (every k-th file in path order, so the
   * choice is deterministic), rotating through five kinds of change.
   */
  public static void change(Path dir, double pct) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir.resolve("claims"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")
          && !p.getFileName().toString().equals("source.yaml")
          && !p.getFileName().toString().equals("evident.yaml")).sorted().toList();
    }
    int step = (int) Math.max(1, Math.round(100 / pct));
    int changed = 0;
    for (int i = 0; i < files.size(); i += step) {
      Path f = files.get(i);
      Claim c = Codec.readClaim(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
      Claim next;
      switch (changed % 5) {
        case 0 -> next = c.toBuilder().statement(c.statement().replace(" in ", " within "))
            .edited(List.of("statement")).build();
        case 1 -> {
          List<String> tags = new ArrayList<>(c.tags());
          // a tag from the default vocabulary that the claim does not have yet
          for (Tag t : Vocabulary.defaults().tags()) {
            if (!tags.contains(t.name())) {
              tags.add(t.name());
              break;
            }
          }
          next = c.toBuilder().tags(tags.stream().sorted().toList()).build();
        }
        case 2 -> next = c.toBuilder().status(Status.ACCEPTED)
            .decision(new Decision("bench", "checked against the seed")).build();
        case 3 -> next = c.toBuilder().status(Status.REJECTED)
            .decision(new Decision("bench", "not a mechanism")).build();
        default -> next = null;
      }
      if (next == null) {
        Files.delete(f);
      } else {
        Files.writeString(f, Codec.write(next), StandardCharsets.UTF_8);
      }
      changed++;
    }
    System.out.println("changed " + changed + " of " + files.size() + " claim files");
  }
}
