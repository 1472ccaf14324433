package dev.evident.extract;

import dev.evident.model.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a cleaned sentence states a mechanism and, if so, finds its raw triple. The
 * rules are lexical: a causal or regulatory trigger (active, passive, nominal, participial,
 * reverse or means), an agent before or after it, an acted-on biological process, and sentence
 * level exclusions for meta, epidemiology, definitions, therapy and agenda statements.
 */
final class MechanismDetector {

  enum Kind { ACTIVE, PARTICIPLE, PASSIVE, ROLE, REQUIRED, REVERSE, PHRASE, MEANS }

  record Hit(Kind kind, Relation relation, int start, int end, boolean pastForm) {}

  private record Phrase(String text, int start, int end, boolean pronoun, boolean coordinated) {
    static final Phrase NONE = new Phrase("", -1, -1, false, false);

    boolean isEmpty() {
      return text.isBlank();
    }
  }

  static final Map<String, Relation> FINITE = new HashMap<>();
  static final Map<String, Relation> PARTICIPLES = new HashMap<>();
  static final Map<String, Relation> GERUNDS = new HashMap<>();
  static final Set<String> PAST_FORMS = new java.util.HashSet<>();

  static {
    for (Lexicon.Verb v : Lexicon.VERBS) {
      for (String f : v.finite()) {
        FINITE.putIfAbsent(f, v.relation());
      }
      // the third finite form is the simple past ("drove", "induced")
      if (v.finite().size() > 2) {
        PAST_FORMS.add(v.finite().get(2));
      }
      PARTICIPLES.putIfAbsent(v.participle(), v.relation());
      GERUNDS.putIfAbsent(v.gerund(), v.relation());
    }
  }

  static final Pattern FINITE_VERB = wordAlternation(FINITE.keySet(), "", "");
  static final Pattern PASSIVE = wordAlternation(PARTICIPLES.keySet(),
      "(?:is|are|was|were|be|been|being)\\s+(?:(?:\\w+ly|also|not|often|further|in\\s+part|"
          + "partly|mainly|largely|primarily|thus|therefore|itself|in\\s+turn)\\s+)*(",
      ")(?:\\s*,?\\s+(?:\\w+ly|both|either|also|only|not\\s+only|in\\s+part|at\\s+least"
          + "(?:\\s+in)?\\s+part|in\\s+large\\s+part|to\\s+(?:a|some)\\s+(?:large\\s+)?"
          + "(?:extent|degree)|at\\s+least|mostly|mainly|largely|primarily|partly|chiefly|"
          + "principally|predominantly|in\\s+turn|in\\s+particular|in\\s+vivo|in\\s+vitro)){0,3}"
          + "\\s*,?\\s+(?:by|through|via)");
  static final Pattern PARTICIPLE = wordAlternation(GERUNDS.keySet(),
      ",\\s*(?:(?:thereby|thus|hence|ultimately|further|subsequently|potentially|and|"
          + "in\\s+turn|which\\s+in\\s+turn|consequently|eventually)\\s+)*(",
      "|leading\\s+to|resulting\\s+in|contributing\\s+to|giving\\s+rise\\s+to|"
          + "playing\\s+(?:a|an)?\\s*(?:[\\w-]+\\s+){0,3}roles?\\s+in)");
  /** A multi-word trigger of {@link Lexicon#PHRASES}, compiled. */
  record Trigger(Pattern pattern, Relation relation, Set<String> openers) {}

  static final List<Trigger> PHRASES = Lexicon.PHRASES.stream()
      .map(p -> new Trigger(Pattern.compile("(?<![\\w-])" + p.regex() + "(?![\\w-])"),
          p.relation(), p.openers()))
      .toList();

  /** The copulas PASSIVE opens with; it needs one of them and "by" as words. */
  private static final Set<String> COPULAS = Set.of(
      "is", "are", "was", "were", "be", "been", "being");
  /** The words PARTICIPLE's trigger starts with; it needs one of them and a comma. */
  private static final Set<String> PARTICIPLE_WORDS;

