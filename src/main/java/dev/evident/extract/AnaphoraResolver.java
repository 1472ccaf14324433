package dev.evident.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves anaphoric noun phrases ("This transformation", "These vessels", "they") to what the
 * preceding text made clear: an acronym whose expansion names the head noun, a noun phrase of
 * the previous sentences with the same head, or the previous sentence's subject.
 */
final class AnaphoraResolver {

  /** An acronym definition "expansion (ACR)" at a char offset of the document text. */
  record Acronym(int offset, String expansion, String acronym) {}

  /** "expansion (ACR)"; package-private for the test that checks {@link #definitions}. */
  static final Pattern DEFINITION = Pattern.compile(
      "((?:[\\p{L}][\\p{L}\\p{N}'\u2019-]*[ \\t\\r\\n]+){1,7})"
          + "\\((\\p{Lu}[\\p{L}\\p{N}-]{1,11})\\)");
  private static final Pattern ANAPHOR = Pattern.compile(
      "^(?:this|these|that|those|such)\\s+([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?$");
  /** Heads so general that only the previous sentence's subject can resolve them. */
  private static final Set<String> GENERIC = Set.of(
      "process", "processes", "transformation", "transition", "step", "steps", "mechanism",
      "mechanisms", "phenomenon", "change", "changes", "event", "events", "effect", "effects",
      "alteration", "alterations", "strategy", "strategies", "loop", "program", "programme",
      "pathway", "cascade", "interaction", "interactions", "factor", "factors", "response",
      "condition", "state", "switch", "feature", "features", "behavior", "behaviour");
  /** Heads that name a change of state; any of them can refer back to any other. */
  private static final Set<String> TRANSITION = Set.of(
      "transition", "transformation", "conversion", "switch", "shift", "reprogramming",
      "change");
  private static final Set<String> NP_STOP = Set.of(
      "the", "a", "an", "of", "in", "to", "for", "with", "by", "on", "at", "from", "and", "or",
      "is", "are", "was", "were", "that", "which", "this", "these", "its", "their", "into",
      "as", "such", "than", "via", "through");

  /**
   * Enough chars after a "(" for DEFINITION's "(ACRONYM)" (12 code points, each possibly a
   * surrogate pair, and the parentheses).
   */
  private static final int MAX_ACRONYM_CHARS = 32;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");

  private final List<Acronym> acronyms;

  AnaphoraResolver(String documentText) {
    this.acronyms = scan(documentText);
  }

