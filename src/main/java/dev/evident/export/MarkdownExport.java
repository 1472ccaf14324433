package dev.evident.export;

import dev.evident.model.Claim;
import dev.evident.model.Design;
import dev.evident.model.LevelDefinition;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Names;
import dev.evident.model.Source;
import dev.evident.model.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes selected claims as a review document in GitHub-flavoured Markdown: title, summary
 * (counts by status and level, sources), an evidence map (tags by level), a summary-of-findings
 * table per mechanism topic, and the review table grouped by tag, source, level or status.
 * One pass aggregates the counts and groups claim references; the second writes every row
 * straight to the writer.
 */
public final class MarkdownExport {
  /** How the review table is split into sections. */
  public enum GroupBy {
    TAG, SOURCE, LEVEL, STATUS;

    public String wire() {
      return Names.wire(this);
    }
  }

  /** What to write: the document title, the grouping, and whether to add a quote column. */
  public record Options(String title, GroupBy groupBy, boolean quotes) {
    public static final String DEFAULT_TITLE = "Evidence review";

    public Options {
      title = title == null || title.isBlank() ? DEFAULT_TITLE : title;
      groupBy = groupBy == null ? GroupBy.TAG : groupBy;
    }

    public static Options defaults() {
      return new Options(DEFAULT_TITLE, GroupBy.TAG, false);
    }
  }

  private static final int LEVELS = Design.WEAKEST;
  private static final String NO_TAG = "(no tag)";
  private static final Comparator<Claim> IN_GROUP =
      Comparator.comparingInt((Claim c) -> c.evidence().effectiveLevel())
          .thenComparing(Claim::id);

  private final Options options;

  public MarkdownExport(Options options) {
    this.options = options;
  }

  /** Counts over one mechanism topic (a tag, or claims without a tag). */
  private static final class Topic {
    int claims;
    int accepted;
    int rejected;
    int conflicts;
    int best = Integer.MAX_VALUE;
    final int[] byLevel = new int[LEVELS + 1];
    final Set<String> sources = new HashSet<>();

    void add(Claim c, boolean inConflict) {
      claims++;
      if (c.status() == Status.ACCEPTED) {
        accepted++;
      }
      if (c.status() == Status.REJECTED) {
        rejected++;
        return; // a rejected claim is not evidence: it counts nowhere else
      }
      int level = c.evidence().effectiveLevel();
      byLevel[level]++;
      best = Math.min(best, level);
      sources.add(c.source());
      if (inConflict) {
        conflicts++;
      }
    }
  }

  /** Everything the document needs before its first table, gathered in one pass. */
  private final class Tally {
    int total;
    final int[] byStatus = new int[Status.values().length];
    final int[] byLevel = new int[LEVELS + 1];
    final Map<String, Integer> bySource = new TreeMap<>();
    final Map<String, Topic> topics = new TreeMap<>();
    final Topic untagged = new Topic();
    final Map<String, List<Claim>> groups = new TreeMap<>();
    final List<Claim> ungrouped = new ArrayList<>();
    /** Source cells by source id, each built once; bounded by the number of sources. */
    final Map<String, String> sourceCells = new HashMap<>();

    void add(Claim c, Set<String> contradicted) {
      total++;
      byStatus[c.status().ordinal()]++;
      byLevel[c.evidence().effectiveLevel()]++;
      bySource.merge(c.source(), 1, Integer::sum);
      boolean conflict = contradicted.contains(c.id()) || contradicts(c);
      Collection<String> tags = distinct(c.tags());
      if (tags.isEmpty()) {
        untagged.add(c, conflict);
      }
      for (String t : tags) {
        topics.computeIfAbsent(t, k -> new Topic()).add(c, conflict);
      }
      switch (options.groupBy()) {
        case TAG -> {
          if (tags.isEmpty()) {
            ungrouped.add(c);
          }
          for (String t : tags) {
            groups.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
          }
        }
        case SOURCE -> groups.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
        // zero-padded so that the TreeMap keeps the levels in order
        case LEVEL -> groups.computeIfAbsent(
            String.format(java.util.Locale.ROOT, "%02d", c.evidence().effectiveLevel()),
            k -> new ArrayList<>()).add(c);
        case STATUS -> groups.computeIfAbsent(
            String.format(java.util.Locale.ROOT, "%02d", c.status().ordinal()),
            k -> new ArrayList<>()).add(c);
      }
    }
  }

