package dev.evident.app;

import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.store.Codec;
import dev.evident.store.Repository;
import dev.evident.store.WritePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites every claim, source and settings file in canonical form (what {@code Codec} writes
 * for what it reads), or lists the files that are not canonical.
 */
public final class FormatService {
  private final Repository repo;

  public FormatService(Repository repo) {
    this.repo = repo;
  }

  /** The files that were (or, with {@code check}, would be) rewritten, sorted. */
  public record Result(List<String> files, boolean check) {
    public Result {
      files = List.copyOf(files);
    }
  }

  /**
   * Finds the non-canonical files and, unless {@code check}, rewrites them all in one plan.
   *
   * @throws EvidentException DATA listing every file that cannot be read
   */
  public Result run(boolean check) {
    Repository.Scan scan = repo.scan();
    if (!scan.problems().isEmpty()) {
      List<Diagnostic> sorted = new ArrayList<>(scan.problems());
      sorted.sort(Diagnostic.ORDER);
      throw new EvidentException(EvidentException.Kind.DATA, sorted.size() + " invalid file"
          + (sorted.size() == 1 ? "" : "s") + " under claims/; fix "
          + (sorted.size() == 1 ? "it" : "them") + " first, nothing was formatted", sorted, null);
    }
    WritePlan plan = new WritePlan();
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, String> e : scan.set().texts().entrySet()) {
      String rel = e.getKey();
      String canonical = canonical(rel, e.getValue());
      if (!canonical.equals(e.getValue())) {
        files.add(rel);
        plan.replace(repo.path(rel), e.getValue(), canonical);
      }
    }
    if (!check) {
      repo.write(plan);
    }
    return new Result(files, check);
  }

  static String canonical(String rel, String text) {
    if (rel.equals(Repository.SETTINGS)) {
      return Codec.write(Codec.readSettings(rel, text));
    }
    if (rel.endsWith("/source.yaml")) {
      return Codec.write(Codec.readSource(rel, text));
    }
    return Codec.write(Codec.readClaim(rel, text));
  }
}
