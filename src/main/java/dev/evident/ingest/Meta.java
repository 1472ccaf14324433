package dev.evident.ingest;

import dev.evident.model.PublicationType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bibliographic patterns shared by the format readers: identifiers, dates, keyword lists. */
final class Meta {
  // Compiled once: String.matches/replaceAll/split compile their pattern on every call.
  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'\u2019-]+(-\\p{Lu}[\\p{Ll}]+)?");
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.?){1,3}");
  private static final Pattern PARTICLE = Pattern.compile("(van|von|der|de|da|del|di|la|le|bin|al|el)");
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*[,;]\\s*|\\s+(?:and|&)\\s+");
  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\d*\u2020\u2021\u00A7#]+$");
  private static final Pattern FOOTNOTE_MARKS = Pattern.compile("[\\d*\u2020\u2021\u00A7]+(?=\\s|$)");

  private Meta() {}

  private static final Pattern DOI = Pattern.compile(
      "(?i)(?:\\bdoi\\s*:?\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/[^\\s|<>\"]+)");
  private static final Pattern PMID = Pattern.compile("\\bPMID\\s*:?\\s*(\\d{1,9})\\b");
  private static final Pattern PMCID = Pattern.compile("\\b(PMC\\d{3,10})\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
  private static final Map<String, String> MONTHS = Map.ofEntries(
      Map.entry("jan", "01"), Map.entry("feb", "02"), Map.entry("mar", "03"),
      Map.entry("apr", "04"), Map.entry("may", "05"), Map.entry("jun", "06"),
      Map.entry("jul", "07"), Map.entry("aug", "08"), Map.entry("sep", "09"),
      Map.entry("oct", "10"), Map.entry("nov", "11"), Map.entry("dec", "12"));
  private static final Pattern REVIEW_CUE = Pattern.compile(
      "(?i)\\b(?:this|our|the present|the current|in this|narrative|comprehensive|mini[- ]?)\\s+review\\b|^review\\b|:\\s*a review\\b|\\ba review of\\b");
  private static final Pattern SYSTEMATIC_CUE = Pattern.compile(
      "(?i)\\bsystematic review\\b|\\bmeta-analys[ie]s\\b|\\bscoping review\\b");
  private static final Pattern PRIMARY_CUE = Pattern.compile(
      "(?i)\\b(?:we (?:found|show|showed|demonstrate|demonstrated|performed|identified|report|observed|enrolled|recruited|analy[sz]ed)|in this study|this study (?:shows|demonstrates|investigated|examined)|randomi[sz]ed)\\b");

  /** The first DOI in the text, without trailing punctuation, or null. */
  static String doi(String s) {
    Matcher m = DOI.matcher(s);
    return m.find() ? trimDoi(m.group(1)) : null;
  }

  static String trimDoi(String doi) {
    String d = doi;
    while (!d.isEmpty() && ".,;:)]}'\u201D\u2019".indexOf(d.charAt(d.length() - 1)) >= 0) {
      // A closing bracket belongs to the DOI only when the DOI opened it.
      char last = d.charAt(d.length() - 1);
      if ((last == ')' && d.indexOf('(') >= 0) || (last == ']' && d.indexOf('[') >= 0)) {
        break;
      }
      d = d.substring(0, d.length() - 1);
    }
    return d;
  }

  static String pmid(String s) {
    Matcher m = PMID.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  static String pmcid(String s) {
    Matcher m = PMCID.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  /** An ISO date (yyyy-mm-dd) stated in the text, or null. */
  static String isoDate(String s) {
    Matcher m = ISO_DATE.matcher(s);
    return m.find() ? m.group() : null;
  }

  /** The first plausible publication year (1900-2099) in the text, or null. */
  static Integer year(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = YEAR.matcher(s);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /**
   * A PubMed-style date ("2025 May", "2024 Dec 9") as ISO ("2025-05", "2024-12-09"); the year
   * alone when the month is not a month name.
   */
  static String pubmedDate(String year, String month, String day) {
    if (year == null) {
      return null;
    }
    String mm = month == null ? null
        : MONTHS.get(month.toLowerCase(Locale.ROOT).substring(0, Math.min(3, month.length())));
    if (mm == null) {
      return year;
    }
    if (day == null) {
      return year + "-" + mm;
    }
    return year + "-" + mm + "-" + (day.length() == 1 ? "0" + day : day);
  }

  /** Splits a keyword list on a separator, trimming items and a trailing period, dropping blanks and repeats. */
  static List<String> keywords(String list, String separatorRegex) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String part : list.split(separatorRegex)) {
      String k = TextLines.strip(part);
      while (k.endsWith(".") && !k.endsWith("..")) {
        k = TextLines.strip(k.substring(0, k.length() - 1));
      }
      if (!k.isEmpty()) {
        out.add(TextLines.collapse(k));
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The kind of publication the given text (title and abstract or summary) says it is:
   * systematic review, review or primary research; {@code fallback} when it says nothing.
   */
  static PublicationType publicationType(String text, PublicationType fallback) {
    // The cues are case-insensitive in ASCII only ((?i) without UNICODE_CASE); each runs only
    // when the ASCII-lower-cased text holds a literal that every one of its matches holds.
    String lower = asciiLower(text);
    if ((lower.contains("systematic review") || lower.contains("meta-analys")
        || lower.contains("scoping review")) && SYSTEMATIC_CUE.matcher(text).find()) {
      return PublicationType.SYSTEMATIC_REVIEW;
    }
    if (lower.contains("review") && REVIEW_CUE.matcher(text).find()) {
      return PublicationType.REVIEW;
    }
    if ((lower.contains("we ") || lower.contains("this study") || lower.contains("randomi"))
        && PRIMARY_CUE.matcher(text).find()) {
      return PublicationType.PRIMARY_RESEARCH;
    }
    return fallback;
  }

  /** A-Z to a-z, every other char as it is (what (?i) without UNICODE_CASE folds). */
  private static String asciiLower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + ('a' - 'A'));
      }
    }
    return new String(c);
  }

  /**
   * True when a byline looks like a person's name: two to five tokens, each a capitalised word
   * or an initial, no digits. Site and brand names ("QuickTakes") are one token and fail.
   */
  static boolean looksPersonal(String name) {
    String s = TextLines.collapse(name);
    if (s.isEmpty() || HAS_DIGIT.matcher(s).matches()) {
      return false;
    }
    String[] tokens = s.split(" ");
    if (tokens.length < 2 || tokens.length > 5) {
      return false;
    }
    for (String t : tokens) {
      boolean word = NAME_WORD.matcher(t).matches();
      boolean initial = INITIALS.matcher(t).matches();
      boolean particle = PARTICLE.matcher(t).matches();
      if (!word && !initial && !particle) {
        return false;
      }
    }
    return true;
  }

  /** Splits an author line on commas, semicolons and a final "and", dropping footnote marks. */
  static List<String> authors(String line) {
    List<String> out = new ArrayList<>();
    for (String part : AUTHOR_SEPARATOR.split(line)) {
      String a = TextLines.collapse(TRAILING_MARKS.matcher(part).replaceAll(""));
      a = TextLines.strip(FOOTNOTE_MARKS.matcher(a).replaceAll(""));
      if (!a.isEmpty()) {
        out.add(a);
      }
    }
    return out;
  }
}