  static List<Acronym> scan(String text) {
    List<Acronym> out = new ArrayList<>();
    for (MatchResult m : definitions(text)) {
      String acr = m.group(2);
      String[] words = WHITESPACE.split(m.group(1).trim());
      String exp = expansion(words, acr);
      if (exp != null) {
        out.add(new Acronym(m.start(2), exp, acr));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The matches of DEFINITION in {@code text}, exactly as {@code find()} over the whole text
   * gives them. That tried up to seven words at every char, a quarter of parse's time; but a
   * definition ends at a "(" and its words hold no ASCII punctuation, so each "(" is tried on
   * its own, from the last ASCII punctuation before it: the same matches from far fewer starts.
   */
  static List<MatchResult> definitions(String text) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = DEFINITION.matcher(text);
    int from = 0;
    int open = text.indexOf('(');
    while (open >= 0) {
      int start = open;
      while (start > from && !outsideDefinition(text.charAt(start - 1))) {
        start--;
      }
      if (start < open) {
        m.region(start, Math.min(text.length(), open + MAX_ACRONYM_CHARS));
        if (m.find()) {
          out.add(m.toMatchResult());
          from = m.end();
        }
      }
      open = text.indexOf('(', Math.max(open + 1, from));
    }
    return out;
  }

  /** An ASCII char that no word or space of DEFINITION's expansion group can hold. */
  private static boolean outsideDefinition(char c) {
    return c < 128 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\'' || c == '-');
  }

  /** The shortest run of trailing words whose letters spell the acronym in order. */
  private static String expansion(String[] words, String acronym) {
    String letters = NOT_LETTER.matcher(acronym).replaceAll("").toLowerCase(Locale.ROOT);
    if (letters.endsWith("s") && letters.length() > 2) {
      letters = letters.substring(0, letters.length() - 1);
    }
    if (letters.length() < 2) {
      return null;
    }
    for (int k = 1; k <= words.length; k++) {
      StringBuilder sb = new StringBuilder();
      for (int i = words.length - k; i < words.length; i++) {
        sb.append(words[i].toLowerCase(Locale.ROOT)).append(' ');
      }
      String cand = sb.toString().trim();
      if (cand.charAt(0) != letters.charAt(0)) {
        continue;
      }
      if (isSubsequence(letters, NOT_LETTER.matcher(cand).replaceAll(""))) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k,
            words.length));
      }
    }
    return null;
  }

  private static boolean isSubsequence(String needle, String hay) {
    int j = 0;
    for (int i = 0; i < hay.length() && j < needle.length(); i++) {
      if (hay.charAt(i) == needle.charAt(j)) {
        j++;
      }
    }
    return j == needle.length();
  }

  /**
   * Resolves {@code phrase} when it is anaphoric; returns it unchanged otherwise.
   *
   * @param before char offset in the document of the sentence (acronyms defined earlier count)
   * @param previous earlier sentences of the block, most recent first (cleaned)
   * @param previousSubject subject of the previous sentence, or empty
   * @param allowGeneric whether a generic head may fall back to the previous subject
   */
  String resolve(String phrase, int before, List<String> previous, String previousSubject,
      String sentenceSubject, boolean allowGeneric) {
    String p = Text.lower(phrase.trim());
    if (p.equals("they") || p.equals("it") || p.equals("this") || p.equals("these")) {
      if (!sentenceSubject.isEmpty() && !Text.lower(sentenceSubject).equals(p)) {
        return sentenceSubject;
      }
      return allowGeneric && !previousSubject.isEmpty() ? previousSubject : phrase;
    }
    Matcher m = ANAPHOR.matcher(p);
    if (!m.matches()) {
      return phrase;
    }
    String head = m.group(2) != null ? m.group(2) : m.group(1);
    String singular = singular(head);
    // 1. an acronym whose expansion names the head: "This transition" -> EMT
    for (int i = acronyms.size() - 1; i >= 0; i--) {
      Acronym a = acronyms.get(i);
      String exp = Text.lower(a.expansion());
      if (a.offset() < before && (containsWord(exp, singular)
          || (TRANSITION.contains(singular) && TRANSITION.stream()
              .anyMatch(w -> containsWord(exp, w))))) {
        return a.acronym();
      }
    }
    // 2. a noun phrase of the previous sentences with the same head: "These vessels"
    for (String prev : previous) {
      String np = nounPhraseWithHead(prev, singular);
      if (np != null) {
        return np;
      }
    }
    // 3. a general head stands for what the previous sentence was about
    if (allowGeneric && (GENERIC.contains(head) || GENERIC.contains(singular))
        && !previousSubject.isEmpty()) {
      return previousSubject;
    }
    // 4. a process noun can stand alone: "This dormancy" -> dormancy
    if (m.group(2) == null && Lexicon.BIO.matcher(head).lookingAt() && !GENERIC.contains(head)) {
      return head;
    }
    return phrase;
  }

  static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ses") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static boolean containsWord(String text, String word) {
    return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?:s|es)?(?![\\p{L}])")
        .matcher(text).find();
  }

  /** "…the growth of small blood vessels." + "vessel" gives "small blood vessels". */
  static String nounPhraseWithHead(String sentence, String singular) {
    Tokens t = new Tokens(sentence);
    for (int i = 0; i < t.size(); i++) {
      String w = t.word(i);
      if (!(w.equals(singular) || singular(w).equals(singular))) {
        continue;
      }
      int s = i;
      while (s - 1 >= 0 && s > i - 4 && !NP_STOP.contains(t.word(s - 1))
          && !Lexicon.VERB_STOP.contains(t.word(s - 1)) && isWord(t.word(s - 1))) {
        s--;
      }
      // an appositive gloss: "organotropism, a preference for ..." -> organotropism
      if (s - 1 >= 0 && (t.word(s - 1).equals("a") || t.word(s - 1).equals("an")
          || t.word(s - 1).equals("the")) && s - 2 >= 0 && t.word(s - 2).equals(",")) {
        int e = s - 3;
        int b = e;
        while (b - 1 >= 0 && b > e - 3 && isWord(t.word(b - 1))
            && !NP_STOP.contains(t.word(b - 1)) && !Lexicon.VERB_STOP.contains(t.word(b - 1))) {
          b--;
        }
        if (e >= 0 && isWord(t.word(e))) {
          return t.slice(b, e);
        }
      }
      if (s == i) {
        continue; // a bare head repeats the anaphor and resolves nothing
      }
      return Text.decapitalize(t.slice(s, i));
    }
    return null;
  }

  private static boolean isWord(String w) {
    return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
  }
}
