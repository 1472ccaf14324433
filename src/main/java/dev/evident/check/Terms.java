package dev.evident.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes the words of statements, subjects and objects so that the same thing written two
 * ways compares equal: case, British spellings, plurals, and abbreviations (built-in ones such
 * as EMT and ECM, and those a review's quotes define as "long form (SHORT)") expanded to their
 * long form. Negations ("not", "no", "without") are kept: no stemmer or stop list may drop them.
 */
public final class Terms {
  /** Abbreviations common in the cancer-biology reviews evident was built for. */
  static final Map<String, String> BUILT_IN = Map.ofEntries(
      Map.entry("emt", "epithelial to mesenchymal transition"),
      Map.entry("ecm", "extracellular matrix"),
      Map.entry("tme", "tumor microenvironment"),
      Map.entry("ctc", "circulating tumor cell"),
      Map.entry("ev", "extracellular vesicle"),
      Map.entry("mmp", "matrix metalloproteinase"),
      Map.entry("caf", "cancer associated fibroblast"),
      Map.entry("tam", "tumor associated macrophage"),
      Map.entry("vegf", "vascular endothelial growth factor"),
      Map.entry("tgf", "transforming growth factor"),
      Map.entry("dtc", "disseminated tumor cell"),
      Map.entry("csc", "cancer stem cell"),
      Map.entry("pmn", "pre metastatic niche"),
      Map.entry("ros", "reactive oxygen species"));

  private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "to", "for",
      "and", "or", "by", "with", "from", "at", "as", "its", "their", "this", "that", "these",
      "those", "is", "are", "was", "were", "be", "been", "being", "can", "may", "might", "could",
      "would", "should", "which", "via", "into", "through", "also", "such", "both", "it", "they",
      "has", "have", "had", "does", "do", "did", "than", "then", "there", "thereby", "thus");

  private static final Map<String, String> SPELLING = Map.ofEntries(
      Map.entry("tumour", "tumor"), Map.entry("tumours", "tumors"),
      Map.entry("signalling", "signaling"), Map.entry("behaviour", "behavior"),
      Map.entry("haematopoietic", "hematopoietic"), Map.entry("oestrogen", "estrogen"),
      Map.entry("remodelling", "remodeling"), Map.entry("metastasise", "metastasize"),
      Map.entry("metastatic", "metastasis"), Map.entry("metastasize", "metastasis"),
      Map.entry("metastases", "metastasis"), Map.entry("analyses", "analysis"),
      Map.entry("mice", "mouse"), Map.entry("stroma", "stromal"));

  /** "long form (SHORT)" or "long form (SHORTs)" inside a quote. */
  private static final Pattern DEFINITION =
      Pattern.compile("([^()\\[\\].;:]{2,160})\\(\\s*([A-Za-z][A-Za-z0-9\\-]{1,9}?)s?\\s*\\)");

  private final Map<String, String> abbreviations;
  /** Expansions by word, filled as words are met; concurrent, as tokens() runs on every core. */
  private final Map<String, List<String>> expansions =
      new java.util.concurrent.ConcurrentHashMap<>();
  // What each lower-cased word and each subject or object phrase normalizes to. A review
  // repeats its words and entities: the detector normalizes 100,000 statements, subjects and
  // objects per run, and looking the answer up is much cheaper than working it out again.
  // Concurrent like the expansions; two threads meeting a new word both work out the same
  // answer, and either may be kept.
  private final Map<String, List<String>> words = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, String> entityKeys = new java.util.concurrent.ConcurrentHashMap<>();

  private Terms(Map<String, String> abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** Built-in abbreviations only. */
  public static Terms builtIn() {
    return new Terms(new HashMap<>(BUILT_IN));
  }

  /**
   * Built-in abbreviations plus those the texts define. Texts are visited in the order given, and
   * the first definition of a short form wins, so pass them in a stable order.
   */
  public static Terms learn(Collection<String> texts) {
    Map<String, String> m = new HashMap<>(BUILT_IN);
    for (String t : texts) {
      define(t, m);
    }
    return new Terms(m);
  }

  /** The abbreviations in use, short form (lower-case) to long form. */
  public Map<String, String> abbreviations() {
    return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(abbreviations));
  }

  static void define(String text, Map<String, String> into) {
    if (text.indexOf('(') < 0) {
      return;
    }
    Matcher m = DEFINITION.matcher(text);
    while (m.find()) {
      String shortForm = m.group(2);
      int upper = 0;
      for (int i = 0; i < shortForm.length(); i++) {
        if (Character.isUpperCase(shortForm.charAt(i))) {
          upper++;
        }
      }
      String key = shortForm.toLowerCase(Locale.ROOT);
      if (upper < 2 || STOP.contains(key) || into.containsKey(key)) {
        continue;
      }
      String longForm = longForm(shortForm, m.group(1).trim());
      if (longForm != null) {
        into.put(key, longForm.toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * Schwartz and Hearst's rule: the shortest run of preceding words (at most min(n + 5, 2n) for
   * a short form of n letters) in which the short form's letters occur in order, the first at
   * the start of a word.
   */
  static String longForm(String shortForm, String before) {
    String[] words = before.split("\\s+");
    int max = Math.min(shortForm.length() + 5, shortForm.length() * 2);
    int from = Math.max(0, words.length - max);
    String cand = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    String s = shortForm.toLowerCase(Locale.ROOT);
    String l = cand.toLowerCase(Locale.ROOT);
    int si = s.length() - 1;
    int li = l.length() - 1;
    while (si >= 0) {
      char c = s.charAt(si);
      if (!Character.isLetterOrDigit(c)) {
        si--;
        continue;
      }
      while ((li >= 0 && l.charAt(li) != c)
          || (si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) {
        li--;
      }
      if (li < 0) {
        return null;
      }
      li--;
      si--;
    }
    int start = l.lastIndexOf(' ', li) + 1;
    String out = cand.substring(start).trim();
    return out.split("\\s+").length >= 2 || out.length() > shortForm.length() ? out : null;
  }

  /** True when both normalize alike: they hold the same abbreviations. */
  boolean sameAbbreviations(Terms other) {
    return abbreviations.equals(other.abbreviations);
  }

  /** The normalized words of a text, in order, without stop words. */
  public List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && Character.isLetterOrDigit(lower.charAt(j))) {
        j++;
      }
      if (j > i) {
        addWord(lower.substring(i, j), out);
      }
      i = j;
    }
    return out;
  }

  private void addWord(String w, List<String> out) {
    List<String> known = words.get(w);
    if (known == null) {
      known = new ArrayList<>(2);
      normalize(w, known);
      known = List.copyOf(known);
      words.put(w, known);
    }
    out.addAll(known);
  }

  private void normalize(String w, List<String> out) {
    List<String> exp = expansion(w);
    if (exp != null) {
      out.addAll(exp);
      return;
    }
    String s = word(w);
    if (!STOP.contains(s)) {
      out.add(s);
    }
  }

  private List<String> expansion(String w) {
    List<String> cached = expansions.get(w);
    if (cached != null) {
      return cached.isEmpty() ? null : cached;
    }
    String longForm = abbreviations.get(w);
    if (longForm == null && w.length() > 2 && w.endsWith("s")) {
      longForm = abbreviations.get(w.substring(0, w.length() - 1));
    }
    List<String> result = new ArrayList<>();
    if (longForm != null) {
      for (String part : longForm.split("[^\\p{L}\\p{N}]+")) {
        if (!part.isEmpty()) {
          String s = word(part);
          if (!STOP.contains(s)) {
            result.add(s);
          }
        }
      }
    }
    expansions.put(w, List.copyOf(result));
    return result.isEmpty() ? null : result;
  }

  /** One word: spelling unified, plural made singular. */
  static String word(String w) {
    String s = SPELLING.getOrDefault(w, w);
    s = singular(s);
    return SPELLING.getOrDefault(s, s);
  }

  static String singular(String w) {
    int n = w.length();
    if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
      return w;
    }
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /** An order-free key for a subject or object: its distinct normalized words, sorted. */
  public String entityKey(String phrase) {
    String key = entityKeys.get(phrase);
    if (key == null) {
      key = String.join(" ", new TreeSet<>(tokens(phrase)));
      entityKeys.put(phrase, key);
    }
    return key;
  }
}
