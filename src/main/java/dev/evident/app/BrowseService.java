package dev.evident.app;

import dev.evident.model.Claim;
import dev.evident.model.Design;
import dev.evident.model.Diagnostic;
import dev.evident.model.QuoteText;
import dev.evident.model.Severity;
import dev.evident.model.Source;
import dev.evident.model.Status;
import dev.evident.model.Tag;
import dev.evident.model.TextIndex;
import dev.evident.store.ClaimSet;
import dev.evident.store.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read-only use cases: list claims, show one claim with its quote in the seed, count
 * claims by status, level, tag and source, and list the tag vocabulary with usage counts.
 */
public final class BrowseService {
  /** How far the context of a quote reaches on either side, in chars, within a paragraph. */
  static final int CONTEXT = 300;
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\r?\\n[ \\t\\u00A0]*\\r?\\n");
  /** A seed that writes breaks as the two characters backslash and n (a Q&A answer string). */
  private static final Pattern ESCAPED_BREAK = Pattern.compile("(?:\\\\n)+|\\R\\s*\\R");

  private final Repository repo;

  public BrowseService(Repository repo) {
    this.repo = repo;
  }

  /** A claim with its source (null when the source file is missing) and its file. */
  public record Row(Claim claim, Source source, String file) {}

  /** The claims matching {@code where} (all when null), sorted by id. */
  public List<Row> list(String where) {
    ClaimSet set = repo.load();
    List<Row> out = new ArrayList<>();
    for (Claim c : new ClaimSelector(set).select(List.of(), where)) {
      out.add(row(set, c));
    }
    return out;
  }

  private static Row row(ClaimSet set, Claim c) {
    return new Row(c, set.sources().get(c.source()), set.claimFiles().get(c.id()));
  }

  // ------------------------------------------------------------------ show

  /**
   * The text around a quote in its seed, normalized like quotes for display (join the
   * parts with spaces): {@code before} and {@code after} start or end with "…" where they were
   * cut inside a paragraph, and are empty at a paragraph's edge.
   */
  public record Context(String seedFile, int line, int column, String before, String quote,
      String after) {}

  /** One claim, its source, where its file is, its quote in context, and what went wrong. */
  public record View(Row row, Context context, List<Diagnostic> warnings) {
    public View {
      warnings = List.copyOf(warnings);
    }
  }

  public View show(String id) {
    ClaimSet set = repo.load();
    String full = new ClaimSelector(set).resolve(id);
    Row row = row(set, set.claims().get(full));
    List<Diagnostic> warnings = new ArrayList<>();
    Context ctx = null;
    if (row.source() == null) {
      warnings.add(warning(ClaimSet.sourcePath(row.claim().source()), "no such file; cannot "
          + "find the seed of this claim"));
    } else {
      ctx = context(row.claim(), row.source(), warnings);
    }
    return new View(row, ctx, warnings);
  }

  private Context context(Claim claim, Source source, List<Diagnostic> warnings) {
    String seed = source.seed().file();
    Path file = repo.path(seed);
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
      text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    } catch (IOException e) {
      warnings.add(warning(seed, "cannot read the seed (" + (e instanceof NoSuchFileException
          ? "no such file" : e.getMessage()) + ")"));
      return null;
    }
    TextIndex index = new TextIndex(text);
    int start = index.chars(claim.locator().start());
    int end = index.chars(claim.locator().end());
    if (start < 0 || end < 0
        || !QuoteText.normalize(text.substring(start, end)).equals(claim.quote())) {
      warnings.add(warning(seed, "the quote of " + claim.id() + " is no longer at its "
          + "locator; the seed may have changed (run evident parse)"));
      return null;
    }
    String before = text.substring(Math.max(0, start - CONTEXT), start);
    boolean cutBefore = start > CONTEXT;
    Pattern breaks = source.seed().format() == dev.evident.model.SeedFormat.FRONT_MATTER_QA
        ? ESCAPED_BREAK : PARAGRAPH_BREAK;
    Matcher m = breaks.matcher(before);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    if (last >= 0) {
      before = before.substring(last);
      cutBefore = false;
    }
    String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
    boolean cutAfter = end + CONTEXT < text.length();
    Matcher a = breaks.matcher(after);
    if (a.find()) {
      after = after.substring(0, a.start());
      cutAfter = false;
    }
    before = QuoteText.normalize(before);
    after = QuoteText.normalize(after);
    if (cutBefore) {
      int sp = before.indexOf(' ');
      before = "…" + (sp >= 0 ? before.substring(sp + 1) : before);
    }
    if (cutAfter) {
      int sp = after.lastIndexOf(' ');
      after = (sp > 0 ? after.substring(0, sp) : after) + "…";
    }
    return new Context(seed, index.line(start), index.column(start), before,
        QuoteText.normalize(text.substring(start, end)), after);
  }

  private static Diagnostic warning(String path, String message) {
    return new Diagnostic(path, 0, 0, Severity.WARNING, null, message, null);
  }


  // ------------------------------------------------------------------ stats

  /** Claim counts; every status and level appears, even with zero claims. */
  public record Stats(int claims, Map<Status, Integer> byStatus, Map<Integer, Integer> byLevel,
      int overridden, Map<String, Integer> byTag, int untagged, Map<String, Integer> bySource) {}

  public Stats stats(String where) {
    ClaimSet set = repo.load();
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      byStatus.put(s, 0);
    }
    Map<Integer, Integer> byLevel = new TreeMap<>();
    for (int l = Design.STRONGEST; l <= Design.WEAKEST; l++) {
      byLevel.put(l, 0);
    }
    Map<String, Integer> byTag = new TreeMap<>();
    Map<String, Integer> bySource = new TreeMap<>();
    int overridden = 0;
    int untagged = 0;
    List<Claim> claims = new ClaimSelector(set).select(List.of(), where);
    for (Claim c : claims) {
      byStatus.merge(c.status(), 1, Integer::sum);
      byLevel.merge(c.evidence().effectiveLevel(), 1, Integer::sum);
      if (c.evidence().override() != null) {
        overridden++;
      }
      if (c.tags().isEmpty()) {
        untagged++;
      }
      c.tags().forEach(t -> byTag.merge(t, 1, Integer::sum));
      bySource.merge(c.source(), 1, Integer::sum);
    }
    return new Stats(claims.size(), Collections.unmodifiableMap(byStatus),
        Collections.unmodifiableMap(byLevel), overridden, Collections.unmodifiableMap(byTag),
        untagged, Collections.unmodifiableMap(bySource));
  }

  // ------------------------------------------------------------------ tags

  /** A tag with how many claims carry it; {@code known} is false for tags not in the vocabulary. */
  public record TagUse(String name, String description, int count, boolean known) {}

  /** The vocabulary in its declared order, then tags used on claims but not declared, by name. */
  public List<TagUse> tags() {
    ClaimSet set = repo.load();
    Map<String, Integer> counts = new TreeMap<>();
    for (Claim c : set.claims().values()) {
      c.tags().forEach(t -> counts.merge(t, 1, Integer::sum));
    }
    Map<String, TagUse> out = new LinkedHashMap<>();
    for (Tag t : set.settings().vocabulary().tags()) {
      out.putIfAbsent(t.name(), new TagUse(t.name(), t.description(),
          counts.getOrDefault(t.name(), 0), true));
    }
    counts.forEach((name, n) -> out.putIfAbsent(name, new TagUse(name, "", n, false)));
    return List.copyOf(out.values());
  }
}