  static {
    Set<String> w = new java.util.HashSet<>(GERUNDS.keySet());
    w.addAll(Set.of("leading", "resulting", "contributing", "giving", "playing"));
    PARTICIPLE_WORDS = Set.copyOf(w);
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern HEDGE = Pattern.compile(
      "(?<![\\w-])(?:can|could|may|might|possibly|potentially|likely|probably|perhaps|presumably|"
          + "putative(?:ly)?|suggests?|suggested|appears?|appeared|seems?|seemed|thought to|"
          + "believed to|hypothesi[sz]ed|proposed|cannot)(?![\\w-])");
  private static final Pattern NEGATION = Pattern.compile(
      "(?<![\\w-])(?:not|never|cannot|no\\s+longer|fail(?:s|ed)?\\s+to|unable\\s+to|n't)"
          + "(?![\\w-])");
  private static final Set<String> DETERMINERS = Set.of(
      "a", "an", "the", "its", "their", "his", "her", "our", "of", "for", "with", "on", "at",
      "from", "into", "any", "no", "this", "these", "those", "such", "in");
  private static final Set<String> INTRO = Set.of(
      "when", "once", "after", "although", "while", "if", "as", "because", "since", "despite",
      "in", "during", "upon", "following", "among", "for", "with", "without", "within", "under",
      "at", "on", "through", "unlike", "like", "given", "before", "whereas", "beyond", "across");
  private static final Set<String> OBJECT_COMMA_STOP = Set.of(
      "which", "while", "whereas", "but", "thereby", "thus", "including", "such", "although",
      "though", "as", "a", "an", "especially", "particularly", "e.g", "i.e", "where", "when",
      "whose", "who", "with", "yet", "so", "and", "hence", "resulting", "leading");
  private static final Set<String> TRAILING_JUNK = Set.of(
      "and", "or", "of", "in", "the", "a", "an", "to", "with", "for", "by", "as", "such", ",",
      "that", "which", "from", "on", "at", "its", "their");
  private static final Pattern PAREN = Pattern.compile(
      "\\s*\\((?![A-Za-z0-9/-]{1,12}s?\\))[^()]*\\)");
  private static final Pattern TAIL = Pattern.compile(
      ",\\s*(?:such as|including|which|who|where|e\\.g\\.|i\\.e\\.|for example|for instance|"
          + "like|especially|particularly|namely)\\b.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern APPOSITIVE = Pattern.compile(
      "^([^,]{1,60}),\\s+(?:the|a|an)\\s[^,]+,?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern INTRO_PHRASE = Pattern.compile(
      "^(?:in|during|within|after|upon|under|at|on|among|across|following|despite|with|for|"
          + "when|once|if|although|while)\\s[^,]{1,60},\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s,;:.]+$");
  private static final Pattern LEADING = Pattern.compile(
      "^(?:(?:and|or|but|then|also|both|the|a|an|of|in|into|from|for|to|with|on|at|by)\\s+|,\\s*)+",
      Pattern.CASE_INSENSITIVE);

  Optional<Detection> detect(String cleanedSentence) {
    String s = cleanedSentence;
    boolean framingHedge = false;
    boolean own = false;
    Matcher as = Lexicon.IDENTIFY_AS.matcher(s);
    if (as.lookingAt()) {
      // "Our results identify X as a key regulator of Y" reads "X is a key regulator of Y"
      own = Lexicon.OWN_FRAME.matcher(Text.lower(s.substring(0, as.start(1)))).find();
      framingHedge = Lexicon.HEDGED_FRAMING.matcher(Text.lower(s.substring(0, as.start(1))))
          .find();
      s = as.group(1) + " is " + s.substring(as.end());
      Optional<Detection> d = detectPlain(s, framingHedge, own);
      return d.map(x -> new Detection(x.subject(), -1, x.relation(), x.object(), -1,
          x.hedged(), x.negated(), x.ownFinding()));
    }
    Matcher fm = Lexicon.FRAMING.matcher(s);
    if (fm.lookingAt()) {
      String frame = Text.lower(fm.group());
      framingHedge = Lexicon.HEDGED_FRAMING.matcher(frame).find();
      own = Lexicon.OWN_FRAME.matcher(frame).find();
      s = s.substring(fm.end());
    }
    Optional<Detection> d = detectPlain(s, framingHedge, own);
    int shift = s.length() - cleanedSentence.length();
    return shift == 0 ? d : d.map(x -> new Detection(x.subject(),
        x.subjectAt() < 0 ? -1 : x.subjectAt() - shift, x.relation(), x.object(),
        x.objectAt() < 0 ? -1 : x.objectAt() - shift, x.hedged(), x.negated(), x.ownFinding()));
  }

  /** Detection in a sentence whose frame, if any, is gone; offsets are into {@code s}. */
  private Optional<Detection> detectPlain(String s, boolean framingHedge, boolean own) {
    String lower = Text.lower(s);
    if (excluded(lower)) {
      return Optional.empty();
    }
    Tokens t = new Tokens(s);
    WordRuns runs = new WordRuns(lower);
    List<Hit> hits = mainClauseFirst(hits(lower, runs), lower);
    for (Hit h : hits) {
      Optional<Detection> d = build(h, t, framingHedge, 0, own);
      if (d.isPresent()) {
        return d;
      }
    }
    Matcher mm = Lexicon.MEANS.matcher(lower);
    while (runs.find(mm, Lexicon.MEANS_OPENERS::contains)) {
      Optional<Detection> d = build(new Hit(Kind.MEANS, Relation.MEDIATES, mm.start(), mm.end(),
          false), t, framingHedge, 0, own);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static final Pattern NON_RESTRICTIVE = Pattern.compile(
      ",\\s*(?:which|who|whose)\\b[^,;]*(?=,)");

  /**
   * The hits in a main clause before those inside a non-restrictive relative clause set off by
   * commas ("TNF, which is made by macrophages, promotes insulin resistance"): the relative
   * clause says something about the subject, the main clause is the claim. Order is otherwise
   * kept.
   */
  static List<Hit> mainClauseFirst(List<Hit> hits, String lower) {
    if (hits.size() < 2 || lower.indexOf(',') < 0) {
      return hits;
    }
    Matcher m = NON_RESTRICTIVE.matcher(lower);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return hits;
    }
    List<Hit> main = new ArrayList<>();
    List<Hit> inner = new ArrayList<>();
    for (Hit h : hits) {
      boolean in = false;
      for (int[] sp : spans) {
        in |= h.start() >= sp[0] && h.end() <= sp[1];
      }
      (in ? inner : main).add(h);
    }
    main.addAll(inner);
    return main;
  }

  static boolean excluded(String lower) {
    if (lower.endsWith("?") || Text.wordCount(lower) < 3) {
      return true;
    }
    return Lexicon.META.matcher(lower).lookingAt()
        || Lexicon.AGENDA_LITERALS.any(lower) && Lexicon.AGENDA.matcher(lower).find()
        || Lexicon.EPIDEMIOLOGY_LITERALS.any(lower)
            && Lexicon.EPIDEMIOLOGY.matcher(lower).find()
        || Lexicon.DEFINITION.matcher(lower).lookingAt()
        || Lexicon.METHODS_LITERALS.any(lower) && Lexicon.METHODS.matcher(lower).lookingAt()
        || Lexicon.SIDE_EFFECT_LITERALS.any(lower) && Lexicon.SIDE_EFFECT.matcher(lower).find()
        || Lexicon.THERAPY_GOAL_LITERALS.any(lower) && Lexicon.THERAPY_GOAL.matcher(lower).find();
  }

  static List<Hit> hits(String lower, WordRuns runs) {
    List<Hit> out = new ArrayList<>();
    // Each pattern is only run when the words it needs are in the sentence, and the ones that
    // open with (?<![\\w-]) and a word are only tried where one of their openers stands (see
    // WordRuns): the same hits as find() over every char, in the same order, far cheaper.
    if ((runs.contains("by") || runs.contains("through") || runs.contains("via"))
        && runs.containsAny(COPULAS)) {
      Matcher m = PASSIVE.matcher(lower);
      while (m.find()) {
        out.add(new Hit(Kind.PASSIVE, PARTICIPLES.get(SPACES.matcher(m.group(1)).replaceAll(" ")),
            m.start(), m.end(), false));
      }
    }
    if (lower.indexOf(',') >= 0 && runs.containsAny(PARTICIPLE_WORDS)) {
      Matcher m = PARTICIPLE.matcher(lower);
      while (m.find()) {
        String g = m.group(1);
        Relation r = GERUNDS.get(g);
        if (r == null) {
          r = g.startsWith("leading") || g.startsWith("resulting") || g.startsWith("giving")
              ? Relation.CAUSES
              : g.startsWith("contributing") ? Relation.CONTRIBUTES_TO : Relation.PLAYS_ROLE_IN;
        }
        out.add(new Hit(Kind.PARTICIPLE, r, m.start(1), m.end(1), false));
      }
    }
    // FINITE_VERB matches exactly the word runs that are finite verb forms.
    for (int k = 0; k < runs.size(); k++) {
      Relation r = FINITE.get(runs.word(k));
      if (r != null && Lexicon.NOUN_HOMOGRAPHS.contains(runs.word(k))
          && !verbUse(lower, runs, k)) {
        continue;
      }
      if (r != null) {
        out.add(new Hit(Kind.ACTIVE, r, runs.start(k), runs.end(k),
            PAST_FORMS.contains(runs.word(k))));
      }
    }
    for (Trigger p : PHRASES) {
      Matcher m = p.pattern().matcher(lower);
      while (runs.find(m, p.openers()::contains)) {
        out.add(new Hit(Kind.PHRASE, p.relation(), m.start(), m.end(), false));
      }
    }
    Matcher m = Lexicon.ROLE.matcher(lower);
    while (runs.find(m, Lexicon.ROLE_OPENERS::contains)) {
      out.add(new Hit(Kind.ROLE, Relation.PLAYS_ROLE_IN, m.start(), m.end(), false));
    }
    m = Lexicon.REQUIRED.matcher(lower);
    while (runs.find(m, Lexicon::requiredOpener)) {
      out.add(new Hit(Kind.REQUIRED, Relation.IS_REQUIRED_FOR, m.start(), m.end(), false));
    }
    m = Lexicon.REVERSE.matcher(lower);
    while (runs.find(m, Lexicon.REVERSE_OPENERS::contains)) {
      out.add(new Hit(Kind.REVERSE, Relation.CAUSES, m.start(), m.end(), false));
    }
    m = Lexicon.NEEDS.matcher(lower);
    while (runs.find(m, Lexicon.NEEDS_OPENERS::contains)) {
      Relation r = m.group().startsWith("involv") ? Relation.PLAYS_ROLE_IN
          : Relation.IS_REQUIRED_FOR;
      out.add(new Hit(Kind.REVERSE, r, m.start(), m.end(), false));
    }
    // an arrow in notes and slides: "insulin resistance → hyperglycaemia"
    for (int i = 0; i < lower.length(); i++) {
      int len = arrowAt(lower, i);
      if (len > 0) {
        out.add(new Hit(Kind.PHRASE, Relation.CAUSES, i, i + len, false));
        i += len - 1;
      }
    }
    // earliest first; at the same place the longer (more specific) trigger first
    out.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
    return out;
  }

  /** The length of a causal arrow at {@code i} ("→", "⇒", "->", "=>"), or 0. */
  static int arrowAt(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u2192' || c == '\u21D2' || c == '\u27F6' || c == '\u21FE') {
      return 1;
    }
    return (c == '-' || c == '=') && i + 1 < text.length() && text.charAt(i + 1) == '>'
        && (i == 0 || text.charAt(i - 1) != '-' && text.charAt(i - 1) != '<') ? 2 : 0;
  }

  private static boolean isArrow(Tokens t, int k) {
    return arrowAt(t.lower, t.start(k)) > 0 || t.word(k).equals(">") && k > 0
        && (t.word(k - 1).equals("-") || t.word(k - 1).equals("="));
  }

  /** Words after a noun that show it is a noun, not a verb: "increases in", "targets of". */
  private static final Set<String> NOUN_FOLLOWERS = Set.of(
      "of", "in", "for", "between", "among", "is", "are", "was", "were", "and", "or", ",", ".",
      ";", ":", ")", "that", "which", "at", "from", "to", "on", "with", "within", "as", "have",
      "has", "had", "include", "including");

  /**
   * Whether word run {@code k}, a verb form that is as often a noun, is used as a verb here: not
   * after a determiner or preposition, not before "of"/"in"/a copula, and a bare base form only
   * after a modal, "to", an adverb, or a plural noun.
   */
  static boolean verbUse(String lower, WordRuns runs, int k) {
    String w = runs.word(k);
    String prev = k > 0 ? runs.word(k - 1) : "";
    String next = "";
    int after = runs.end(k);
    while (after < lower.length() && lower.charAt(after) == ' ') {
      after++;
    }
    if (after < lower.length()) {
      char c = lower.charAt(after);
      next = Character.isLetterOrDigit(c) && k + 1 < runs.size() ? runs.word(k + 1)
          : String.valueOf(c);
    }
    if (NOUN_FOLLOWERS.contains(next) || next.isEmpty()
        || next.length() > 3 && next.endsWith("ed") && !next.endsWith("eed")
        || Lexicon.VERB_STOP.contains(next) && !DETERMINERS.contains(next)) {
      return false; // "increases in", "controls showed", "targets include"
    }
    if (w.endsWith("s") && (prev.equals("this") || prev.equals("that") || prev.equals("it"))) {
      return true; // a pronoun subject: "This causes the kidneys to retain sodium"
    }
    if (prev.isEmpty() || DETERMINERS.contains(prev) || PREPOSITIONS.contains(prev)
        || Lexicon.COPULA.contains(prev)) {
      return false;
    }
    if (Lexicon.RELATIVE.contains(prev)) {
      return true; // "molecules that support", "a factor which limits"
    }
    if (w.endsWith("s") && !w.endsWith("ss")) {
      return !prev.endsWith("s") || prev.endsWith("ss") || prev.endsWith("us")
          || prev.endsWith("is");
    }
    // a base form: "cytokines control", "can control", "to control", "X and Y control"
    boolean coordinated = k >= 3 && (runs.word(k - 2).equals("and")
        || runs.word(k - 3).equals("and")
        || runs.word(k - 2).equals("like") && plural(runs.word(k - 3)));
    return Lexicon.VERB_GROUP.contains(prev) || isAdverb(prev) || coordinated
        || prev.endsWith("s") && !prev.endsWith("ss") && !prev.endsWith("us")
            && !prev.endsWith("is");
  }

  /** Past participles not ending in -ed, for reduced relative clauses. */
  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of(
      "made", "known", "shown", "given", "taken", "seen", "found", "built", "held", "kept",
      "left", "brought", "released", "derived", "produced", "driven", "bound", "written",
      "drawn", "grown", "thrown", "borne", "sent", "spent", "laid", "led", "met", "put");

  private static boolean plural(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is");
  }

  private static final Set<String> PREPOSITIONS = Set.of(
      "of", "in", "for", "with", "on", "at", "from", "into", "by", "via", "through", "under",
      "between", "among", "against", "without", "within", "upon", "as", "than", "about");

  private Optional<Detection> build(Hit h, Tokens t, boolean framingHedge, int shift,
      boolean own) {
    Phrase subject;
    Phrase object;
    int windowStart;
    switch (h.kind()) {
      case PASSIVE -> {
        object = before(t, h.start());
        int byAt = h.end();
        subject = forward(t, byAt);
        windowStart = h.start();
      }
      case REVERSE -> {
        object = before(t, h.start(), false);
        if (object.isEmpty() || object.coordinated()) {
          object = mainSubject(t, t.before(h.start())); // "X develops due to Y"
        }
        subject = forward(t, h.end());
        if (h.relation() == Relation.IS_REQUIRED_FOR && infinitiveAfter(subject.text())) {
          return Optional.empty(); // "requires cells to adapt": what must happen, not a need
        }
        windowStart = h.start();
      }
      case PARTICIPLE -> {
        subject = mainSubject(t, t.before(h.start()));
        object = forward(t, h.end());
        windowStart = h.start();
      }
      case MEANS -> {
        subject = forward(t, h.end());
        Phrase main = mainSubject(t, t.before(h.start()));
        int from = main.isEmpty() ? 0 : main.end();
        object = verbPhrase(t, from, h.start());
        windowStart = from;
      }
      default -> {
        int prev = t.before(h.start());
        if (h.kind() == Kind.ACTIVE && prev >= 0 && DETERMINERS.contains(t.word(prev))
            && !namePart(t, prev) && !pronounSubject(t, prev, h)) {
          return Optional.empty(); // a noun use: "an increase in", "the cause of"
        }
        if (h.kind() == Kind.ACTIVE && h.pastForm() && pastIsNotActive(t, h)) {
          return Optional.empty();
        }
        subject = before(t, h.start());
        if (subject.coordinated()) {
          subject = mainSubject(t, t.before(h.start()));
        }
        object = forward(t, h.end());
        windowStart = subject.isEmpty() ? Math.max(0, h.start() - 30) : subject.end();
      }
    }
    if (subject.isEmpty() || object.isEmpty()) {
      return Optional.empty();
    }
    String subj = subject.text();
    String obj = object.text();
    int subjAt = subject.start();
    // cleft: "one of the main steps that drive scarring is fibroblast activation"
    String sl = Text.lower(subj);
    int is = Text.lower(obj).indexOf(" is ");
    if ((sl.startsWith("one of") || sl.startsWith("among")) && is > 0) {
      subj = tidy(obj.substring(is + 4));
      obj = obj.substring(0, is);
      subjAt = -1;
    }
    if (!valid(subj, obj, h.kind() == Kind.MEANS)) {
      return Optional.empty();
    }
    String lower = t.lower;
    int ws = Math.max(0, Math.min(windowStart, h.start()));
    boolean negated = NEGATION.matcher(lower.substring(ws, h.end())).find();
    boolean hedged = framingHedge || HEDGE.matcher(lower.substring(0, h.end())).find();
    int base = shift < 0 ? -shift : 0;
    return Optional.of(new Detection(subj, subjAt < 0 ? -1 : subjAt + base, h.relation(), obj,
        object.start() < 0 ? -1 : object.start() + base, hedged, negated, own));
  }

  /** "This causes", "this activates": a demonstrative standing alone before an -s verb. */
  private static boolean pronounSubject(Tokens t, int k, Hit h) {
    String w = t.word(k);
    return (w.equals("this") || w.equals("that")) && t.lower.charAt(h.end() - 1) == 's';
  }

  /** "Protein kinase A", "vitamin A": a capital letter closing a name, not the article "a". */
  private static boolean namePart(Tokens t, int k) {
    int at = t.start(k);
    return k > 0 && t.end(k) - at == 1 && t.text.charAt(at) == 'A'
        && Character.isLetterOrDigit(t.word(k - 1).charAt(0));
  }

  private static final Pattern NOUN_THEN_TO = Pattern.compile("^(\\S+(?:\\s\\S+){0,5}?)\\s+to\\s");
  private static final Pattern TAKES_TO = Pattern.compile(
      ".*(?:ure|ion|ment|ance|ence|ity|ing|al|ness|ivity)$");

  /**
   * "cells to adapt" after "requires": a noun phrase and an infinitive (the control reading).
   * "binding to", "exposure to", "resistance to" take "to" as a preposition and are kept.
   */
  private static boolean infinitiveAfter(String phrase) {
    Matcher m = NOUN_THEN_TO.matcher(Text.lower(phrase));
    return m.lookingAt() && !TAKES_TO.matcher(m.group(1)).matches();
  }

  /** "is increased in", "cytokine increased by": a past form that is passive or adjectival. */
  private static boolean pastIsNotActive(Tokens t, Hit h) {
    int next = t.at(h.end());
    if (next < t.size() && t.word(next).equals("by")) {
      return true;
    }
    int prev = t.before(h.start());
    if (prev >= 0 && (PREPOSITIONS.contains(t.word(prev)) || DETERMINERS.contains(t.word(prev)))) {
      return true; // "by activated macrophages", "the altered matrix": an adjective
    }
    while (prev >= 0 && (Lexicon.VERB_GROUP.contains(t.word(prev)) || isAdverb(t.word(prev)))) {
      if (Lexicon.COPULA.contains(t.word(prev))) {
        return true;
      }
      if (t.word(prev).equals("has") || t.word(prev).equals("have")
          || t.word(prev).equals("had")) {
        return false;
      }
      prev--;
    }
    // "lead to increased motility", "with increased potential": an adjective
    return prev >= 0 && (t.word(prev).equals("to") || DETERMINERS.contains(t.word(prev))
        || Lexicon.VERB_STOP.contains(t.word(prev)));
  }

  private static boolean valid(String subj, String obj, boolean objectIsVerbPhrase) {
    if (subj.isBlank() || obj.isBlank() || Text.wordCount(subj) > 25) {
      return false;
    }
    String sl = Text.lower(subj);
    String ol = Text.lower(obj);
    if (Lexicon.THERAPY_SUBJECT.matcher(sl).find()) {
      return false;
    }
    if (Lexicon.THERAPY_OBJECT.matcher(ol).lookingAt()) {
      return false;
    }
    return isNounPhrase(sl) && (objectIsVerbPhrase || isNounPhrase(ol));
  }

  /**
   * Whether a subject or object can be a noun phrase: not a lone participle, gerund, adverb or
   * function word ("initiated", "thereby"), and not opening with a finite verb ("showed lower
   * levels"), which marks a clause misread as a phrase.
   */
  static boolean isNounPhrase(String lower) {
    Tokens t = new Tokens(lower);
    if (t.size() == 0) {
      return false;
    }
    String first = t.word(0);
    if ((first.endsWith("ed") && first.indexOf('-') < 0 && !PARTICIPLES.containsKey(first)
        && !PAST_FORMS.contains(first)
        || Lexicon.COPULA.contains(first)) && t.size() > 1) {
      return false; // a clause, not a phrase: "showed lower levels", "is"
    }
    if (t.size() == 1) {
      String w = first;
      if (Lexicon.PRONOUNS.contains(w)) {
        return true; // an anaphor: the extractor resolves it from the sentence before
      }
      return !(PARTICIPLES.containsKey(w) || GERUNDS.containsKey(w) || PAST_FORMS.contains(w)
          || w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed")
          || Lexicon.VERB_GROUP.contains(w) || DETERMINERS.contains(w) || PREPOSITIONS.contains(w)
          || isAdverb(w) || !Character.isLetterOrDigit(w.charAt(0)));
    }
    return true;
  }

  /** The noun phrase that ends right before {@code offset}, skipping the verb group. */
  private static Phrase before(Tokens t, int offset) {
    return before(t, offset, true);
  }

  /**
   * {@link #before(Tokens, int)}; {@code verbFollows} says the trigger is a verb, so that the
   * word right before it, when not an auxiliary, is a noun even if it can be a verb.
   */
  private static Phrase before(Tokens t, int offset, boolean verbFollows) {
    int j = t.before(offset);
    if (j > 0 && t.word(j).equals(",")) {
      // "TNF, which is made by macrophages, promotes": the subject stands before the clause
      for (int r = j - 1; r > 0 && r > j - 30; r--) {
        if (t.word(r).equals(",") && r + 1 < j && (t.word(r + 1).equals("which")
            || t.word(r + 1).equals("who") || t.word(r + 1).equals("whose"))) {
          j = r - 1;
          break;
        }
        if (t.word(r).equals(",") || t.word(r).equals(";")) {
          break;
        }
      }
    }
    while (j >= 0 && (Lexicon.VERB_GROUP.contains(t.word(j)) || isAdverb(t.word(j))
        || passiveParticiple(t, j))) {
      if (Lexicon.RELATIVE.contains(t.word(j))) {
        break;
      }
      j--;
    }
    if (j < 0) {
      return Phrase.NONE;
    }
    String w = t.word(j);
    if (Lexicon.RELATIVE.contains(w)) {
      int k = j - 1;
      if (k >= 0 && t.word(k).equals(",")) {
        k--;
      }
      Phrase antecedent = collect(t, k, true);
      // "Fibrosis is a slow process that involves X": the relative clause describes
      // the sentence's subject, which the copula equates with its antecedent
      int at = antecedent.isEmpty() ? -1 : t.at(antecedent.start()) - 1;
      while (at >= 0 && (DETERMINERS.contains(t.word(at)) || isAdverb(t.word(at)))) {
        at--;
      }
      if (at > 0 && Lexicon.COPULA.contains(t.word(at))) {
        Phrase main = mainSubject(t, at - 1);
        if (!main.isEmpty() && !main.pronoun()) {
          return main;
        }
      }
      return antecedent;
    }
    if (w.equals("and") || w.equals("or") || w.equals("but")) {
      return new Phrase("-", -1, -1, false, true);
    }
    if (Lexicon.PRONOUNS.contains(w)) {
      if (w.equals("several") || w.equals("some") || w.equals("many") || w.equals("most")
          || w.equals("others") || w.equals("both") || w.equals("all") || w.equals("each")) {
        // "with many shown to be required": the quantified noun phrase before it
        int k = j - 1;
        while (k >= 0 && (t.word(k).equals("with") || t.word(k).equals(",")
            || t.word(k).equals("of") || t.word(k).equals("and"))) {
          k--;
        }
        Phrase p = collect(t, k, true);
        if (!p.isEmpty()) {
          String pl = Text.lower(p.text());
          int of = pl.lastIndexOf(" of ");
          if (of >= 0) {
            String head = p.text().substring(of + 4);
            return new Phrase(tidy(head), p.start() + of + 4, p.end(), false, false);
          }
          return p;
        }
      }
      return new Phrase(t.slice(j, j), t.start(j), t.end(j), true, false);
    }
    return collect(t, j, verbFollows);
  }

  /** "have been designed (to)", "is used (to)": a participle right after an auxiliary. */
  private static boolean passiveParticiple(Tokens t, int j) {
    String w = t.word(j);
    return j > 0 && (w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w))
        && (Lexicon.COPULA.contains(t.word(j - 1)) || t.word(j - 1).equals("has")
            || t.word(j - 1).equals("have") || t.word(j - 1).equals("had"));
  }

