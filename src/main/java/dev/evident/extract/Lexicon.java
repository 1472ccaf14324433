package dev.evident.extract;

import dev.evident.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The word lists and patterns the extractor's rules read; data, not logic. */
final class Lexicon {
  private Lexicon() {}

  /** A causal or regulatory verb: its finite forms, past participle, gerund, relation. */
  record Verb(List<String> finite, String participle, String gerund, Relation relation) {}

  /**
   * Causal and regulatory verbs of general biology, by the relation each asserts. A spec is a
   * base form ("induce"), a base form whose last consonant doubles before -ed and -ing
   * ("permit+"), or the five forms of an irregular verb ("drive|drives|drove|driven|driving").
   * The words come from general English and biomedical usage (verbs of causation, regulation,
   * modification, binding and damage), never from one document.
   */
  static final List<Verb> VERBS = verbs(
      Relation.INDUCES, List.of("induce", "trigger", "elicit", "evoke", "provoke", "initiate",
          "instigate", "precipitate", "spark", "recruit", "attract", "mobilize", "mobilise",
          "transactivate", "derepress", "unleash", "ignite"),
      Relation.PROMOTES, List.of("promote", "foster", "sustain", "support", "maintain",
          "perpetuate", "stabilize", "stabilise", "favor", "favour", "encourage", "predispose",
          "preserve"),
      Relation.DRIVES, List.of("drive|drives|drove|driven|driving", "fuel", "propel+"),
      Relation.ENABLES, List.of("enable", "allow", "permit+", "confer+", "license", "licence",
          "prime", "empower"),
      Relation.FACILITATES, List.of("facilitate", "help", "aid", "assist", "expedite"),
      Relation.ENHANCES, List.of("enhance", "exacerbate", "aggravate", "accelerate",
          "potentiate", "amplify", "augment", "intensify", "worsen", "boost", "heighten",
          "strengthen", "reinforce", "magnify", "hasten", "sensitize", "sensitise", "exaggerate",
          "prolong"),
      Relation.INCREASES, List.of("increase", "elevate", "raise", "upregulate", "up-regulate",
          "enrich", "restore", "expand"),
      Relation.ACTIVATES, List.of("activate", "stimulate", "excite"),
      Relation.CAUSES, List.of("cause", "produce", "generate", "create", "engender", "render"),
      Relation.MEDIATES, List.of("mediate", "underlie|underlies|underlay|underlain|underlying",
          "transduce", "relay", "transmit+", "convey"),
      Relation.REGULATES, List.of("regulate", "control+", "govern", "orchestrate", "determine",
          "dictate", "coordinate", "tune", "fine-tune", "program+",
          "reprogram+", "phosphorylate", "dephosphorylate", "methylate", "demethylate",
          "acetylate", "deacetylate", "ubiquitinate", "ubiquitylate", "glycosylate",
          "sumoylate", "palmitoylate", "hydroxylate", "oxidize", "oxidise", "cleave", "bind|binds|bound|bound|binding",
          "target", "modify", "instruct", "steer", "imprint"),
      Relation.MODULATES, List.of("modulate", "alter", "change", "shift", "reshape", "remodel",
          "constrict", "dilate", "distort", "deform",
          "rewire", "reorganize", "reorganise", "redirect", "skew", "switch", "convert",
          "transform", "polarize", "polarise", "tailor", "adjust"),
      Relation.INFLUENCES, List.of("influence", "shape"),
      Relation.AFFECTS, List.of("affect", "impact", "perturb"),
      Relation.INHIBITS, List.of("inhibit", "block", "impair", "disrupt", "attenuate", "hinder",
          "antagonize", "antagonise", "abrogate", "abolish", "blunt", "counteract", "dampen",
          "curb+", "restrain", "restrict", "limit", "impede", "obstruct", "compromise",
          "inactivate", "deactivate", "desensitize", "desensitise", "sequester", "neutralize",
          "neutralise", "quench", "retard", "delay", "arrest", "halt", "stall",
          "oppose", "weaken", "undermine", "hamper", "thwart", "derail", "uncouple",
          "destabilize", "destabilise", "disable", "silence", "occlude"),
      Relation.SUPPRESSES, List.of("suppress", "repress", "quell", "subdue"),
      Relation.REDUCES, List.of("reduce", "decrease", "diminish", "downregulate",
          "down-regulate", "lower", "lessen", "deplete", "deprive", "shorten", "shrink|shrinks|shrank|shrunk|shrinking", "alleviate", "ameliorate", "mitigate", "relieve", "resolve", "reverse", "normalize", "normalise", "offset"),
      Relation.PREVENTS, List.of("prevent", "avert", "preclude", "forestall", "protect",
          "stop+"),
      Relation.DESTROYS, List.of("destroy", "kill", "eliminate", "degrade", "lyse", "damage",
          "attack",
          "injure", "digest", "disassemble", "dismantle", "erode", "ablate", "remove"));

