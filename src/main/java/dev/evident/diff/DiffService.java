package dev.evident.diff;

import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.query.Query;
import dev.evident.store.ClaimTree;
import dev.evident.store.GitTree;
import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The diff use case: reads both sides (git revisions through {@link GitTree}, folders from
 * disk), parses them with the store's codec, and compares them with {@link Differ}. Either the
 * whole result or an exception; nothing is half-done.
 */
public final class DiffService {
  private final Path root;
  private final ConflictFinder conflicts;

  /** {@code root} is the review repository that revisions and the working tree refer to. */
  public DiffService(Path root, ConflictFinder conflicts) {
    this.root = root.toAbsolutePath().normalize();
    this.conflicts = Objects.requireNonNull(conflicts, "conflicts");
  }

  /** What to compare, and which claims to show. */
  public record Request(Side from, Side to, Query where) {
    public Request {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      where = where == null ? Query.all() : where;
    }
  }

  /**
   * The two sides named by the revision arguments of {@code evident diff}: none (working tree
   * against HEAD), {@code REV} (working tree against REV), {@code REV1 REV2},
   * {@code REV1..REV2} or {@code REV1...REV2} (from their merge base); an empty end of a range
   * means HEAD, as in git.
   */
  public static Side[] sides(List<String> revisions) {
    List<String> revs = revisions == null ? List.of() : revisions;
    switch (revs.size()) {
      case 0:
        return new Side[] {new Side.Revision("HEAD"), new Side.WorkingTree()};
      case 1: {
        String r = revs.get(0);
        int three = r.indexOf("...");
        if (three >= 0) {
          String left = orHead(r.substring(0, three));
          String right = orHead(r.substring(three + 3));
          return new Side[] {new Side.MergeBase(left, right), new Side.Revision(right)};
        }
        int two = r.indexOf("..");
        if (two >= 0) {
          return new Side[] {new Side.Revision(orHead(r.substring(0, two))),
              new Side.Revision(orHead(r.substring(two + 2)))};
        }
        return new Side[] {new Side.Revision(r), new Side.WorkingTree()};
      }
      case 2:
        for (String r : revs) {
          if (r.contains("..")) {
            throw EvidentException.usage(r + ": error: give either one range REV1..REV2 or "
                + "two revisions, not both");
          }
        }
        return new Side[] {new Side.Revision(revs.get(0)), new Side.Revision(revs.get(1))};
      default:
        throw EvidentException.usage("evident: error: at most two revisions, got "
            + revs.size());
    }
  }

  private static String orHead(String s) {
    return s.isEmpty() ? "HEAD" : s;
  }

  /** Reads both sides and compares them. */
  public DiffResult run(Request request) {
    ClaimTree.Pair pair = read(request);
    List<Diagnostic> problems = new ArrayList<>(pair.before().problems());
    problems.addAll(pair.after().problems());
    if (!problems.isEmpty()) {
      problems.sort(Diagnostic.ORDER);
      throw new EvidentException(EvidentException.Kind.DATA, problems.size() + " invalid file"
          + (problems.size() == 1 ? "" : "s") + "; nothing compared", problems, null);
    }
    return new Differ(conflicts).compare(request.from().label(), pair.before(),
        request.to().label(), pair.after(), request.where(), pair.changed());
  }

  /**
   * Both sides, parsed together: a file the same at both is parsed once, and its claim is not
   * compared field by field, since it cannot have changed. The files' bytes are not kept.
   */
  private ClaimTree.Pair read(Request request) {
    GitTree git = new GitTree(root, root.toString());
    // Resolve every revision name before reading anything, so a typo fails at once.
    String fromCommit = commit(request.from(), git);
    String toCommit = commit(request.to(), git);
    // Both revisions' blobs come from one cat-file process; unchanged files are read once.
    List<String> commits = new ArrayList<>();
    for (String c : new String[] {fromCommit, toCommit}) {
      if (c != null && !commits.contains(c)) {
        commits.add(c);
      }
    }
    // Claim files are parsed on a second thread while git still sends the others.
    try (ClaimTree.Early early = commits.isEmpty() ? null : new ClaimTree.Early()) {
      Map<String, Map<String, byte[]>> trees = commits.isEmpty() ? Map.of()
          : git.files(commits, Repository.CLAIMS, early);
      SideFiles before = files(request.from(), fromCommit, trees);
      SideFiles after = files(request.to(), toCommit, trees);
      if (!before.present() && !after.present()) {
        throw EvidentException.usage(root + ": error: not a review repository (no claims/ "
            + "folder in " + request.from().label() + " or " + request.to().label() + ")");
      }
    return ClaimTree.parsePair(before.files(), before.label(), after.files(), after.label(),
          early);
    }
  }

  /** A side's files (relative path to bytes), how messages name them, whether it has claims/. */
  private record SideFiles(Map<String, byte[]> files, String label, boolean present) {}

  private static String commit(Side side, GitTree git) {
    if (side instanceof Side.Revision r) {
      return git.commit(r.name());
    }
    if (side instanceof Side.MergeBase m) {
      return git.mergeBase(git.commit(m.left()), git.commit(m.right()));
    }
    return null;
  }

  private SideFiles files(Side side, String commit, Map<String, Map<String, byte[]>> trees) {
    if (side instanceof Side.Revision r) {
      return fromGit(trees.get(commit), r.name() + ":");
    }
    if (side instanceof Side.MergeBase) {
      // Messages name the base by its short hash: "abc123:claims/x.yaml" is what git show takes.
      return fromGit(trees.get(commit), commit.substring(0, 12) + ":");
    }
    if (side instanceof Side.WorkingTree) {
      boolean present = Files.isDirectory(root.resolve(Repository.CLAIMS));
      return new SideFiles(ClaimTree.readFolder(root), "", present);
    }
    Side.Folder f = (Side.Folder) side;
    Path dir = f.dir().toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw EvidentException.usage(f.label() + ": error: no such folder");
    }
    if (!Files.isDirectory(dir.resolve(Repository.CLAIMS))) {
      throw EvidentException.usage(f.label() + ": error: not a review repository (no claims/ "
          + "folder)");
    }
    String prefix = f.label().endsWith("/") ? f.label() : f.label() + "/";
    return new SideFiles(ClaimTree.readFolder(dir), prefix, true);
  }

  private static SideFiles fromGit(Map<String, byte[]> files, String prefix) {
    boolean present = files.keySet().stream().anyMatch(ClaimTree::isClaimsPath);
    return new SideFiles(files, prefix, present);
  }
}
