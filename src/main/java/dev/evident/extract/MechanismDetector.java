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
        FINITE.put(f, v.relation());
        if (f.endsWith("ed") || f.equals("drove")) {
          PAST_FORMS.add(f);
        }
      }
      PARTICIPLES.put(v.participle(), v.relation());
      GERUNDS.put(v.gerund(), v.relation());
    }
  }

  static final Pattern FINITE_VERB = wordAlternation(FINITE.keySet(), "", "");
  static final Pattern PASSIVE = wordAlternation(PARTICIPLES.keySet(),
      "(?:is|are|was|were|be|been|being)\\s+(?:(?:\\w+ly|also|not|often|further|in\\s+part|"
          + "partly|mainly|largely|primarily|thus|therefore|itself|in\\s+turn)\\s+)*(",
      ")\\s+by");
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
    Matcher fm = Lexicon.FRAMING.matcher(s);
    if (fm.lookingAt()) {
      framingHedge = Lexicon.HEDGED_FRAMING.matcher(Text.lower(fm.group())).find();
      s = s.substring(fm.end());
    }
    String lower = Text.lower(s);
    if (excluded(lower)) {
      return Optional.empty();
    }
    Tokens t = new Tokens(s);
    WordRuns runs = new WordRuns(lower);
    List<Hit> hits = hits(lower, runs);
    for (Hit h : hits) {
      Optional<Detection> d = build(h, t, framingHedge, s.length() - cleanedSentence.length());
      if (d.isPresent()) {
        return d;
      }
    }
    Matcher mm = Lexicon.MEANS.matcher(lower);
    while (runs.find(mm, Lexicon.MEANS_OPENERS::contains)) {
      Optional<Detection> d = build(new Hit(Kind.MEANS, Relation.MEDIATES, mm.start(), mm.end(),
          false), t, framingHedge, s.length() - cleanedSentence.length());
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  static boolean excluded(String lower) {
    if (lower.endsWith("?") || Text.wordCount(lower) < 3) {
      return true;
    }
    return Lexicon.META.matcher(lower).lookingAt()
        || Lexicon.AGENDA_LITERALS.any(lower) && Lexicon.AGENDA.matcher(lower).find()
        || Lexicon.EPIDEMIOLOGY_LITERALS.any(lower)
            && Lexicon.EPIDEMIOLOGY.matcher(lower).find()
        || Lexicon.DEFINITION.matcher(lower).lookingAt();
  }

  static List<Hit> hits(String lower, WordRuns runs) {
    List<Hit> out = new ArrayList<>();
    // Each pattern is only run when the words it needs are in the sentence, and the ones that
    // open with (?<![\\w-]) and a word are only tried where one of their openers stands (see
    // WordRuns): the same hits as find() over every char, in the same order, far cheaper.
    if (runs.contains("by") && runs.containsAny(COPULAS)) {
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
    // earliest first; at the same place the longer (more specific) trigger first
    out.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
    return out;
  }

  private Optional<Detection> build(Hit h, Tokens t, boolean framingHedge, int shift) {
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
        object = before(t, h.start());
        if (object.isEmpty() || object.coordinated()) {
          object = mainSubject(t, t.before(h.start())); // "X develops due to Y"
        }
        subject = forward(t, h.end());
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
        if (h.kind() == Kind.ACTIVE && prev >= 0 && DETERMINERS.contains(t.word(prev))) {
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
    // cleft: "one of the key processes that enable metastasis is EMT"
    String sl = Text.lower(subj);
    int is = Text.lower(obj).indexOf(" is ");
    if ((sl.startsWith("one of") || sl.startsWith("among")) && is > 0) {
      subj = tidy(obj.substring(is + 4));
      obj = obj.substring(0, is);
      subjAt = -1;
    }
    if (!valid(subj, obj)) {
      return Optional.empty();
    }
    String lower = t.lower;
    int ws = Math.max(0, Math.min(windowStart, h.start()));
    boolean negated = NEGATION.matcher(lower.substring(ws, h.end())).find();
    boolean hedged = framingHedge || HEDGE.matcher(lower.substring(0, h.end())).find();
    int base = shift < 0 ? -shift : 0;
    return Optional.of(new Detection(subj, subjAt < 0 ? -1 : subjAt + base, h.relation(), obj,
        object.start() < 0 ? -1 : object.start() + base, hedged, negated));
  }

  /** "is increased in", "cytokine increased by": a past form that is passive or adjectival. */
  private static boolean pastIsNotActive(Tokens t, Hit h) {
    int next = t.at(h.end());
    if (next < t.size() && t.word(next).equals("by")) {
      return true;
    }
    int prev = t.before(h.start());
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

  private static boolean valid(String subj, String obj) {
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
    return Lexicon.BIO.matcher(sl + " " + ol).find();
  }

  /** The noun phrase that ends right before {@code offset}, skipping the verb group. */
  private static Phrase before(Tokens t, int offset) {
    int j = t.before(offset);
    while (j >= 0 && (Lexicon.VERB_GROUP.contains(t.word(j)) || isAdverb(t.word(j)))) {
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
      return collect(t, k);
    }
    if (w.equals("and") || w.equals("or") || w.equals("but")) {
      return new Phrase("-", -1, -1, false, true);
    }
    if (Lexicon.PRONOUNS.contains(w)) {
      if (w.equals("several") || w.equals("some") || w.equals("many") || w.equals("most")
          || w.equals("others") || w.equals("both") || w.equals("all") || w.equals("each")) {
        // "with several identified as essential": the quantified noun phrase before it
        int k = j - 1;
        while (k >= 0 && (t.word(k).equals("with") || t.word(k).equals(",")
            || t.word(k).equals("of") || t.word(k).equals("and"))) {
          k--;
        }
        Phrase p = collect(t, k);
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
    return collect(t, j);
  }

  /** Collects a noun phrase backwards from token {@code j} to a verb or clause boundary. */
  private static Phrase collect(Tokens t, int j) {
    int end = j;
    int i = j;
    while (i >= 0) {
      String w = t.word(i);
      if (Lexicon.VERB_STOP.contains(w) || Lexicon.CLAUSE_STOP.contains(w)) {
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
    if (start > end) {
      return Phrase.NONE;
    }
    String raw = t.slice(start, end);
    String tidy = tidy(raw);
    int at = tidy.isEmpty() ? -1 : t.lower.indexOf(Text.lower(tidy), t.start(start));
    boolean pronoun = start == end && Lexicon.PRONOUNS.contains(t.word(start));
    return new Phrase(tidy, at, t.end(end), pronoun, false);
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
        && !Lexicon.CLAUSE_STOP.contains(t.word(j))) {
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

  /** The phrase that starts at {@code offset} and runs to the end of its clause. */
  private static Phrase forward(Tokens t, int offset) {
    int i = t.at(offset);
    int j = i;
    int limit = Math.min(t.size(), i + 18);
    while (j < limit) {
      String w = t.word(j);
      if (w.equals(";") || w.equals(":") || w.equals(".") || w.equals("!") || w.equals("?")) {
        break;
      }
      if (j > i && (Lexicon.CLAUSE_STOP.contains(w) || w.equals("via") || w.equals("through")
          || w.equals("whereby") || (w.equals("by") && j + 1 < t.size()
          && t.word(j + 1).endsWith("ing")))) {
        break;
      }
      if (j > i && (w.equals("and") || w.equals("or")) && j + 1 < t.size()
          && Lexicon.VERB_STOP.contains(t.word(j + 1))) {
        break; // a second verb phrase: "promotes angiogenesis and enhances invasion"
      }
      if (w.equals(",") && j + 1 < t.size() && (OBJECT_COMMA_STOP.contains(t.word(j + 1))
          || (t.word(j + 1).endsWith("ing") && t.word(j + 1).length() > 5))) {
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