  /**
   * Verb forms that are as often nouns ("increases in", "healthy controls", "drug targets"):
   * they trigger only when a noun phrase precedes and something other than "of" or "in"
   * follows, and they do not end a noun phrase scanned backwards.
   */
  static final Set<String> NOUN_HOMOGRAPHS = Set.copyOf(List.of(
      "increases", "decreases", "controls", "targets", "changes", "shifts", "links", "limits",
      "damages", "programs", "patterns", "processes", "balances", "switches", "supports",
      "aids", "helps", "blocks", "delays", "arrests", "impacts", "influences", "shapes",
      "conditions", "biases", "gates", "powers", "masks", "sets", "yields", "relays", "bridges",
      "clears", "breaks", "fragments", "compounds", "causes", "drives", "triggers", "sparks",
      "halts", "stalls", "holds", "stops", "eases", "boosts", "fuels", "primes", "tunes",
      "couples", "mutes", "favors", "favours", "lowers", "raises", "removes", "offsets",
      "reverses", "switch", "process", "pattern", "control", "target", "change", "shift",
      "link", "limit", "damage", "program", "balance", "support", "aid", "help", "block",
      "delay", "arrest", "impact", "influence", "shape", "condition", "bias", "gate", "power",
      "mask", "set", "yield", "relay", "bridge", "clear", "break", "fragment", "compound",
      "cause", "drive", "trigger", "spark", "halt", "stall", "hold", "stop", "ease", "boost",
      "fuel", "prime", "tune", "couple", "mute", "favor", "favour", "increase", "decrease",
      "lower", "raise", "remove", "offset", "reverse", "license", "licence", "silence",
      "encode", "protect", "instruct", "balance", "direct", "slow", "bound", "attack",
      "attacks"));