  /** Writes the document; returns the number of claims it covers. */
  public int write(Selection selection, Writer out) throws IOException {
    Set<String> contradicted = new HashSet<>();
    for (Claim c : selection.allClaims()) {
      for (Link l : c.links()) {
        if (l.relation() == LinkRelation.CONTRADICTS) {
          contradicted.add(l.claim());
        }
      }
    }
    Tally t = new Tally();
    selection.forEach((c, s) -> t.add(c, contradicted));

    out.write("# " + MarkdownText.inline(options.title()) + "\n\n");
    writeSummary(selection, t, out);
    writeEvidenceMap(t, out);
    writeFindings(t, out);
    writeClaims(selection, t, out);
    out.flush();
    return t.total;
  }

  /** The tags without repeats; the list itself in the usual case that it has none. */
  private static Collection<String> distinct(List<String> tags) {
    for (int i = 1; i < tags.size(); i++) {
      if (tags.subList(0, i).contains(tags.get(i))) {
        return new LinkedHashSet<>(tags);
      }
    }
    return tags;
  }

  private static boolean contradicts(Claim c) {
    for (Link l : c.links()) {
      if (l.relation() == LinkRelation.CONTRADICTS) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- sections

  private void writeSummary(Selection sel, Tally t, Writer out) throws IOException {
    out.write(t.total + (t.total == 1 ? " claim" : " claims") + " from " + t.bySource.size()
        + (t.bySource.size() == 1 ? " source" : " sources") + ".");
    if (!sel.whereText().isBlank()) {
      out.write(" Selected with `--where`: " + MarkdownText.inline(sel.whereText()));
    }
    out.write("\n\n## Summary\n\n");
    out.write("| status | claims |\n|:---|---:|\n");
    for (Status s : Status.values()) {
      row(out, s.wire(), count(t.byStatus[s.ordinal()]));
    }
    row(out, "total", count(t.total));
    out.write("\n| level | design | claims |\n|---:|:---|---:|\n");
    for (int level = Design.STRONGEST; level <= LEVELS; level++) {
      row(out, Integer.toString(level), MarkdownText.inline(design(sel, level)),
          count(t.byLevel[level]));
    }
    out.write("\n### Sources\n\n");
    if (t.bySource.isEmpty()) {
      out.write("No sources.\n\n");
      return;
    }
    out.write("| source | first author | year | title | claims |\n"
        + "|:---|:---|---:|:---|---:|\n");
    for (Map.Entry<String, Integer> e : t.bySource.entrySet()) {
      Source s = sel.source(e.getKey());
      if (s == null) {
        row(out, MarkdownText.inline(e.getKey()), "", "", "", count(e.getValue()));
      } else {
        row(out, MarkdownText.link(s.id(), s.doi()), MarkdownText.inline(s.firstAuthor()),
            s.year() == null ? "" : s.year().toString(), MarkdownText.inline(s.title()),
            count(e.getValue()));
      }
    }
    out.write("\n");
  }

  private void writeEvidenceMap(Tally t, Writer out) throws IOException {
    out.write("## Evidence map\n\n");
    out.write("Claims that are not rejected, by mechanism topic (tag) and evidence level "
        + "(1 is strongest); an empty cell is a gap.\n\n");
    if (t.topics.isEmpty() && t.untagged.claims == 0) {
      out.write("No claims.\n\n");
      return;
    }
    StringBuilder head = new StringBuilder("| tag |");
    StringBuilder rule = new StringBuilder("|:---|");
    for (int level = Design.STRONGEST; level <= LEVELS; level++) {
      head.append(' ').append(level).append(" |");
      rule.append("---:|");
    }
    out.write(head + "\n" + rule + "\n");
    for (Map.Entry<String, Topic> e : t.topics.entrySet()) {
      mapRow(out, MarkdownText.inline(e.getKey()), e.getValue());
    }
    if (t.untagged.claims > 0) {
      mapRow(out, MarkdownText.inline(NO_TAG), t.untagged);
    }
    out.write("\n");
  }

  private static void mapRow(Writer out, String name, Topic topic) throws IOException {
    String[] cells = new String[LEVELS + 1];
    cells[0] = name;
    for (int level = Design.STRONGEST; level <= LEVELS; level++) {
      cells[level] = topic.byLevel[level] == 0 ? "" : Integer.toString(topic.byLevel[level]);
    }
    row(out, cells);
  }

  private void writeFindings(Tally t, Writer out) throws IOException {
    out.write("## Summary of findings\n\n");
    out.write("One row per mechanism topic (tag), as GRADE summary-of-findings tables have one "
        + "per outcome. Sources, best level and conflicts count claims that are not rejected; "
        + "a conflict is a claim with a `contradicts` link to or from another claim.\n\n");
    if (t.topics.isEmpty() && t.untagged.claims == 0) {
      out.write("No claims.\n\n");
      return;
    }
    out.write("| topic | claims | independent sources | best level | conflicts | accepted "
        + "| rejected |\n|:---|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Topic> e : t.topics.entrySet()) {
      findingsRow(out, MarkdownText.inline(e.getKey()), e.getValue());
    }
    if (t.untagged.claims > 0) {
      findingsRow(out, MarkdownText.inline(NO_TAG), t.untagged);
    }
    out.write("\n");
  }

  private static void findingsRow(Writer out, String name, Topic topic) throws IOException {
    row(out, name, count(topic.claims), count(topic.sources.size()),
        topic.best == Integer.MAX_VALUE ? "" : Integer.toString(topic.best),
        count(topic.conflicts), count(topic.accepted), count(topic.rejected));
  }

  private void writeClaims(Selection sel, Tally t, Writer out) throws IOException {
    out.write("## Claims by " + options.groupBy().wire() + "\n\n");
    if (t.total == 0) {
      out.write("No claims.\n");
      return;
    }
    boolean first = true;
    for (Map.Entry<String, List<Claim>> e : t.groups.entrySet()) {
      if (!first) {
        out.write("\n");
      }
      first = false;
      out.write("### " + heading(sel, e.getKey(), e.getValue().get(0)) + "\n\n");
      table(sel, t, e.getValue(), out);
    }
    if (!t.ungrouped.isEmpty()) {
      if (!first) {
        out.write("\n");
      }
      out.write("### " + MarkdownText.inline(NO_TAG) + "\n\n");
      table(sel, t, t.ungrouped, out);
    }
  }

  private String heading(Selection sel, String key, Claim sample) {
    return switch (options.groupBy()) {
      case TAG -> MarkdownText.inline(key);
      case SOURCE -> {
        Source s = sel.source(key);
        String title = s == null || s.title() == null ? "" : ": " + s.title();
        yield MarkdownText.inline(key + title);
      }
      case LEVEL -> {
        int level = sample.evidence().effectiveLevel();
        yield MarkdownText.inline("Level " + level + ": " + design(sel, level));
      }
      case STATUS -> MarkdownText.inline(sample.status().wire());
    };
  }

  private void table(Selection sel, Tally t, List<Claim> claims, Writer out)
      throws IOException {
    claims.sort(IN_GROUP);
    out.write(options.quotes()
        ? "| id | statement | level | status | source | quote |\n"
            + "|:---|:---|---:|:---|:---|:---|\n"
        : "| id | statement | level | status | source |\n|:---|:---|---:|:---|:---|\n");
    for (Claim c : claims) {
      String id = MarkdownText.inline(c.id());
      String statement = MarkdownText.inline(c.statement());
      String level = Integer.toString(c.evidence().effectiveLevel());
      String source = t.sourceCells.computeIfAbsent(c.source(),
          k -> sourceCell(sel.source(k), k));
      if (options.quotes()) {
        row(out, id, statement, level, c.status().wire(), source,
            MarkdownText.inline(c.quote()));
      } else {
        row(out, id, statement, level, c.status().wire(), source);
      }
    }
  }

  /** "Chen R 2025" linked to its DOI where known, else the source id. */
  private static String sourceCell(Source s, String id) {
    if (s == null) {
      return MarkdownText.inline(id);
    }
    String label = s.firstAuthor() == null ? id
        : s.firstAuthor() + (s.year() == null ? "" : " " + s.year());
    return MarkdownText.link(label, s.doi());
  }

  private static String design(Selection sel, int level) {
    for (LevelDefinition d : sel.settings().levels()) {
      if (d.level() == level) {
        return d.design();
      }
    }
    return Design.ofLevel(level).wire();
  }

  private static String count(int n) {
    return Integer.toString(n);
  }

  /** One table row; every cell must already be escaped. */
  private static void row(Writer out, String... cells) throws IOException {
    out.write('|');
    for (String c : cells) {
      out.write(' ');
      out.write(c);
      out.write(" |");
    }
    out.write('\n');
  }
}