  /** Collects a noun phrase backwards from token {@code j} to a verb or clause boundary. */
  private static Phrase collect(Tokens t, int j, boolean verbFollows) {
    int end = j;
    int i = j;
    while (i >= 0) {
      String w = t.word(i);
      if (Lexicon.VERB_STOP.contains(w) && (i < end ? adjectival(t, i)
          : verbFollows && !Lexicon.VERB_GROUP.contains(w))) {
        // "by activated macrophages"; a noun right before the verb: "IL-1 release drives"
        i--;
        continue;
      }
      if (w.equals("i") && i > 0 && Character.isLetterOrDigit(t.word(i - 1).charAt(0))) {
        i--; // a roman numeral closing a name ("collagen type I"), not the pronoun
        continue;
      }
      if (Lexicon.VERB_STOP.contains(w) || Lexicon.CLAUSE_STOP.contains(w) || isArrow(t, i)) {
        break;
      }
      if (w.equals("as") && !(i > 0 && t.word(i - 1).equals("such"))
          && !(i + 1 < t.size() && t.word(i + 1).equals("well"))
          && !(i > 0 && t.word(i - 1).equals("well"))) {
        break;
      }
      if (w.equals(",") && i + 2 <= end && (t.word(i + 1).equals("and")
          || t.word(i + 1).equals("but") || t.word(i + 1).equals("or"))
          && (DETERMINERS.contains(t.word(i + 2)) || Lexicon.PRONOUNS.contains(t.word(i + 2)))) {
        break;
      }
      i--;
    }
    int start = i + 1;
    while (start <= end && (t.word(start).equals(",") || t.word(start).equals("and"))) {
      start++;
    }
    // a reduced relative clause is not part of the head: "proteases secreted by neutrophils"
    for (int k = start + 1; k < end; k++) {
      String w = t.word(k);
      if ((w.endsWith("ed") || PARTICIPLES.containsKey(w) || IRREGULAR_PARTICIPLES.contains(w))
          && (t.word(k + 1).equals("by") || t.word(k + 1).equals("from"))) {
        end = k - 1;
        break;
      }
    }
    if (start > end) {
      return Phrase.NONE;
    }
    String raw = t.slice(start, end);
    String tidy = tidy(raw);
    int at = tidy.isEmpty() ? -1 : t.lower.indexOf(Text.lower(tidy), t.start(start));
    boolean pronoun = start == end && Lexicon.PRONOUNS.contains(t.word(start));
    return new Phrase(tidy, at, t.end(end), pronoun, false);
  }

