package dev.evident.app;

import dev.evident.check.ConflictDetector;
import dev.evident.check.ConflictReport;
import dev.evident.check.LintInput;
import dev.evident.check.LintResult;
import dev.evident.check.Linter;
import dev.evident.check.SeedText;
import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.Ids;
import dev.evident.model.Source;
import dev.evident.store.ClaimSet;
import dev.evident.store.Repository;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lint and conflicts use cases: read the claim set (keeping every problem), read each seed
 * a source names exactly once, and hand both to {@code check}.
 */
public final class CheckService {
  private final Repository repo;

  public CheckService(Repository repo) {
    this.repo = repo;
  }

  /** Every lint finding of the repository. */
  public LintResult lint() {
    return new Linter().run(input());
  }

  /** What lint looks at, read from disk: the claim set, each named seed once, leftovers. */
  public LintInput input() {
    Repository.Scan scan = scan();
    ClaimSet set = scan.set();
    Map<String, SeedText> seeds = new HashMap<>();
    for (Source s : set.sources().values()) {
      seeds.computeIfAbsent(s.seed().file(), this::readSeed);
    }
    return new LintInput(set, scan.problems(), seeds, repo.leftovers());
  }

  /** What {@code evident conflicts} shows: the report, and the files that could not be read. */
  public record Conflicts(ConflictReport report, ClaimSet set, List<Diagnostic> problems) {}

  public Conflicts conflicts(double threshold) {
    ConflictDetector detector;
    try {
      detector = new ConflictDetector(threshold);
    } catch (IllegalArgumentException e) {
      throw EvidentException.usage("--threshold: " + e.getMessage());
    }
    Repository.Scan scan = scan();
    return new Conflicts(detector.detect(scan.set().claims().values(), scan.set().sources()),
        scan.set(), scan.problems());
  }

  private Repository.Scan scan() {
    repo.checkClaimsDir();
    Path claims = repo.path(Repository.CLAIMS);
    if (Files.exists(claims) && !Files.isDirectory(claims)) {
      throw EvidentException.data(Repository.CLAIMS + ": error: is not a folder");
    }
    if (!Files.isDirectory(claims)) {
      throw EvidentException.usage(Repository.CLAIMS + ": error: no such folder in "
          + repo.root() + " (run `evident parse` first, or use -C DIR)");
    }
    return repo.scan();
  }

  /** The seed's hash and strictly decoded text, or why it cannot be had. */
  SeedText readSeed(String file) {
    Path p = repo.path(file).normalize();
    if (!p.startsWith(repo.root()) || file.startsWith("/") || file.contains("\\")) {
      return SeedText.missing(file, "path leaves the repository");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      return SeedText.missing(file, "no such file");
    } catch (IOException e) {
      return SeedText.missing(file, "cannot read (" + e.getMessage() + ")");
    }
    String sha = Ids.sha256Hex(bytes);
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
      return new SeedText(file, sha, text, null);
    } catch (CharacterCodingException e) {
      return new SeedText(file, sha, null, "not valid UTF-8");
    }
  }
}
