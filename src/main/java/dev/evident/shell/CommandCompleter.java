package dev.evident.shell;

import dev.evident.app.Candidates;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Tab completion in the shell, over the same picocli command tree as the command line:
 * subcommands, options, and values by what a parameter is called: {@code ID}/{@code OTHER}
 * complete claim ids, {@code TAG} tags, {@code EXPR} a {@code --where} expression, and a
 * parameter with completion candidates (or an enum type) those.
 */
public final class CommandCompleter implements Completer {
  private final CommandSpec root;
  private final Candidates candidates;
  private final List<String> extra;

  /**
   * @param extra words the shell itself understands at the start of a line ({@code exit})
   */
  public CommandCompleter(CommandSpec root, Candidates candidates, List<String> extra) {
    this.root = root;
    this.candidates = candidates;
    this.extra = List.copyOf(extra);
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
    List<String> before = line.words().subList(0, Math.min(line.wordIndex(),
        line.words().size()));
    String word = line.word() == null ? "" : line.word().substring(0, Math.min(
        line.wordCursor(), line.word().length()));
    for (String s : complete(before, word)) {
      boolean whole = !s.endsWith("=");
      out.add(new Candidate(s, s, null, null, null, null, whole));
    }
  }

  /** The completions of {@code word}, given the words before it. */
  public List<String> complete(List<String> before, String word) {
    CommandSpec spec = root;
    ArgSpec pending = null;
    int position = 0;
    for (String w : before) {
      if (pending != null) {
        pending = null;
        continue;
      }
      if (w.startsWith("-") && w.length() > 1) {
        String name = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
        OptionSpec o = spec.findOption(name);
        if (o != null && o.arity().max() > 0 && !w.contains("=")) {
          pending = o;
        }
        continue;
      }
      CommandLine sub = spec.subcommands().get(w);
      if (sub != null && position == 0) {
        spec = sub.getCommandSpec();
        continue;
      }
      position++;
    }
    List<String> out = new ArrayList<>();
    if (pending != null) {
      out.addAll(values(pending, word));
    } else if (word.startsWith("-")) {
      for (OptionSpec o : spec.options()) {
        if (!o.hidden()) {
          out.addAll(List.of(o.names()));
        }
      }
    } else {
      if (position == 0) {
        for (var e : spec.subcommands().entrySet()) {
          if (!e.getValue().getCommandSpec().usageMessage().hidden()) {
            out.add(e.getKey());
          }
        }
        if (spec == root) {
          out.addAll(extra);
        }
      }
      for (PositionalParamSpec p : spec.positionalParameters()) {
        if (p.index().contains(position) && !p.hidden()) {
          out.addAll(values(p, word));
        }
      }
    }
    List<String> matching = new ArrayList<>();
    for (String s : out) {
      if (s.startsWith(word) && !matching.contains(s)) {
        matching.add(s);
      }
    }
    matching.sort(null);
    return matching;
  }

  private List<String> values(ArgSpec arg, String word) {
    String label = arg.paramLabel().replaceAll("[<>]", "");
    switch (label) {
      case "ID", "OTHER":
        return candidates.ids();
      case "TAG":
        return candidates.tags();
      case "EXPR":
        return candidates.where(word);
      default:
        break;
    }
    List<String> out = new ArrayList<>();
    if (arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(out::add);
    }
    return out;
  }
}