  private static List<Verb> verbs(Object... relationAndSpecs) {
    List<Verb> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < relationAndSpecs.length; i += 2) {
      Relation r = (Relation) relationAndSpecs[i];
      @SuppressWarnings("unchecked")
      List<String> specs = (List<String>) relationAndSpecs[i + 1];
      for (String spec : specs) {
        Verb verb = inflect(spec, r);
        if (seen.add(verb.finite().get(0))) {
          out.add(verb);
        }
      }
    }
    return List.copyOf(out);
  }

  /** The forms of a verb spec: regular English inflection unless the five forms are given. */
  static Verb inflect(String spec, Relation r) {
    if (spec.indexOf('|') >= 0) {
      String[] f = spec.split("\\|");
      List<String> finite = f[2].equals(f[3]) || f[2].equals(f[0])
          ? List.of(f[0], f[1], f[2]) : List.of(f[0], f[1], f[2]);
      return new Verb(finite, f[3], f[4], r);
    }
    boolean doubles = spec.endsWith("+");
    String base = doubles ? spec.substring(0, spec.length() - 1) : spec;
    char last = base.charAt(base.length() - 1);
    boolean consonantY = last == 'y' && base.length() > 1 && !isVowel(base.charAt(base.length() - 2));
    String third;
    if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
        || base.endsWith("z")) {
      third = base + "es";
    } else if (consonantY) {
      third = base.substring(0, base.length() - 1) + "ies";
    } else {
      third = base + "s";
    }
    String past;
    String gerund;
    if (doubles) {
      past = base + last + "ed";
      gerund = base + last + "ing";
    } else if (base.endsWith("ee")) {
      past = base + "d";
      gerund = base + "ing";
    } else if (last == 'e') {
      past = base + "d";
      gerund = base.substring(0, base.length() - 1) + "ing";
    } else if (consonantY) {
      past = base.substring(0, base.length() - 1) + "ied";
      gerund = base + "ing";
    } else {
      past = base + "ed";
      gerund = base + "ing";
    }
    return new Verb(List.of(base, third, past), past, gerund, r);
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** "is a key", "are major", "acts as the main", "is one of the": before a nominal agent. */
  private static final String NOMINAL =
      "(?:is|are|was|were|be|been|remains?|(?:acts?|serves?|functions?)\\s+as)\\s+"
          + "(?:(?:a|an|the|one\\s+of\\s+the)\\s+)?(?:[\\w-]+\\s+){0,2}?";
  private static final Set<String> NOMINAL_OPENERS = Set.of(
      "is", "are", "was", "were", "be", "been", "remain", "remains", "act", "acts", "serve",
      "serves", "function", "functions");

  /** A multi-word trigger: its regex (lower case), relation, and the words it opens with. */
  record Phrase(String regex, Relation relation, Set<String> openers) {}

  /** The copulas that open several triggers. */
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been");

  /**
   * Multi-word active triggers. Each match opens with one of its openers as a whole word, so
   * the detector tries a trigger only where one of them stands; keep them in step with the
   * regex (FastPathEquivalenceTest checks them on many sentences).
   */
  static final List<Phrase> PHRASES = List.of(
      new Phrase("(?:lead|leads|led|leading)\\s+to", Relation.CAUSES,
          Set.of("lead", "leads", "led", "leading")),
      new Phrase("(?:result|results|resulted|resulting)\\s+in", Relation.CAUSES,
          Set.of("result", "results", "resulted", "resulting")),
      new Phrase("(?:give|gives|gave|giving)\\s+rise\\s+to", Relation.CAUSES,
          Set.of("give", "gives", "gave", "giving")),
      new Phrase("(?:is|are|was|were|be|been)\\s+(?:\\w+ly\\s+)?responsible\\s+for", Relation.CAUSES,
          BE),
      new Phrase("(?:contribute|contributes|contributed|contributing)\\s+to",
          Relation.CONTRIBUTES_TO,
          Set.of("contribute", "contributes", "contributed", "contributing")),
      new Phrase("(?:correlate|correlates|correlated|correlating)\\s+with",
          Relation.ASSOCIATED_WITH,
          Set.of("correlate", "correlates", "correlated", "correlating")),
      new Phrase("(?:is|are|was|were|be|been)\\s+(?:\\w+ly\\s+)?(?:associated|linked|correlated)"
          + "\\s+(?:with|to)", Relation.ASSOCIATED_WITH, BE),
      new Phrase("(?:aid|aids|aided|aiding)\\s+in", Relation.FACILITATES,
          Set.of("aid", "aids", "aided", "aiding")),
      new Phrase("(?:interfere|interferes|interfered)\\s+with", Relation.INHIBITS,
          Set.of("interfere", "interferes", "interfered")),
      new Phrase("(?:protect|protects|protected)\\s+against", Relation.PREVENTS,
          Set.of("protect", "protects", "protected")),
      new Phrase("(?:act|acts|acted)\\s+(?:directly\\s+|indirectly\\s+)?(?:on|upon)",
          Relation.AFFECTS, Set.of("act", "acts", "acted")),
      new Phrase("(?:interact|interacts|interacted)\\s+(?:directly\\s+)?with",
          Relation.REGULATES, Set.of("interact", "interacts", "interacted")),
      new Phrase("(?:account|accounts|accounted)\\s+for", Relation.CAUSES,
          Set.of("account", "accounts", "accounted")),
      new Phrase("(?:pave|paves|paved)\\s+the\\s+way\\s+for", Relation.ENABLES,
          Set.of("pave", "paves", "paved")),
      new Phrase("(?:bring|brings|brought)\\s+about", Relation.CAUSES,
          Set.of("bring", "brings", "brought")),
      new Phrase("(?:switch|switches|switched|turn|turns|turned)\\s+on", Relation.ACTIVATES,
          Set.of("switch", "switches", "switched", "turn", "turns", "turned")),
      new Phrase("(?:switch|switches|switched|turn|turns|turned|shut|shuts)\\s+(?:off|down)",
          Relation.INHIBITS,
          Set.of("switch", "switches", "switched", "turn", "turns", "turned", "shut", "shuts")),
      new Phrase("(?:break|breaks|broke)\\s+down", Relation.DESTROYS,
          Set.of("break", "breaks", "broke")),
      new Phrase("(?:feed|feeds|fed)\\s+into", Relation.CONTRIBUTES_TO,
          Set.of("feed", "feeds", "fed")),
      new Phrase("(?:signal|signals|signalled|signaled)\\s+(?:through|via)", Relation.MEDIATES,
          Set.of("signal", "signals", "signalled", "signaled")),
      new Phrase("(?:underpin|underpins|underpinned)", Relation.MEDIATES,
          Set.of("underpin", "underpins", "underpinned")),
      new Phrase("(?:is|are|was|were|be|been)\\s+(?:\\w+ly\\s+)?(?:a\\s+)?prerequisite\\s+for",
          Relation.IS_REQUIRED_FOR, BE),
      // nominal agents: "X is a key driver of Y", "X acts as a mediator of Y"
      new Phrase(NOMINAL + "drivers?\\s+of", Relation.DRIVES, NOMINAL_OPENERS),
      new Phrase(NOMINAL + "(?:inducers?|triggers?)\\s+of", Relation.INDUCES, NOMINAL_OPENERS),
      new Phrase(NOMINAL + "(?:promoters?|enhancers?)\\s+of", Relation.PROMOTES,
          NOMINAL_OPENERS),
      new Phrase(NOMINAL + "mediators?\\s+of", Relation.MEDIATES, NOMINAL_OPENERS),
      new Phrase(NOMINAL + "(?:regulators?|determinants?|modulators?)\\s+of", Relation.REGULATES,
          NOMINAL_OPENERS),
      new Phrase(NOMINAL + "(?:inhibitors?|suppressors?)\\s+of", Relation.INHIBITS,
          NOMINAL_OPENERS),
      new Phrase(NOMINAL + "(?:cause|causes)\\s+of", Relation.CAUSES, NOMINAL_OPENERS),
      new Phrase(NOMINAL + "(?:activators?|stimulators?)\\s+of", Relation.ACTIVATES,
          NOMINAL_OPENERS),
      new Phrase(NOMINAL + "(?:contributors?)\\s+to", Relation.CONTRIBUTES_TO,
          NOMINAL_OPENERS),
      new Phrase(NOMINAL + "(?:effectors?|transducers?)\\s+of", Relation.MEDIATES,
          NOMINAL_OPENERS),
      new Phrase(NOMINAL + "(?:antagonists?|repressors?|blockers?)\\s+of", Relation.INHIBITS,
          NOMINAL_OPENERS));

  /** "plays a (crucial) role in", "is involved in". */
  static final Pattern ROLE = Pattern.compile(
      "(?<![\\w-])(?:(?:play|plays|played|playing)\\s+(?:a|an|the)?\\s*(?:[\\w-]+\\s+){0,3}"
          + "roles?\\s+in|(?:has|have|had|having)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}roles?\\s+in"
          + "|(?:is|are|was|were|be|been)\\s+(?:\\w+ly\\s+)?(?:involved|implicated)\\s+in"
          + "|(?:participate|participates|participated)\\s+in)(?![\\w-])");

  static final Set<String> ROLE_OPENERS = Set.of(
      "play", "plays", "played", "playing", "has", "have", "had", "having", "is", "are", "was",
      "were", "be", "been", "participate", "participates", "participated");

  /** "is essential / required / critical for". */
  static final Pattern REQUIRED = Pattern.compile(
      "(?<![\\w-])(?:(?:is|are|was|were|be|been|being|remain|remains)\\s+)?(?:\\w+ly\\s+)?"
          + "(?:not\\s+)?(?:(?:essential|required|critical|crucial|necessary|indispensable|vital"
          + "|important|pivotal|instrumental)\\s+(?:[\\w-]+\\s+){0,2}?for|(?:essential|critical"
          + "|crucial|vital|pivotal|central|key|fundamental|integral|instrumental)\\s+to"
          + "(?!\\s+(?:note|understand|consider|recogni[sz]e|remember|emphasi[sz]e|mention"
          + "|know|identify|develop|design|determine|establish)\\b))(?![\\w-])");

  private static final Set<String> REQUIRED_WORDS = Set.of(
      "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "not", "essential",
      "required", "critical", "crucial", "necessary", "indispensable", "vital", "important",
      "pivotal", "instrumental", "central", "key", "fundamental", "integral");

  /** Whether a REQUIRED match can open with this word: one of its words or an -ly adverb. */
  static boolean requiredOpener(String word) {
    return REQUIRED_WORDS.contains(word) || word.endsWith("ly");
  }

  /** Reverse causal connectives: the cause follows ("X due to Y"). */
  static final Pattern REVERSE = Pattern.compile(
      "(?<![\\w-])(?:due\\s+to|because\\s+of|owing\\s+to|as\\s+a\\s+(?:result|consequence)\\s+of"
          + "|resulting\\s+from|(?:results?|resulted|arises?|arose|stems?|stemmed)\\s+from"
          + "|caused\\s+by)(?![\\w-])");

  static final Set<String> REVERSE_OPENERS = Set.of(
      "due", "because", "owing", "as", "resulting", "result", "results", "resulted", "arise",
      "arises", "arose", "stem", "stems", "stemmed", "caused");

  /**
   * Dependence, where the needed agent follows: "X requires Y", "X depends on Y", "X relies on
   * Y", "X involves Y" (Y is required for, or plays a role in, X).
   */
  static final Pattern NEEDS = Pattern.compile(
      "(?<![\\w-])(?:requires?|required(?=\\s+(?:the|a|an|both|either)\\b)|depends?\\s+(?:up)?on"
          + "|depended\\s+(?:up)?on|(?:is|are|was|were|be|been|remains?)\\s+(?:\\w+ly\\s+)?"
          + "(?:dependent|contingent|reliant)\\s+(?:up)?on|rel(?:y|ies|ied)\\s+(?:up)?on"
          + "|involves?|involved(?=\\s+(?:the|a|an)\\b))(?![\\w-])");

  static final Set<String> NEEDS_OPENERS = Set.of(
      "require", "requires", "required", "depend", "depends", "depended", "is", "are", "was",
      "were", "be", "been", "remain", "remains", "rely", "relies", "relied", "involve",
      "involves", "involved");

  /** Means adverbials used as a last resort ("escape X by forming clusters"). */
  static final Pattern MEANS = Pattern.compile(
      "(?<![\\w-])(?:by\\s+(?=[a-z]+ing(?![\\w-]))|through\\s+|via\\s+)");

  static final Set<String> MEANS_OPENERS = Set.of("by", "through", "via");

  /** Words between a subject and its verb that belong to the verb group. */
  static final Set<String> VERB_GROUP = Set.of(
      "can", "could", "may", "might", "will", "would", "should", "must", "shall", "cannot", "do",
      "does", "did", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
      "not", "n't", "never", "also", "often", "further", "thereby", "thus", "then", "still",
      "both", "each", "in", "turn", "itself", "themselves", "alone", "by", "to", "shown",
      "demonstrated", "found", "known", "thought", "believed", "reported", "suggested",
      "proposed", "hypothesized", "able", "unable", "likely", "unlikely", "appear", "appears",
      "appeared", "seem", "seems", "seemed", "tend", "tends", "fail", "fails", "failed",
      "manage", "manages", "managed", "identified", "considered", "regarded", "recognized", "as",
      "even", "only", "all", "no", "longer", "part", "ultimately", "consequently",
      "subsequently", "frequently", "commonly", "typically", "generally", "usually", "therefore",
      "hence", "together", "jointly", "additionally", "moreover", "furthermore", "however",
      "collectively", "independently", "directly", "indirectly", "well");

  /** Adverbs ending in -ly that are nouns or adjectives, not verb-group adverbs. */
  static final Set<String> NOT_ADVERB = Set.of(
      "family", "assembly", "supply", "anomaly", "early", "poly", "ally", "italy", "lily",
      "monopoly", "reply", "fly", "only", "belly", "jelly", "rally", "butterfly");

  static final Set<String> COPULA = Set.of(
      "is", "are", "was", "were", "be", "been", "being");

  /** Pronouns and quantifiers that need an antecedent when they are the whole subject. */
  static final Set<String> PRONOUNS = Set.of(
      "they", "it", "this", "these", "those", "that", "several", "some", "many", "most",
      "others", "both", "each", "all", "such");

  static final Set<String> RELATIVE = Set.of(
      "which", "that", "who", "whom");

  /** Words that end a noun phrase when scanning backwards or forwards. */
  static final Set<String> CLAUSE_STOP = Set.of(
      "which", "that", "who", "whom", "where", "when", "while", "whereas", "although", "though",
      "because", "if", "since", "whether", "than", "unless", "until", "whereby", "once",
      "there", ";", ":", "we", "i", "you", "whose");

  /** Finite verbs and auxiliaries that end a subject noun phrase scanned backwards. */
  static final Set<String> VERB_STOP;

  static {
    Set<String> s = new java.util.HashSet<>(Set.of(
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can",
      "could", "may", "might", "will", "would", "should", "must", "cannot", "provide",
      "provides", "secrete", "secretes", "exhibit", "exhibits", "remain", "remains", "emerge",
      "emerges", "involve", "involves", "consist", "consists", "show", "shows", "undergo",
      "undergoes", "contain", "contains", "express", "expresses", "release", "releases",
      "produce", "produces", "act", "acts", "serve", "serves", "represent", "represents",
      "occur", "occurs", "become", "becomes", "include", "includes", "deposit", "deposits",
      "form", "forms", "enter", "enters", "lose", "loses", "gain", "gains", "acquire",
      "acquires", "require", "requires", "carry", "carries", "deliver", "delivers", "recruit",
      "recruits", "bind", "binds", "activate", "reach", "reaches", "exist", "exists", "display",
      "displays", "generate", "generates", "encode", "encodes", "transfer", "transfers",
      "develop", "develops", "live", "lives", "make", "makes", "get", "gets", "take", "takes",
      "offer", "offers", "mean", "means", "indicate", "indicates", "suggest", "suggests",
      "reveal", "reveals", "demonstrate", "demonstrates", "highlight", "highlights", "detaches",
      "migrate", "migrates", "invade", "invades", "survive", "survives", "escape", "escapes",
      "evade", "evades", "reside", "resides", "aggregate", "aggregates", "accumulate",
      "accumulates", "interact", "interacts", "translocate", "translocates", "localize",
      "localizes", "proliferate", "proliferates", "differentiate", "differentiates",
      "infiltrate", "infiltrates", "adhere", "adheres", "colonize", "colonizes", "spread",
      "spreads"));
    for (Verb verb : VERBS) {
      for (String f : verb.finite()) {
        if (!NOUN_HOMOGRAPHS.contains(f)) {
          s.add(f);
        }
      }
    }
    VERB_STOP = Set.copyOf(s);
  }

  /** Sentence-initial discourse markers, removed from statements. */
  static final Pattern DISCOURSE = Pattern.compile(
      "^(?:(?:moreover|additionally|furthermore|in addition|however|for example|for instance|"
          + "in contrast|by contrast|in particular|notably|importantly|interestingly|similarly|"
          + "likewise|conversely|consequently|therefore|thus|hence|indeed|finally|first(?:ly)?|"
          + "second(?:ly)?|third(?:ly)?|lastly|in recent years|recently|in turn|specifically|"
          + "overall|together|taken together|of note|on the other hand|as a result|in fact|"
          + "collectively|meanwhile|nevertheless|nonetheless|in this context|to this end|"
          + "in many cases|in some cases|accordingly|critically|crucially|also|besides|"
          + "in other words|that is|ultimately|subsequently|in general|generally|briefly)"
          + "\\s*,\\s*)+", Pattern.CASE_INSENSITIVE);

  /** A discourse marker set off by commas inside a sentence: ", for example,". */
  static final Pattern INNER_DISCOURSE = Pattern.compile(
      ",\\s*(?:for example|for instance|however|moreover|in turn|in particular|notably|"
          + "in addition|therefore|thus|importantly)\\s*,", Pattern.CASE_INSENSITIVE);

  private static final String FRAME_LEAD =
      "(?:(?:here|in this (?:study|work|report|paper)|in the present (?:study|work)|"
          + "(?:in|using|with|by|through|across|among|from|at) [^,]{1,60}),\\s*)?";
  private static final String FRAME_WE =
      "(?:we|i)\\s+(?:(?:here|now|further|also|therefore|thus|previously|recently|first)\\s+)*"
          + "(?:(?:have|had)\\s+(?:(?:also|previously|recently)\\s+)?)?(?:\\w+ly\\s+)?";
  private static final String FRAME_STUDIES =
      "(?:(?:several|many|recent|previous|prior|earlier|other|emerging|accumulating|growing|"
          + "numerous|these|those|our|the|increasing|further|additional|such|mounting|"
          + "experimental|clinical|genetic|preclinical|animal|in vitro|in vivo|mechanistic|"
          + "independent|multiple)\\s+){0,3}"
          + "(?:studies|research|evidence|lines of evidence|data|findings|results|experiments|"
          + "reports|work|analyses|observations|investigations|authors|researchers|"
          + "investigators|scientists|study|analysis|observation|experiment|finding|result|"
          + "literature|it)\\s+(?:(?:also|further|now|collectively|together|thus|therefore|"
          + "strongly|clearly)\\s+)*(?:(?:have|has|had)\\s+(?:(?:also|previously|recently|long)"
          + "\\s+)?(?:been\\s+)?)?(?:\\w+ly\\s+)?";
  private static final String FRAME_VERBS =
      "(?:shown|show|shows|showed|demonstrated|demonstrate|demonstrates|revealed|reveal|"
          + "reveals|indicated|indicate|indicates|suggested|suggest|suggests|found|find|finds|"
          + "established|establish|establishes|confirmed|confirm|confirms|proposed|propose|"
          + "proposes|reported|report|reports|identified|identify|identifies|observed|observe|"
          + "observes|documented|document|documents|uncovered|uncover|uncovers|discovered|"
          + "discover|discovers|concluded|conclude|concludes|hypothesi[sz]ed|hypothesi[sz]e|"
          + "predicted|predict|predicts|argued|argue|argues|noted|note|notes|postulated|"
          + "postulate|inferred|infer|determined|determine|implied|imply|implies|highlighted|"
          + "highlight|highlights|provided evidence|provide evidence|provides evidence|"
          + "is known|is thought|is believed|is well established|is well known|is widely "
          + "accepted|is now accepted|is accepted|is recognized|is recognised|is clear|"
          + "is evident|is likely|is possible|is plausible|is conceivable|is generally accepted|"
          + "has been established|has been shown|has been suggested|has been proposed|"
          + "has been reported|has been demonstrated)";
  private static final String FRAME_THERE =
      "there is (?:now )?(?:strong |growing |increasing |accumulating |mounting |emerging |"
          + "compelling |some |limited |considerable |ample )?evidence (?:to suggest |"
          + "suggesting |indicating |showing )?that\\s+";

  /**
   * A reporting frame that wraps a finding: "We show that", "Our data indicate that", "Studies
   * suggest that", "It is well established that", "There is growing evidence that", optionally
   * after a short lead-in ("Here,", "In mice,", "Using knockout models,"). The frame is dropped
   * from the triple; a frame of suggestion makes the finding hedged.
   */
  static final Pattern FRAMING = Pattern.compile(
      "^" + FRAME_LEAD + "(?:(?:" + FRAME_WE + "|" + FRAME_STUDIES + ")" + FRAME_VERBS
          + "\\s+that\\s+|" + FRAME_THERE + ")",
      Pattern.CASE_INSENSITIVE);

  /**
   * A finding that names its agent's role: "Our results identify X as a key regulator of Y",
   * "We establish X as a driver of Y". Group 1 is the agent; the rest reads as "X is a ...".
   */
  static final Pattern IDENTIFY_AS = Pattern.compile(
      "^" + FRAME_LEAD + "(?:" + FRAME_WE + "|" + FRAME_STUDIES + ")"
          + "(?:identif(?:y|ies|ied)|establish(?:es|ed)?|reveal(?:s|ed)?|implicate[sd]?|"
          + "pinpoint(?:s|ed)?|uncover(?:s|ed)?|define[sd]?)\\s+(.{1,80}?)\\s+as\\s+"
          + "(?=(?:a|an|the|one)\\s)",
      Pattern.CASE_INSENSITIVE);

  /** A frame in which the authors report their own finding: "we", "our data", "this study". */
  static final Pattern OWN_FRAME = Pattern.compile(
      "^(?:[^,]*,\\s*)?(?:we|i|our|this (?:study|work)|here we|in this (?:study|work|report|paper)"
          + "|in the present (?:study|work))\\b");

  /** Framing verbs that make the wrapped claim hedged. */
  static final Pattern HEDGED_FRAMING = Pattern.compile(
      "\\b(?:suggest\\w*|propos\\w*|thought|believed|indicat\\w*|hypothesi[sz]\\w*|predict\\w*|"
          + "postulat\\w*|likely|possible|plausible|conceivable|infer\\w*|impl\\w+|argu\\w+|"
          + "limited|some)\\b");

  /** Sentences about the document, the research agenda or the reader. */
  static final Pattern META = Pattern.compile(
      "^(?:(?:this|the present|the current|our|the) (?:review|article|paper|chapter|content|"
          + "summary|overview|section|essay|report|page|book|manuscript|commentary|perspective)"
          + "\\b|(?:in|within|throughout) (?:this|the present|our) (?:review|article|paper|"
          + "chapter|section|study|work)\\b|we (?!(?:\\w+ )?(?:show|find|found|demonstrat|reveal|observ|identif|report|establish|confirm|uncover|discover|propos|conclud|hypothesi|predict|argu|note|provid|infer|determin|highlight))|here\\b(?! (?:we )?(?:show|demonstrat|reveal|report|identif|find|uncover|establish))|in summary\\b|in conclusion\\b|"
          + "to summarize\\b|to conclude\\b|in short\\b|(?:emphasis|focus|attention) is "
          + "(?:placed|given)\\b|(?:understanding|elucidating|identifying|studying|investigating|"
          + "exploring|deciphering|unraveling|unravelling|clarifying|characterizing|targeting|"
          + "developing|designing|leveraging|exploiting|harnessing|deciphering) |(?:future|"
          + "further|more) (?:research|studies|work|investigation)|researchers\\b|scientists\\b|"
          + "clinicians\\b|it is (?:important|worth|crucial|essential) to\\b|"
          + "(?:the )?authors?\\b|keywords?\\b)");

  /** A literal of each AGENDA alternative: AGENDA only runs on a sentence holding one. */
  static final Literals AGENDA_LITERALS = Literals.of(
      "needed", "remain", "should", "whether", "promise");

  /** Research-agenda or uncertainty phrasing anywhere in the sentence. */
  static final Pattern AGENDA = Pattern.compile(
      "\\b(?:(?:is|are) (?:still )?needed|remains? (?:unclear|unknown|elusive|to be)|"
          + "should (?:test|investigate|explore|examine|address|be)|whether|"
          + "hold(?:s)? promise)\\b");

  /** A literal of each EPIDEMIOLOGY alternative: it only runs on a sentence holding one. */
  static final Literals EPIDEMIOLOGY_LITERALS = Literals.of(
      "mortality", "death", "incidence", "prevalence", "prognos", "survival", "outcome",
      "quality of life", "clinical challenge", "burden", "risk", "leading cause",
      "life expectancy", "diagnos", "worldwide", "epidemiolog", "morbidity", "hospitali");

  /** Epidemiology, prognosis and clinical burden. */
  static final Pattern EPIDEMIOLOGY = Pattern.compile(
      "\\b(?:mortality|(?<!cell |neuronal |neuron |programmed |cellular )deaths?|death rates?|incidence|prevalence|prognos\\w*|survival rates?|"
          + "overall survival|disease-free survival|patient outcomes?|clinical outcomes?|"
          + "quality of life|clinical challenge|burden|risk|leading cause|life expectancy|"
          + "diagnosed|diagnosis|worldwide|epidemiolog\\w*|morbidity|hospitali[sz]ation)\\b");

  /** A literal of each METHODS alternative: METHODS only runs on a sentence holding one. */
  static final Literals METHODS_LITERALS = Literals.of("was ", "were ");

  /**
   * A methods sentence: what was measured, given or done to samples ("Mice were treated with",
   * "Serum levels were measured by", "siRNA was used to").
   */
  static final Pattern METHODS = Pattern.compile(
      "^(?:[^,;]{1,60}? )?(?:was|were) (?:\\w+ly |then |also |subsequently |first )*"
          + "(?:measured|assessed|quantified|analy[sz]ed|evaluated|collected|obtained|isolated|"
          + "cultured|incubated|treated|exposed|injected|administered|randomi[sz]ed|enrolled|"
          + "recruited|genotyped|sequenced|stained|imaged|recorded|performed|calculated|"
          + "estimated|examined|harvested|transfected|transduced|housed|sacrificed|euthani[sz]ed|"
          + "allocated|assigned|screened|surveyed|interviewed|sampled|scored|fixed|"
          + "immunostained|genotyped|weighed|monitored|included|excluded|pooled|purchased|"
          + "divided|grouped|stratified|matched|normali[sz]ed|used to|employed to|applied to)"
          + "\\b");

  /** A literal of each SIDE_EFFECT alternative. */
  static final Literals SIDE_EFFECT_LITERALS = Literals.of("effect", "advers", "toxicit");

  /** A literal of each THERAPY_GOAL alternative. */
  static final Literals THERAPY_GOAL_LITERALS = Literals.of(
      "used to", "prescribed", "aim", "goal", "given to", "indicated for");

  /** A drug's or treatment's purpose: "Statins are used to lower", "The aim of therapy is". */
  static final Pattern THERAPY_GOAL = Pattern.compile(
      "\\b(?:(?:is|are) (?:\\w+ly |often |also )?(?:used|prescribed|given|indicated|administered) "
          + "(?:to|for)|aims? to|the (?:aim|goal|purpose) of (?:the )?(?:treatment|therapy|"
          + "intervention)|(?:treatment|therapy) (?:aims|seeks) to)\\b");

  /** A drug's side effects are not a mechanism of the disease. */
  static final Pattern SIDE_EFFECT = Pattern.compile(
      "\\b(?:side[- ]effects?|adverse (?:drug )?(?:effects?|events?|reactions?)|"
          + "(?:drug|treatment)[- ](?:induced|related) toxicit(?:y|ies))\\b");

  /** A definition or stage description with no acting agent. */
  static final Pattern DEFINITION = Pattern.compile(
      "^[^,]{1,80}? (?:is|are|refers to|describes) (?:the|a|an) (?:[\\w-]+ ){0,3}"
          + "(?:process|term|phenomenon|stage|step|event)\\s+(?:by which|in which|whereby|"
          + "where|through which|during which)");

  /** Therapy, target and research words that disqualify a subject. */
  static final Pattern THERAPY_SUBJECT = Pattern.compile(
      "\\b(?:therap\\w*|treatments?|drugs?|interventions?|targeting|clinical|patients?|"
          + "researchers?|vaccines?|immunotherap\\w*|chemotherap\\w*|medicine|trials?|"
          + "(?:therapeutic|novel) (?:strategies|approaches|targets?)|strategies targeting|"
          + "physicians?|surgery|we|studies|study|findings|results|data|evidence|review|"
          + "paper|article|authors?|understanding|consideration)\\b");

  /** Object heads that are clinical or research goals rather than biology. */
  static final Pattern THERAPY_OBJECT = Pattern.compile(
      "^(?:the )?(?:developing|development of (?:new |novel |effective )?(?:therap|treat|drug)|"
          + "designing|explain|understand|clarify|identify|guide|inform|improv\\w* (?:patient|"
          + "clinical|treatment)|therap\\w*|treatment|diagnos\\w*|biomarkers?|"
          + "(?:potential |new |novel )?(?:therapeutic|drug) targets?)");

  /** Biological processes and states (stems; general biology, not one disease). */
  static final Pattern BIO = Pattern.compile(
      "(?<![\\p{L}])(?:\\p{L}*genesis|migrat|invas|invad|metasta|prolifer|angiogen|"
          + "vasculogen|lymphangiogen|"
          + "growth|grow|surviv|adhes|adhesi|motil|differentiat|dedifferentiat|apoptos|apoptot|"
          + "necro|pyropto|ferropto|autophag|inflamm|fibros|fibrot|fibrog|express|signal|remodel|"
          + "plastic|niche|transition|activat|phenotyp|progress|tumorigen|tumourigen|carcinogen|"
          + "oncogen|transform|emt|dissemina|coloni[sz]|extravasat|intravasat|detach|spread|"
          + "escape|evasion|evade|resist|stemness|stem cell|dorman|reactivat|polari[sz]|"
          + "permeab|behavio|secret|degrad|deposit|stiff|homeosta|senescen|immun|insulin|"
          + "glucose|amyloid|tau\\b|neurodegenerat|neuron|synap|aggregat|formation|production|"
          + "release|uptake|clearance|infect|replicat|virulen|biofilm|cascade|pathogen|injur|"
          + "damage|dysfunction|toxic|stress|oxidat|function|activity|response|metabol|"
          + "movement|move|cytoskelet|potential|instabilit|tropism|organotrop|recruit|"
          + "wound|healing|repair|regenerat|contract|cell death|death of|viability|"
          + "self-renewal|mutation|mutat|transcription|translation|phosphorylat|methylat|"
          + "acetylat|ubiquitin|cell cycle|division|mitosis|vascular|blood vessel|leakage|"
          + "cytokine|chemokine|hypoxi|epithelial|mesenchymal|matrix|collagen|ecm\\b|"
          + "disease|pathology|lesion|plaque|tangle|steatosis|hyperglyc|lipotox|glucotox|"
          + "disseminat|circulat|bloodstream|engraft|tumou?r|cancer|fibroblast|macrophage|"
          + "transport|misfold|folding|sensitivity|tolerance|barrier|integrity|cognit|"
          + "memory|loss|decline|death|survival|health|identity|fate|maturation|development|"
          + "morpholog|shape|hallmark|crosstalk|interaction|communication|modulation)");
}
