package dev.evident.app;

import dev.evident.model.Claim;
import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.LinkRelation;
import dev.evident.model.Names;
import dev.evident.model.Source;
import dev.evident.model.Status;
import dev.evident.store.ClaimSet;
import dev.evident.store.Repository;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The state of an interactive review, without a terminal: the claims under review (fixed when
 * the session starts), the current position, and an undo stack. Every decision is written at
 * once through {@link CurationService}; undo writes back the files' previous content. The
 * terminal screen and the line-by-line batch mode both drive this class.
 */
public final class ReviewSession {
  /** What {@code evident review} steps through without {@code --where}. */
  public static final String DEFAULT_WHERE = "status=extracted";

  private final Repository repo;
  private final CurationService curation;
  private final BrowseService browse;
  private final String by;
  private final List<String> queue;
  private final Deque<Step> undo = new ArrayDeque<>();
  private int index;

  /** One change that can be undone: the claim it was made on and the files it wrote. */
  private record Step(String id, String what, List<CurationService.FileChange> changes) {}

  /** How the claims under review stand. */
  public record Counts(int total, int accepted, int rejected, int needsRevision, int left) {}

  /** The current claim, with everything the screen shows about it. */
  public record Card(int position, int total, Claim claim, Source source, String file,
      BrowseService.Context context, List<Diagnostic> warnings,
      List<RelatedClaims.Related> related, Counts counts) {
    public Card {
      warnings = List.copyOf(warnings);
      related = List.copyOf(related);
    }
  }

  /**
   * Starts a session over the claims matching {@code where} (default {@link #DEFAULT_WHERE}).
   *
   * @param by who decides (null: resolved by {@code who}, once, so a missing name fails now and
   *     not at the first decision)
   */
  public ReviewSession(Repository repo, String where, Who who, String by) {
    this.repo = repo;
    this.curation = new CurationService(repo, who);
    this.browse = new BrowseService(repo);
    this.by = who.resolve(by);
    String w = where == null || where.isBlank() ? DEFAULT_WHERE : where;
    this.queue = new ArrayList<>(new ClaimSelector(repo.load()).select(List.of(), w).stream()
        .map(Claim::id).toList());
  }

  public boolean isEmpty() {
    return queue.isEmpty();
  }

  public int size() {
    return queue.size();
  }

  /** The position of the current claim, from 0. */
  public int index() {
    return index;
  }

  /** The claim ids under review, in order. */
  public List<String> ids() {
    return List.copyOf(queue);
  }

  /** The current claim's id, or null when no claim is left. */
  public String currentId() {
    return queue.isEmpty() ? null : queue.get(index);
  }

  public boolean canUndo() {
    return !undo.isEmpty();
  }

  /**
   * Reads the current claim from disk. A claim that vanished since the session started (someone
   * else deleted it) is dropped from the session; null when none is left.
   */
  public Card card() {
    while (!queue.isEmpty()) {
      String id = queue.get(index);
      ClaimSet set = repo.load();
      Claim claim = set.claims().get(id);
      if (claim == null) {
        queue.remove(index);
        index = Math.min(index, Math.max(0, queue.size() - 1));
        continue;
      }
      BrowseService.View v = browse.show(id);
      return new Card(index + 1, queue.size(), claim, v.row().source(), v.row().file(),
          v.context(), v.warnings(), RelatedClaims.of(set, claim), counts(set));
    }
    return null;
  }

  public Counts counts() {
    return counts(repo.load());
  }

  private Counts counts(ClaimSet set) {
    int accepted = 0;
    int rejected = 0;
    int revision = 0;
    int left = 0;
    for (String id : queue) {
      Claim c = set.claims().get(id);
      if (c == null) {
        continue;
      }
      switch (c.status()) {
        case ACCEPTED -> accepted++;
        case REJECTED -> rejected++;
        case NEEDS_REVISION -> revision++;
        case EXTRACTED -> left++;
      }
    }
    return new Counts(queue.size(), accepted, rejected, revision, left);
  }

  /** {@code [12/46] accepted 5 · rejected 2 · left 39}. */
  public String progress() {
    return progress(counts());
  }

  public String progress(Counts c) {
    return String.format(Locale.ROOT, "[%d/%d] accepted %d · rejected %d%s · left %d",
        queue.isEmpty() ? 0 : index + 1, queue.size(), c.accepted(), c.rejected(),
        c.needsRevision() == 0 ? "" : " · needs revision " + c.needsRevision(), c.left());
  }

