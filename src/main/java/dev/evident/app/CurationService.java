package dev.evident.app;

import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.Design;
import dev.evident.model.EvidentException;
import dev.evident.model.Ids;
import dev.evident.model.LevelOverride;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Mechanism;
import dev.evident.model.Names;
import dev.evident.model.QuoteText;
import dev.evident.model.Relation;
import dev.evident.model.Settings;
import dev.evident.model.Status;
import dev.evident.model.Tag;
import dev.evident.model.Vocabulary;
import dev.evident.store.ClaimSet;
import dev.evident.store.Codec;
import dev.evident.store.Repository;
import dev.evident.store.WritePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The curation use cases: tags, review decisions, level overrides, edits and links. Each call
 * loads the claim set, resolves every named claim first (one bad id aborts the whole call),
 * and writes all changed files in one {@link WritePlan}, in canonical form. The command line and
 * the interactive review both call this class.
 */
public final class CurationService {
  private final Repository repo;
  private final Who who;

  public CurationService(Repository repo) {
    this(repo, new Who(repo.root()));
  }

  public CurationService(Repository repo, Who who) {
    this.repo = repo;
    this.who = who;
  }

  /** Which claims a bulk change applies to: ids or unique prefixes, and/or a query. */
  public record Selection(List<String> ids, String where) {
    public Selection {
      ids = ids == null ? List.of() : List.copyOf(ids);
      where = where == null || where.isBlank() ? null : where;
    }

    public static Selection of(String... ids) {
      return new Selection(List.of(ids), null);
    }

    public boolean isEmpty() {
      return ids.isEmpty() && where == null;
    }
  }

  /**
   * What a change did: the claims it changed and those already as asked (both sorted by id),
   * the files it wrote (relative to the repository), and notes worth telling the user.
   */
  public record Outcome(List<String> changed, List<String> unchanged, List<String> files,
      List<String> notes) {
    public Outcome {
      changed = List.copyOf(changed);
      unchanged = List.copyOf(unchanged);
      files = List.copyOf(files);
      notes = List.copyOf(notes);
    }

    public int selected() {
      return changed.size() + unchanged.size();
    }
  }

  /** How to add a tag the vocabulary does not have yet ({@code --new}). */
  public record NewTag(String description) {}

  /** Corrections to one claim; null fields are left as they are. */
  public record Edit(String statement, String subject, String relation, String object,
      String note) {
    public boolean isEmpty() {
      return statement == null && subject == null && relation == null && object == null
          && note == null;
    }
  }

  // ------------------------------------------------------------------ tags

  /**
   * Adds a tag to the selected claims. The tag must be in the vocabulary (a synonym names its
   * tag); with {@code newTag} an unknown tag is added to the vocabulary first.
   */
  public Outcome addTag(Selection selection, String tag, NewTag newTag) {
    ClaimSet set = repo.load();
    List<String> notes = new ArrayList<>();
    String name = normalizeTag(tag);
    Vocabulary vocabulary = set.settings().vocabulary();
    Settings settings = null;
    Optional<Tag> known = findTag(vocabulary, name);
    if (known.isPresent()) {
      if (!known.get().name().equals(name)) {
        notes.add("'" + tag.strip() + "' is a synonym of tag '" + known.get().name() + "'");
      }
      name = known.get().name();
    } else if (newTag != null) {
      String problem = Ids.problem(name);
      if (problem != null) {
        throw EvidentException.usage("cannot add tag '" + tag.strip() + "': "
            + problem.replace("id", "a tag name"));
      }
      String description = newTag.description() == null ? "" : newTag.description().strip();
      settings = set.settings().withVocabulary(vocabulary.with(
          new Tag(name, description, List.of())));
      notes.add("added tag '" + name + "' to the vocabulary in " + Repository.SETTINGS);
    } else {
      throw unknownTag(tag, vocabulary, "; add it to the vocabulary with --new");
    }
    List<Claim> claims = select(set, selection);
    String n = name;
    return write(set, claims, c -> c.tags().contains(n) ? c : c.toBuilder()
        .tags(withTag(c.tags(), n)).build(), settings, notes);
  }

