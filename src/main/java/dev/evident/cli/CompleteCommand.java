package dev.evident.cli;

import dev.evident.app.Candidates;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code evident __complete KIND [PREFIX]}: prints completion candidates from the current
 * repository, one a line, for the bash and zsh scripts. Hidden; never fails loudly, because a
 * completion that prints errors into the user's prompt is worse than none.
 */
@Command(name = "__complete", hidden = true,
    description = "Print completion candidates: ids, tags, sources, fields, relations, or "
        + "where (completions of a partial --where expression).")
final class CompleteCommand extends BaseCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "KIND")
  String kind;

  @Parameters(index = "1", arity = "0..1", paramLabel = "PREFIX", defaultValue = "")
  String prefix;

  @Override
  public Integer call() {
    Candidates c = new Candidates(anyRepo());
    List<String> all = switch (kind) {
      case "ids" -> c.ids();
      case "tags" -> c.tags();
      case "sources" -> c.sources();
      case "fields" -> Candidates.fields();
      case "relations" -> Candidates.linkRelations();
      case "where" -> c.where(prefix);
      default -> List.of();
    };
    for (String s : all) {
      if (s.startsWith(prefix)) {
        out().println(s);
      }
    }
    out().flush();
    return ExitCodes.OK;
  }
}
