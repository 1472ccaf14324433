package dev.evident.app;

import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.Settings;
import dev.evident.store.Codec;
import dev.evident.store.Repository;
import dev.evident.store.WritePlan;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a review repository: seeds/, claims/evident.yaml with the default vocabulary and
 * evidence scheme, .gitattributes, a GitHub Actions workflow and a pre-commit configuration.
 * It never overwrites: if any target exists, nothing is written.
 */
public final class InitService {
  /** The GitHub Actions workflow: the Markdown diff as a pull-request comment, and lint. */
  public static final String WORKFLOW = """
      # evident: semantic diff as a pull-request comment, and lint annotations.
      # Set the repository variable EVIDENT_REPOSITORY (Settings > Secrets and variables >
      # Actions > Variables) to the git URL of evident's source; EVIDENT_REF picks a branch or tag.
      name: evident

      on:
        pull_request:
        push:
          branches: [main]

      permissions:
        contents: read
        pull-requests: write

      jobs:
        evident:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v4
              with:
                fetch-depth: 0            # diff reads both revisions from git history
            - uses: actions/setup-java@v4
              with:
                distribution: temurin
                java-version: '17'
                cache: maven
            - name: Install evident
              env:
                EVIDENT_REPOSITORY: ${{ vars.EVIDENT_REPOSITORY }}
                EVIDENT_REF: ${{ vars.EVIDENT_REF || 'main' }}
              run: |
                if [ -z "$EVIDENT_REPOSITORY" ]; then
                  echo "::error::set the repository variable EVIDENT_REPOSITORY to evident's git URL"
                  exit 1
                fi
                git clone --quiet --depth 1 --branch "$EVIDENT_REF" "$EVIDENT_REPOSITORY" "$RUNNER_TEMP/evident"
                (cd "$RUNNER_TEMP/evident" && mvn -q -B -DskipTests package)
                echo "$RUNNER_TEMP/evident/bin" >> "$GITHUB_PATH"
            - name: Post the semantic diff
              if: github.event_name == 'pull_request'
              env:
                GH_TOKEN: ${{ github.token }}
                BASE: ${{ github.event.pull_request.base.sha }}
                HEAD: ${{ github.event.pull_request.head.sha }}
                PR: ${{ github.event.pull_request.number }}
              run: |
                evident diff "$BASE...$HEAD" --format markdown > "$RUNNER_TEMP/evident-diff.md"
                gh pr comment "$PR" --body-file "$RUNNER_TEMP/evident-diff.md" --edit-last \\
                  || gh pr comment "$PR" --body-file "$RUNNER_TEMP/evident-diff.md"
            - name: Lint
              run: evident lint --format github
      """;

  /** pre-commit hooks that run the installed evident (repo: local, language: system). */
  public static final String PRE_COMMIT = """
      # evident hooks for https://pre-commit.com (run `pre-commit install` once).
      # They call the evident on your PATH.
      repos:
        - repo: local
          hooks:
            - id: evident-fmt
              name: evident fmt --check
              entry: evident fmt --check
              language: system
              pass_filenames: false
              files: ^claims/
            - id: evident-lint
              name: evident lint
              entry: evident lint
              language: system
              pass_filenames: false
              files: ^(claims|seeds)/
      """;

  /** Line endings: claim files LF everywhere; seeds byte for byte as received. */
  public static final String GITATTRIBUTES = """
      # claim files are LF on every OS, so diffs and sha256s are stable
      claims/**/*.yaml text eol=lf
      # seeds are the sources as received: never convert their bytes
      seeds/** -text
      """;

  /** What {@link #run} made: the files written, relative to the folder, in order. */
  public record Result(Path dir, List<String> written) {
    public Result {
      written = List.copyOf(written);
    }
  }

  /** The files of a new review repository, relative path to content. */
  public static Map<String, String> files() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(".gitattributes", GITATTRIBUTES);
    out.put(".github/workflows/evident.yml", WORKFLOW);
    out.put(".pre-commit-config.yaml", PRE_COMMIT);
    out.put(Repository.SETTINGS, Codec.write(Settings.defaults()));
    out.put(Repository.SEEDS + "/.gitkeep", "");
    return out;
  }

  /**
   * Writes the files into {@code dir} (created if missing). If any target already exists, a
   * USAGE error names every one and nothing is written.
   */
  public Result run(Path dir, String label) {
    Map<String, String> files = files();
    String prefix = label.isEmpty() || label.equals(".") ? "" : label.endsWith("/") ? label
        : label + "/";
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw EvidentException.usage(label + ": error: exists and is not a folder");
    }
    List<Diagnostic> existing = new ArrayList<>();
    for (String rel : files.keySet()) {
      if (Files.exists(dir.resolve(rel), LinkOption.NOFOLLOW_LINKS)) {
        existing.add(Diagnostic.error(prefix + rel, 0, 0, "already exists; evident init "
            + "overwrites nothing, so nothing was written"));
      }
    }
    if (!existing.isEmpty()) {
      throw new EvidentException(EvidentException.Kind.USAGE, existing.size() == 1
          ? existing.get(0).format() : existing.size() + " files already exist; nothing was "
          + "written", existing, null);
    }
    Repository repo = new Repository(dir);
    WritePlan plan = new WritePlan();
    files.forEach((rel, content) -> plan.replace(repo.path(rel), null, content));
    repo.write(plan);
    return new Result(dir, List.copyOf(files.keySet()));
  }
}