  /** {@code 46 claims: accepted 5 · rejected 2 · left 39}, for the end of a session. */
  public String summary() {
    Counts c = counts();
    return String.format(Locale.ROOT, "%d claim%s: accepted %d · rejected %d%s · left %d",
        c.total(), c.total() == 1 ? "" : "s", c.accepted(), c.rejected(),
        c.needsRevision() == 0 ? "" : " · needs revision " + c.needsRevision(), c.left());
  }

  // ------------------------------------------------------------------ moving

  /** Moves to the next claim; false (and no move) at the last one. */
  public boolean next() {
    if (index + 1 >= queue.size()) {
      return false;
    }
    index++;
    return true;
  }

  /** Moves to the previous claim; false (and no move) at the first one. */
  public boolean previous() {
    if (index == 0) {
      return false;
    }
    index--;
    return true;
  }

  // ------------------------------------------------------------------ decisions

  /** Accepts the current claim and moves on. */
  public String accept() {
    String id = current();
    CurationService.Outcome o = perform(id, "accept", () -> curation.decide(
        CurationService.Selection.of(id), Status.ACCEPTED, null, by));
    return moved(o.changed().isEmpty() ? id + ": already accepted" : "accepted " + id);
  }

  /** Rejects the current claim with a reason and moves on. */
  public String reject(String reason) {
    String id = current();
    CurationService.Outcome o = perform(id, "reject", () -> curation.decide(
        CurationService.Selection.of(id), Status.REJECTED, reason, by));
    return moved(o.changed().isEmpty() ? id + ": already rejected for that reason"
        : "rejected " + id);
  }

  /** Adds a vocabulary tag (or a synonym of one) to the current claim. */
  public String tag(String tag) {
    String id = current();
    CurationService.Outcome o = perform(id, "tag " + tag, () -> curation.addTag(
        CurationService.Selection.of(id), tag, null));
    List<String> lines = new ArrayList<>(o.notes());
    lines.add(o.changed().isEmpty() ? id + ": already tagged" : "tagged " + id);
    return String.join("\n", lines);
  }

  /** Replaces the statement of the current claim. */
  public String edit(String statement) {
    String id = current();
    CurationService.Outcome o = perform(id, "edit", () -> curation.edit(id,
        new CurationService.Edit(statement, null, null, null, null)));
    return o.changed().isEmpty() ? id + ": statement unchanged" : "edited " + id;
  }

  /** Overrides the evidence level of the current claim. */
  public String level(int level, String reason) {
    String id = current();
    CurationService.Outcome o = perform(id, "level " + level, () -> curation.overrideLevel(id,
        level, reason, by));
    List<String> lines = new ArrayList<>(o.notes());
    lines.add(o.changed().isEmpty() ? id + ": level " + level + " (unchanged)"
        : id + ": level " + level);
    return String.join("\n", lines);
  }

  /** Links the current claim to another (id or unique prefix). */
  public String link(String relation, String other, String note) {
    LinkRelation r = Names.parse(LinkRelation.class, relation);
    if (r == null) {
      throw EvidentException.usage("unknown link relation '" + (relation == null ? ""
          : relation.strip()) + "'; relations are: " + Names.choices(LinkRelation.class));
    }
    String id = current();
    CurationService.Outcome o = perform(id, "link", () -> curation.link(id, r, other, note));
    return o.changed().isEmpty() ? id + ": already linked (" + r.wire() + ")"
        : id + ": linked (" + r.wire() + ")";
  }

  /**
   * Takes back the last change of this session by writing back the files as they were, and
   * returns to the claim it was made on.
   */
  public String undo() {
    Step step = undo.peek();
    if (step == null) {
      throw EvidentException.usage("nothing to undo");
    }
    curation.restore(step.changes());
    undo.pop();
    int at = queue.indexOf(step.id());
    if (at >= 0) {
      index = at;
    }
    return "undid " + step.what() + " on " + step.id();
  }

  private String current() {
    String id = currentId();
    if (id == null) {
      throw EvidentException.usage("no claim to review");
    }
    return id;
  }

  private String moved(String message) {
    return next() ? message : message + "; that was the last claim";
  }

  private CurationService.Outcome perform(String id, String what,
      Supplier<CurationService.Outcome> action) {
    ClaimSet before = repo.load();
    CurationService.Outcome o = action.get();
    List<CurationService.FileChange> changes = new ArrayList<>();
    for (String f : o.files()) {
      changes.add(new CurationService.FileChange(f, before.texts().get(f), repo.read(f)));
    }
    if (!changes.isEmpty()) {
      undo.push(new Step(id, what, changes));
    }
    return o;
  }
}