  /** Removes a tag from the selected claims. */
  public Outcome removeTag(Selection selection, String tag) {
    ClaimSet set = repo.load();
    String name = normalizeTag(tag);
    Vocabulary vocabulary = set.settings().vocabulary();
    boolean onSomeClaim = set.claims().values().stream().anyMatch(c -> c.tags().contains(name));
    String resolved = name;
    if (!onSomeClaim) {
      Optional<Tag> known = findTag(vocabulary, name);
      if (known.isEmpty()) {
        throw unknownTag(tag, vocabulary, "");
      }
      resolved = known.get().name();
    }
    List<Claim> claims = select(set, selection);
    String n = resolved;
    return write(set, claims, c -> {
      if (!c.tags().contains(n)) {
        return c;
      }
      List<String> next = new ArrayList<>(c.tags());
      next.remove(n);
      return c.toBuilder().tags(next).build();
    }, null, List.of());
  }

  private static String normalizeTag(String tag) {
    if (tag == null || tag.isBlank()) {
      throw EvidentException.usage("a tag name must not be empty");
    }
    return tag.strip().toLowerCase(Locale.ROOT);
  }

  /** A tag by name, or the tag that lists {@code name} as a synonym. */
  static Optional<Tag> findTag(Vocabulary vocabulary, String name) {
    Optional<Tag> t = vocabulary.find(name);
    if (t.isPresent()) {
      return t;
    }
    for (Tag tag : vocabulary.tags()) {
      for (String s : tag.synonyms()) {
        if (s.toLowerCase(Locale.ROOT).equals(name)) {
          return Optional.of(tag);
        }
      }
    }
    return Optional.empty();
  }

  private static EvidentException unknownTag(String tag, Vocabulary vocabulary, String hint) {
    List<String> close = closest(tag.strip().toLowerCase(Locale.ROOT), vocabulary, 3);
    return EvidentException.usage("unknown tag '" + tag.strip() + "'"
        + (close.isEmpty() ? "" : "; closest known: " + String.join(", ", close)) + hint);
  }