  /**
   * Whether the past form at token {@code i}, inside a noun phrase, modifies the noun after it
   * ("oxidized lipoprotein", "by activated macrophages") rather than being the verb of a clause:
   * it opens the sentence or follows a determiner, preposition or comma.
   */
  private static boolean adjectival(Tokens t, int i) {
    String w = t.word(i);
    if (!PAST_FORMS.contains(w) && !PARTICIPLES.containsKey(w)) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    String p = t.word(i - 1);
    return DETERMINERS.contains(p) || PREPOSITIONS.contains(p) || p.equals(",")
        || p.equals("and") || p.equals("or");
  }

  /** The grammatical subject of the sentence, after an introductory clause. */
  private static Phrase mainSubject(Tokens t, int limit) {
    if (t.size() == 0 || limit < 0) {
      return Phrase.NONE;
    }
    int i = 0;
    if (INTRO.contains(t.word(0))) {
      int k = 0;
      while (k <= limit && !t.word(k).equals(",")) {
        k++;
      }
      if (k > limit) {
        return Phrase.NONE;
      }
      i = k + 1;
    }
    int j = i;
    while (j <= limit && !Lexicon.VERB_STOP.contains(t.word(j))
        && !Lexicon.CLAUSE_STOP.contains(t.word(j)) && !(j > i && looksFinite(t, j))) {
      j++;
    }
    if (j == i) {
      return Phrase.NONE;
    }
    String tidy = tidy(t.slice(i, j - 1));
    boolean pronoun = j - 1 == i && Lexicon.PRONOUNS.contains(t.word(i));
    return new Phrase(tidy, tidy.isEmpty() ? -1 : t.lower.indexOf(Text.lower(tidy), t.start(i)),
        t.end(j - 1), pronoun, false);
  }

