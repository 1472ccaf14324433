package dev.evident.check;

import dev.evident.model.Source;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which sources are the same paper: the same DOI, PMID or PMCID, or the same title once case,
 * punctuation and spacing are ignored. A paper quoted from two seeds is still one source of
 * evidence, so corroboration counts papers, not source files.
 */
final class Papers {
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, String> reason = new HashMap<>();

  Papers(Map<String, Source> sources) {
    Map<String, String> firstByKey = new HashMap<>();
    for (Source s : sources.values()) { // sorted by id: the result does not depend on order
      parent.put(s.id(), s.id());
      for (String key : keys(s)) {
        String first = firstByKey.putIfAbsent(key, s.id());
        if (first != null) {
          union(first, s.id(), key.substring(0, key.indexOf(':')));
        }
      }
    }
  }

  static java.util.List<String> keys(Source s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    String doi = doi(s.doi());
    if (doi != null) {
      out.add("doi:" + doi);
    }
    if (s.pmid() != null && !s.pmid().isBlank()) {
      out.add("pmid:" + s.pmid().trim().replaceFirst("(?i)^pmid:?\\s*", ""));
    }
    if (s.pmcid() != null && !s.pmcid().isBlank()) {
      String p = s.pmcid().trim().toUpperCase(Locale.ROOT);
      out.add("pmcid:" + (p.startsWith("PMC") ? p : "PMC" + p));
    }
    String t = title(s.title());
    if (t != null) {
      out.add("title:" + t);
    }
    return out;
  }

  static String doi(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String d = raw.trim().toLowerCase(Locale.ROOT)
        .replaceFirst("^https?://(dx\\.)?doi\\.org/", "").replaceFirst("^doi:\\s*", "");
    return d.isEmpty() ? null : d;
  }

  /** A title as letters and digits only; too short a title says nothing about identity. */
  static String title(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    raw.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
        .forEach(sb::appendCodePoint);
    return sb.length() < 20 ? null : sb.toString();
  }

  private String find(String id) {
    String p = parent.get(id);
    if (p == null) {
      parent.put(id, id);
      return id;
    }
    while (!p.equals(parent.get(p))) {
      p = parent.get(p);
    }
    parent.put(id, p);
    return p;
  }

  private void union(String a, String b, String why) {
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      String root = ra.compareTo(rb) <= 0 ? ra : rb;
      String other = root.equals(ra) ? rb : ra;
      parent.put(other, root);
      reason.putIfAbsent(a + " " + b, why);
      reason.putIfAbsent(b + " " + a, why);
    }
  }

  /** The paper a source belongs to (a stable representative source id). */
  String paper(String sourceId) {
    return find(sourceId);
  }

  /** Why two sources count as one paper, for reports. */
  String sameBecause(String a, String b) {
    if (a.equals(b)) {
      return "same source";
    }
    String r = reason.get(a + " " + b);
    return "same paper (" + (r == null ? "same DOI, PMID, PMCID or title" : "same " + r
        .toUpperCase(Locale.ROOT).replace("TITLE", "title")) + ")";
  }
}