  /** The names of the tags whose name or a synonym is nearest to {@code name}. */
  static List<String> closest(String name, Vocabulary vocabulary, int limit) {
    record Scored(String name, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (Tag t : vocabulary.tags()) {
      int best = distance(name, t.name());
      for (String s : t.synonyms()) {
        best = Math.min(best, distance(name, s.toLowerCase(Locale.ROOT)));
      }
      if (t.name().startsWith(name) || name.startsWith(t.name())) {
        best = Math.min(best, 1);
      }
      scored.add(new Scored(t.name(), best));
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    return scored.stream().limit(limit).map(Scored::name).toList();
  }

  /** Levenshtein distance, for suggestions. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Adds a tag, keeping a sorted list sorted so the diff shows one inserted line. */
  private static List<String> withTag(List<String> tags, String tag) {
    List<String> next = new ArrayList<>(tags);
    boolean sorted = isSorted(tags);
    next.add(tag);
    if (sorted) {
      next.sort(null);
    }
    return next;
  }

  private static boolean isSorted(List<String> xs) {
    for (int i = 1; i < xs.size(); i++) {
      if (xs.get(i - 1).compareTo(xs.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ review decisions

  /**
   * Sets the review status of the selected claims and records who decided and why. Setting
   * {@code extracted} clears the decision; a rejection needs a reason.
   */
  public Outcome decide(Selection selection, Status status, String reason, String by) {
    if (status == null) {
      throw EvidentException.usage("a status is required; statuses are: "
          + Names.choices(Status.class));
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (status == Status.REJECTED && why == null) {
      throw EvidentException.usage("a rejection needs a reason: --reason TEXT");
    }
    ClaimSet set = repo.load();
    List<Claim> claims = select(set, selection);
    Decision decision = status == Status.EXTRACTED ? null : new Decision(who.resolve(by), why);
    return write(set, claims, c -> c.toBuilder().status(status).decision(decision).build(), null,
        List.of());
  }

  // ------------------------------------------------------------------ evidence level

  /** Overrides the evidence level of one claim; the computed level is kept beside it. */
  public Outcome overrideLevel(String id, int level, String reason, String by) {
    if (level < Design.STRONGEST || level > Design.WEAKEST) {
      throw EvidentException.usage("evidence level must be " + Design.STRONGEST + " to "
          + Design.WEAKEST + ", not " + level);
    }
    if (reason == null || reason.isBlank()) {
      throw EvidentException.usage("a level override needs a reason: --reason TEXT");
    }
    ClaimSet set = repo.load();
    Claim claim = new ClaimSelector(set).claims(List.of(id)).get(0);
    LevelOverride o = new LevelOverride(level, reason.strip(), who.resolve(by));
    List<String> notes = new ArrayList<>();
    if (level == claim.evidence().level()) {
      notes.add(claim.id() + ": the override equals the computed level " + level
          + "; recorded anyway, so a later re-parse cannot change it");
    }
    return write(set, List.of(claim), c -> c.toBuilder()
        .evidence(c.evidence().withOverride(o)).build(), null, notes);
  }

  /** Removes the level override of one claim, if it has one. */
  public Outcome clearLevel(String id) {
    ClaimSet set = repo.load();
    Claim claim = new ClaimSelector(set).claims(List.of(id)).get(0);
    return write(set, List.of(claim), c -> c.toBuilder()
        .evidence(c.evidence().withOverride(null)).build(), null, List.of());
  }

  // ------------------------------------------------------------------ edits

  /**
   * Corrects the statement, triple or note of one claim. The quote never changes; edited
   * statement and triple fields are listed in {@code edited}, so a re-parse keeps them.
   */
  public Outcome edit(String id, Edit edit) {
    if (edit == null || edit.isEmpty()) {
      throw EvidentException.usage("nothing to edit: give --statement, --subject, --relation, "
          + "--object or --note");
    }
    String statement = oneLine(edit.statement(), "--statement");
    String subject = oneLine(edit.subject(), "--subject");
    String object = oneLine(edit.object(), "--object");
    Relation relation = null;
    if (edit.relation() != null) {
      relation = Names.parse(Relation.class, edit.relation());
      if (relation == null) {
        throw EvidentException.usage("unknown relation '" + edit.relation().strip()
            + "'; relations are: " + Names.choices(Relation.class));
      }
    }
    String note = edit.note() == null ? null : edit.note().strip();
    ClaimSet set = repo.load();
    Claim claim = new ClaimSelector(set).claims(List.of(id)).get(0);
    Relation r = relation;
    return write(set, List.of(claim), c -> {
      TreeSet<String> edited = new TreeSet<>(Comparator.comparingInt(Claim.EDITABLE::indexOf));
      edited.addAll(c.edited().stream().filter(Claim.EDITABLE::contains).toList());
      List<String> foreign = c.edited().stream().filter(f -> !Claim.EDITABLE.contains(f))
          .toList();
      Claim.Builder b = c.toBuilder();
      Mechanism m = c.mechanism();
      if (statement != null && !statement.equals(c.statement())) {
        b.statement(statement);
        edited.add("statement");
      }
      if (subject != null && !subject.equals(m.subject())) {
        m = m.withSubject(subject);
        edited.add("subject");
      }
      if (r != null && r != m.relation()) {
        m = m.withRelation(r);
        edited.add("relation");
      }
      if (object != null && !object.equals(m.object())) {
        m = m.withObject(object);
        edited.add("object");
      }
      if (note != null) {
        b.note(note);
      }
      List<String> all = new ArrayList<>(edited);
      all.addAll(foreign);
      return b.mechanism(m).edited(all).build();
    }, null, List.of());
  }

  private static String oneLine(String value, String option) {
    if (value == null) {
      return null;
    }
    String v = QuoteText.normalize(value);
    if (v.isEmpty()) {
      throw EvidentException.usage(option + " must not be empty");
    }
    return v;
  }

  // ------------------------------------------------------------------ links

  /**
   * Links one claim to another. Linking the same pair with the same relation again updates the
   * note (when one is given) instead of adding a second link.
   */
  public Outcome link(String from, LinkRelation relation, String to, String note) {
    if (relation == null) {
      throw EvidentException.usage("a link needs a relation: " + Names.choices(
          LinkRelation.class));
    }
    ClaimSet set = repo.load();
    ClaimSelector selector = new ClaimSelector(set);
    Claim source = selector.claims(List.of(from)).get(0);
    String target = selector.resolve(to);
    if (target.equals(source.id())) {
      throw EvidentException.usage(source.id() + ": error: a claim cannot be linked to itself");
    }
    String n = note == null ? null : note.strip();
    return write(set, List.of(source), c -> {
      List<Link> links = new ArrayList<>();
      boolean found = false;
      for (Link l : c.links()) {
        if (l.relation() == relation && l.claim().equals(target)) {
          found = true;
          links.add(new Link(relation, target, n == null ? l.note() : n));
        } else {
          links.add(l);
        }
      }
      if (!found) {
        links.add(new Link(relation, target, n == null ? "" : n));
      }
      links.sort(LINK_ORDER);
      return c.toBuilder().links(links).build();
    }, null, List.of());
  }

  /**
   * Removes a link. The target may be a claim that no longer exists (a dangling link), in which
   * case it must be given in full.
   */
  public Outcome unlink(String from, LinkRelation relation, String to) {
    if (relation == null) {
      throw EvidentException.usage("a link needs a relation: " + Names.choices(
          LinkRelation.class));
    }
    ClaimSet set = repo.load();
    ClaimSelector selector = new ClaimSelector(set);
    Claim source = selector.claims(List.of(from)).get(0);
    boolean dangling = source.links().stream().anyMatch(l -> l.claim().equals(to)
        && !set.claims().containsKey(to));
    String target = dangling ? to : selector.resolve(to);
    boolean present = source.links().stream()
        .anyMatch(l -> l.relation() == relation && l.claim().equals(target));
    if (!present) {
      throw EvidentException.usage(source.id() + ": error: has no '" + relation.wire()
          + "' link to " + target + "; nothing was changed");
    }
    return write(set, List.of(source), c -> {
      List<Link> links = new ArrayList<>(c.links());
      links.removeIf(l -> l.relation() == relation && l.claim().equals(target));
      return c.toBuilder().links(links).build();
    }, null, List.of());
  }

  // ------------------------------------------------------------------ undo

  /**
   * One file's content before and after a change, so the change can be taken back. A null
   * {@code before} means the change created the file.
   */
  public record FileChange(String file, String before, String after) {}

  /**
   * Puts files back as they were before a change. Refuses (USAGE, nothing written) when any of
   * them no longer holds what the change wrote: someone else has changed it since, and undoing
   * would silently lose that. Restored claim files must still read as claims.
   */
  public Outcome restore(List<FileChange> changes) {
    ClaimSet set = repo.load();
    WritePlan plan = new WritePlan();
    TreeSet<String> files = new TreeSet<>();
    List<String> ids = new ArrayList<>();
    for (FileChange f : changes) {
      String now = set.texts().get(f.file());
      if (now == null || !now.equals(f.after())) {
        throw EvidentException.usage(f.file() + ": error: changed since this decision was "
            + "made; not undoing it (nothing was changed)");
      }
      if (f.before() == null) {
        throw EvidentException.usage(f.file() + ": error: was created by this change; "
            + "undo cannot remove files");
      }
      if (!f.file().equals(Repository.SETTINGS)) {
        ids.add(Codec.readClaim(f.file(), f.before()).id());
      }
      plan.replace(repo.path(f.file()), f.after(), f.before());
      files.add(f.file());
    }
    repo.write(plan);
    ids.sort(null);
    return new Outcome(ids, List.of(), List.copyOf(files), List.of());
  }

  private static final Comparator<Link> LINK_ORDER = Comparator
      .comparing(Link::relation).thenComparing(Link::claim);

  // ------------------------------------------------------------------ shared

  private static List<Claim> select(ClaimSet set, Selection selection) {
    if (selection == null || selection.isEmpty()) {
      throw EvidentException.usage("name the claims: give ids (or unique id prefixes) or "
          + "--where EXPR");
    }
    return new ClaimSelector(set).select(selection.ids(), selection.where());
  }

  /**
   * Applies {@code change} to every claim and writes the ones that changed, plus the settings
   * when given, in one plan: all files or none.
   */
  private Outcome write(ClaimSet set, List<Claim> claims, UnaryOperator<Claim> change,
      Settings settings, List<String> notes) {
    WritePlan plan = new WritePlan();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    TreeSet<String> files = new TreeSet<>();
    for (Claim c : claims) {
      Claim next = change.apply(c);
      String path = set.claimFiles().getOrDefault(c.id(), ClaimSet.claimPath(c.source(), c.id()));
      if (next.equals(c)) {
        unchanged.add(c.id());
        continue;
      }
      changed.add(c.id());
      String text = Codec.write(next);
      if (!text.equals(set.texts().get(path))) {
        plan.replace(repo.path(path), set.texts().get(path), text);
        files.add(path);
      }
    }
    if (settings != null) {
      String text = Codec.write(settings);
      if (!text.equals(set.texts().get(Repository.SETTINGS))) {
        plan.replace(repo.path(Repository.SETTINGS), set.texts().get(Repository.SETTINGS),
            text);
        files.add(Repository.SETTINGS);
      }
    }
    repo.write(plan);
    return new Outcome(changed, unchanged, List.copyOf(files), notes);
  }
}