  /**
   * A verb the lexicon does not know, told by its shape: a third-person "-s" form right after a
   * noun and right before a determiner ("angiotensin II constricts the arteriole").
   */
  static boolean looksFinite(Tokens t, int j) {
    String w = t.word(j);
    if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us")
        || w.endsWith("is") || w.endsWith("ys") || j + 1 >= t.size() || j == 0) {
      return false;
    }
    String next = t.word(j + 1);
    String prev = t.word(j - 1);
    return OBJECT_OPENERS.contains(next) && Character.isLetterOrDigit(prev.charAt(0))
        && !DETERMINERS.contains(prev) && !PREPOSITIONS.contains(prev);
  }

  private static final Set<String> OBJECT_OPENERS = Set.of(
      "the", "a", "an", "its", "their", "this", "these", "those", "both", "his", "her");

  /** The phrase that starts at {@code offset} and runs to the end of its clause. */
  private static Phrase forward(Tokens t, int offset) {
    int i = t.at(offset);
    int j = i;
    int limit = Math.min(t.size(), i + 18);
    while (j < limit) {
      String w = t.word(j);
      if (w.equals(";") || w.equals(":") || w.equals(".") || w.equals("!") || w.equals("?")
          || j > i && isArrow(t, j) || j + 1 < t.size() && isArrow(t, j + 1)
          && (w.equals("-") || w.equals("="))) {
        break;
      }
      if (j > i && (Lexicon.CLAUSE_STOP.contains(w) || w.equals("via") || w.equals("through")
          || w.equals("whereby") || (w.equals("by") && j + 1 < t.size()
          && t.word(j + 1).endsWith("ing")))) {
        break;
      }
      if (j > i && (w.equals("and") || w.equals("or")) && j + 1 < t.size()
          && (Lexicon.VERB_STOP.contains(t.word(j + 1)) || FINITE.containsKey(t.word(j + 1))
              && !PAST_FORMS.contains(t.word(j + 1)) || looksFinite(t, j + 1))) {
        break; // a second verb phrase: "activates platelets and enhances clotting"
      }
      if (w.equals(",") && j + 1 < t.size() && (OBJECT_COMMA_STOP.contains(t.word(j + 1))
          || (t.word(j + 1).endsWith("ing") && t.word(j + 1).length() > 5)
          || FINITE.containsKey(t.word(j + 1)) || Lexicon.VERB_STOP.contains(t.word(j + 1)))) {
        break;
      }
      j++;
    }
    int end = j - 1;
    while (end >= i && TRAILING_JUNK.contains(t.word(end))) {
      end--;
    }
    if (end < i) {
      return Phrase.NONE;
    }
    String tidy = tidy(t.slice(i, end));
    int at = tidy.isEmpty() ? -1 : t.lower.indexOf(Text.lower(tidy), t.start(i));
    return new Phrase(tidy, at, t.end(end),
        false, false);
  }

  /** For means clauses: the verb phrase between the subject and "by/through/via". */
  private static Phrase verbPhrase(Tokens t, int fromOffset, int toOffset) {
    int i = t.at(fromOffset);
    int j = t.before(toOffset);
    while (i <= j && (Lexicon.VERB_GROUP.contains(t.word(i)) || isAdverb(t.word(i)))) {
      i++;
    }
    if (i > j) {
      return Phrase.NONE;
    }
    String text = tidy(t.slice(i, j));
    return new Phrase(text, t.start(i), t.end(j), false, false);
  }

  /** The grammatical subject of a sentence, for anaphora context; empty when none is clear. */
  static String subjectOf(String cleanedSentence) {
    Tokens t = new Tokens(cleanedSentence);
    Phrase p = mainSubject(t, t.size() - 1);
    return p.isEmpty() || p.pronoun() || Text.wordCount(p.text()) > 8 ? "" : p.text();
  }

  static boolean isAdverb(String w) {
    return w.length() > 4 && w.endsWith("ly") && !Lexicon.NOT_ADVERB.contains(w);
  }

  /** Trims a phrase to its head noun phrase: no tails, appositives, glosses or determiners. */
  static String tidy(String phrase) {
    String p = phrase.trim();
    // PAREN needs a "(", INTRO_PHRASE, TAIL and APPOSITIVE a comma: skipped when there is none
    if (p.indexOf('(') >= 0) {
      p = PAREN.matcher(p).replaceAll("");
    }
    if (p.indexOf(',') >= 0) {
      p = INTRO_PHRASE.matcher(p).replaceFirst("");
      p = TAIL.matcher(p).replaceFirst("");
      Matcher a = APPOSITIVE.matcher(p);
      if (a.matches()) {
        p = a.group(1);
      }
    }
    p = LEADING.matcher(p).replaceFirst("");
    p = TRAILING_PUNCT.matcher(p).replaceAll("").trim();
    return Text.decapitalize(p);
  }

  private static Pattern wordAlternation(Set<String> words, String prefix, String suffix) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    StringBuilder sb = new StringBuilder();
    for (String w : sorted) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(w));
    }
    String core = prefix.isEmpty() ? "(?:" + sb + ")" : sb.toString();
    String lead = prefix.startsWith(",") ? "" : "(?<![\\w-])";
    return Pattern.compile(lead + prefix + core + suffix + "(?![\\w-])");
  }
}
