package dev.evident.app;

import dev.evident.model.EvidentException;
import dev.evident.model.Ids;
import dev.evident.model.SeedRef;
import dev.evident.model.Source;
import dev.evident.model.SourceEdit;
import dev.evident.model.SourceFields;
import dev.evident.query.Query;
import dev.evident.query.Subject;
import dev.evident.store.ClaimSet;
import dev.evident.store.Codec;
import dev.evident.store.Repository;
import dev.evident.store.WritePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code evident source}: shows, lists and corrects source records. A correction is recorded in
 * the record's {@code edited} list (field, who, why) and kept by every later parse; a source
 * whose seed was renamed and changed at once can be re-attached to its new file.
 */
public final class SourceService {
  private final Repository repo;

  public SourceService(Repository repo) {
    this.repo = repo;
  }

  /** A source with the number of its claims. */
  public record Shown(Source source, int claims, String file) {}

  /** The source with this id or unique id prefix. */
  public Shown show(String id) {
    ClaimSet set = repo.load();
    Source s = find(set, id);
    int n = (int) set.claimList().stream().filter(c -> c.source().equals(s.id())).count();
    return new Shown(s, n, ClaimSet.sourcePath(s.id()));
  }

  /** The sources matching {@code where} (every source when null), in id order. */
  public List<Source> list(String where) {
    Query q = where == null ? Query.all() : Query.parse(where);
    List<Source> out = new ArrayList<>();
    for (Source s : repo.load().sources().values()) {
      if (q.test(new Subject(null, s))) {
        out.add(s);
      }
    }
    return out;
  }

  /** What a correction changed: the source id, the field, the value before and after. */
  public record Change(String source, String field, String before, String after, String file,
      boolean changed) {}

  /** Sets one field of a source to a corrected value, recording who did it and why. */
  public Change set(String id, String field, String value, String reason, String by) {
    checkField(field);
    if (reason == null || reason.isBlank()) {
      throw EvidentException.usage("evident source: error: say why with --reason");
    }
    ClaimSet set = repo.load();
    Source s = find(set, id);
    Source next;
    try {
      next = SourceFields.set(s, field, value);
    } catch (IllegalArgumentException e) {
      throw EvidentException.usage("evident source: error: " + e.getMessage());
    }
    List<SourceEdit> edits = new ArrayList<>();
    for (SourceEdit e : s.edited()) {
      if (!e.field().equals(field)) {
        edits.add(e);
      }
    }
    edits.add(new SourceEdit(field, new Who(repo.root()).resolve(by), reason.trim()));
    edits.sort(java.util.Comparator.comparingInt(e -> SourceFields.NAMES.indexOf(e.field())));
    return write(set, s, next.withEdited(edits), field);
  }

  /** Drops the correction of a field: the next parse records what the seed states again. */
  public Change revert(String id, String field) {
    checkField(field);
    ClaimSet set = repo.load();
    Source s = find(set, id);
    if (s.edit(field) == null) {
      throw EvidentException.usage("evident source: error: " + s.id() + " has no edit of '"
          + field + "'");
    }
    List<SourceEdit> edits = new ArrayList<>(s.edited());
    edits.removeIf(e -> e.field().equals(field));
    return write(set, s, s.withEdited(edits), field);
  }

  /**
   * Points a source at the seed file it now lives in, when the seed was renamed and changed at
   * once (a rename alone parse notices by the seed's hash). Its claims are kept; the next parse
   * refreshes them from the new file.
   */
  public Change reattach(String id, String seed) {
    ClaimSet set = repo.load();
    Source s = find(set, id);
    String rel = seed.replace('\\', '/');
    Path file = repo.path(rel).normalize();
    if (!file.startsWith(repo.path(Repository.SEEDS)) || !Files.isRegularFile(file,
        LinkOption.NOFOLLOW_LINKS)) {
      throw EvidentException.usage(seed + ": error: not a seed file under seeds/");
    }
    String path = repo.root().relativize(file).toString().replace('\\', '/');
    for (Source other : set.sources().values()) {
      if (!other.id().equals(s.id()) && other.seed().file().equals(path)) {
        throw EvidentException.usage(seed + ": error: already the seed of " + other.id());
      }
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw EvidentException.data(seed + ": error: cannot read: " + e.getMessage());
    }
    Source next = s.withSeed(new SeedRef(path, Ids.sha256Hex(bytes), s.seed().format()));
    return write(set, s, next, "seed");
  }

  private Change write(ClaimSet set, Source before, Source after, String field) {
    String file = ClaimSet.sourcePath(before.id());
    String text = Codec.write(after);
    String old = set.texts().get(file);
    boolean changed = !text.equals(old);
    if (changed) {
      WritePlan plan = new WritePlan();
      plan.replace(repo.path(file), old, text);
      repo.write(plan);
    }
    String was = field.equals("seed") ? before.seed().file() : SourceFields.get(before, field);
    String now = field.equals("seed") ? after.seed().file() : SourceFields.get(after, field);
    return new Change(before.id(), field, was, now, file, changed);
  }

  private static void checkField(String field) {
    if (!SourceFields.NAMES.contains(field)) {
      throw EvidentException.usage("evident source: error: unknown field '" + field
          + "'; the fields are " + String.join(", ", SourceFields.NAMES));
    }
  }

  /** The source with this id, or the one source whose id starts with it. */
  static Source find(ClaimSet set, String id) {
    Source exact = set.sources().get(id);
    if (exact != null) {
      return exact;
    }
    List<Source> matches = new ArrayList<>();
    for (Source s : set.sources().values()) {
      if (s.id().startsWith(id)) {
        matches.add(s);
      }
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    throw EvidentException.usage("evident source: error: " + (matches.isEmpty()
        ? "no source '" + id + "'" : "'" + id + "' names " + matches.size() + " sources: "
            + String.join(", ", matches.stream().map(Source::id).toList())));
  }
}
