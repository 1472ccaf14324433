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

  private static Verb v(String base, String third, String past, String participle,
      String gerund, Relation r) {
    List<String> f = new ArrayList<>(List.of(base, third));
    if (past != null) {
      f.add(past);
    }
    return new Verb(List.copyOf(f), participle, gerund, r);
  }

  private static Verb reg(String base, Relation r) {
    String stem = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
    String third = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch")
        ? base + "es" : base + "s";
    return v(base, third, stem + "ed", stem + "ed", stem + "ing", r);
  }

  /** Causal and regulatory verbs (general biology, not tied to one disease). */
  static final List<Verb> VERBS = List.of(
      reg("induce", Relation.INDUCES),
      v("trigger", "triggers", "triggered", "triggered", "triggering", Relation.INDUCES),
      reg("promote", Relation.PROMOTES),
      v("foster", "fosters", "fostered", "fostered", "fostering", Relation.PROMOTES),
      v("sustain", "sustains", "sustained", "sustained", "sustaining", Relation.PROMOTES),
      v("support", "supports", null, "supported", "supporting", Relation.PROMOTES),
      v("drive", "drives", "drove", "driven", "driving", Relation.DRIVES),
      v("fuel", "fuels", "fueled", "fueled", "fueling", Relation.DRIVES),
      reg("enable", Relation.ENABLES),
      v("allow", "allows", "allowed", "allowed", "allowing", Relation.ENABLES),
      v("permit", "permits", "permitted", "permitted", "permitting", Relation.ENABLES),
      v("confer", "confers", "conferred", "conferred", "conferring", Relation.ENABLES),
      reg("facilitate", Relation.FACILITATES),
      v("help", "helps", "helped", "helped", "helping", Relation.FACILITATES),
      v("aid", "aids", "aided", "aided", "aiding", Relation.FACILITATES),
      reg("enhance", Relation.ENHANCES),
      reg("exacerbate", Relation.ENHANCES),
      reg("aggravate", Relation.ENHANCES),
      reg("accelerate", Relation.ENHANCES),
      reg("potentiate", Relation.ENHANCES),
      v("amplify", "amplifies", "amplified", "amplified", "amplifying", Relation.ENHANCES),
      v("augment", "augments", "augmented", "augmented", "augmenting", Relation.ENHANCES),
      reg("increase", Relation.INCREASES),
      reg("elevate", Relation.INCREASES),
      reg("upregulate", Relation.INCREASES),
      reg("up-regulate", Relation.INCREASES),
      reg("activate", Relation.ACTIVATES),
      reg("stimulate", Relation.ACTIVATES),
      reg("mediate", Relation.MEDIATES),
      v("underlie", "underlies", null, "underlain", "underlying", Relation.MEDIATES),
      reg("regulate", Relation.REGULATES),
      v("control", "controls", null, "controlled", "controlling", Relation.REGULATES),
      v("govern", "governs", "governed", "governed", "governing", Relation.REGULATES),
      reg("orchestrate", Relation.REGULATES),
      reg("determine", Relation.REGULATES),
      reg("dictate", Relation.REGULATES),
      reg("modulate", Relation.MODULATES),
      v("alter", "alters", "altered", "altered", "altering", Relation.MODULATES),
      reg("influence", Relation.INFLUENCES),
      reg("shape", Relation.INFLUENCES),
      v("affect", "affects", "affected", "affected", "affecting", Relation.AFFECTS),
      v("impact", "impacts", "impacted", "impacted", "impacting", Relation.AFFECTS),
      v("inhibit", "inhibits", "inhibited", "inhibited", "inhibiting", Relation.INHIBITS),
      v("block", "blocks", "blocked", "blocked", "blocking", Relation.INHIBITS),
      v("impair", "impairs", "impaired", "impaired", "impairing", Relation.INHIBITS),
      v("disrupt", "disrupts", "disrupted", "disrupted", "disrupting", Relation.INHIBITS),
      reg("attenuate", Relation.INHIBITS),
      v("hinder", "hinders", "hindered", "hindered", "hindering", Relation.INHIBITS),
      reg("antagonize", Relation.INHIBITS),
      v("repress", "represses", "repressed", "repressed", "repressing", Relation.SUPPRESSES),
      v("suppress", "suppresses", "suppressed", "suppressed", "suppressing",
          Relation.SUPPRESSES),
      reg("reduce", Relation.REDUCES),
      reg("decrease", Relation.REDUCES),
      v("diminish", "diminishes", "diminished", "diminished", "diminishing", Relation.REDUCES),
      reg("downregulate", Relation.REDUCES),
      reg("down-regulate", Relation.REDUCES),
      v("prevent", "prevents", "prevented", "prevented", "preventing", Relation.PREVENTS),
      v("destroy", "destroys", "destroyed", "destroyed", "destroying", Relation.DESTROYS),
      v("kill", "kills", "killed", "killed", "killing", Relation.DESTROYS),
      reg("eliminate", Relation.DESTROYS),
      reg("degrade", Relation.DESTROYS),
      reg("cause", Relation.CAUSES));

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
      new Phrase(NOMINAL + "(?:cause|causes)\\s+of", Relation.CAUSES, NOMINAL_OPENERS));

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
          + "(?:not\\s+)?(?:essential|required|critical|crucial|necessary|indispensable|vital"
          + "|important|pivotal|instrumental)\\s+(?:[\\w-]+\\s+){0,2}?for(?![\\w-])");

  private static final Set<String> REQUIRED_WORDS = Set.of(
      "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "not", "essential",
      "required", "critical", "crucial", "necessary", "indispensable", "vital", "important",
      "pivotal", "instrumental");

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
      s.addAll(verb.finite());
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

  /** Evidential framing that wraps a claim: "Studies have demonstrated that ...". */
  static final Pattern FRAMING = Pattern.compile(
      "^(?:(?:several |many |recent |previous |emerging |accumulating |growing |numerous |"
          + "these |our |the |increasing )?(?:studies|research|evidence|data|findings|results|"
          + "experiments|reports|work|analyses|observations|investigations|authors|researchers|"
          + "study|analysis|it)\\s+(?:(?:have|has|had)\\s+(?:also\\s+)?(?:been\\s+)?)?"
          + "(?:\\w+ly\\s+)?(?:shown|show|shows|showed|demonstrated|demonstrate|demonstrates|"
          + "revealed|reveal|reveals|indicated|indicate|indicates|suggested|suggest|suggests|"
          + "found|find|finds|established|confirmed|proposed|reported|is known|is thought|is "
          + "believed|is well established|is clear|is evident)\\s+that\\s+)",
      Pattern.CASE_INSENSITIVE);

  /** Framing verbs that make the wrapped claim hedged. */
  static final Pattern HEDGED_FRAMING = Pattern.compile(
      "\\b(?:suggest\\w*|propos\\w*|thought|believed|indicat\\w*)\\b");

  /** Sentences about the document, the research agenda or the reader. */
  static final Pattern META = Pattern.compile(
      "^(?:(?:this|the present|the current|our|the) (?:review|article|paper|chapter|content|"
          + "summary|overview|section|essay|report|page|book|manuscript|commentary|perspective)"
          + "\\b|(?:in|within|throughout) (?:this|the present|our) (?:review|article|paper|"
          + "chapter|section|study|work)\\b|we\\b|here\\b|in summary\\b|in conclusion\\b|"
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
