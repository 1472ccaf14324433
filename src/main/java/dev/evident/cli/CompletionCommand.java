package dev.evident.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Parameters;

/**
 * Prints a shell completion script: picocli's script for every command and option, with calls
 * to the hidden {@code evident __complete} added wherever a claim id, a tag or a {@code --where}
 * expression goes, so those are read from the repository when Tab is pressed, not baked in
 * when the script was made.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {
        "Print a completion script for bash or zsh: commands, options, claim ids, tags and "
            + "--where fields. Claim ids and tags come from the repository you are in (or the "
            + "one named by -C) each time you press Tab.",
        "",
        "bash: add 'source <(evident completion bash)' to ~/.bashrc. zsh: add "
            + "'source <(evident completion zsh)' to ~/.zshrc (it loads bashcompinit)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  source <(evident completion bash)",
        "  evident completion bash > ~/.local/share/bash-completion/completions/evident",
        "  echo 'source <(evident completion zsh)' >> ~/.zshrc"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:usage error (a shell other than bash or zsh)",
        "4:internal error"})
final class CompletionCommand extends BaseCommand implements Callable<Integer> {
  /** The last index of an unbounded positional parameter, for the script's range checks. */
  private static final int MANY = 999;

  @Parameters(index = "0", arity = "0..1", defaultValue = "bash", paramLabel = "SHELL",
      description = "bash (default) or zsh.", completionCandidates = Shells.class)
  String shell;

  /** Completion candidates for SHELL. */
  static final class Shells extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Shells() {
      super(List.of("bash", "zsh"));
    }
  }

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown shell '" + shell + "'; expected bash or zsh");
    }
    // picocli's script serves both: under zsh it loads bashcompinit itself
    out().print(script(spec.root().commandLine()));
    out().flush();
    return ExitCodes.OK;
  }

  /** The completion script for the command tree under {@code root}. */
  static String script(CommandLine root) {
    String script = AutoComplete.bash("evident", root);
    StringBuilder sb = new StringBuilder(script);
    inject(sb, root.getCommandSpec(), "_picocli_evident");
    String marker = "# Define a completion specification";
    int at = sb.indexOf(marker);
    if (at < 0) {
      throw new IllegalStateException("picocli's completion script has changed: no '"
          + marker + "'");
    }
    sb.insert(at, HELPERS);
    return sb.toString();
  }

  private static void inject(StringBuilder sb, CommandSpec spec, String function) {
    for (var e : spec.subcommands().entrySet()) {
      CommandSpec sub = e.getValue().getCommandSpec();
      if (!sub.usageMessage().hidden() && e.getKey().equals(sub.name())) {
        String fn = function + "_" + e.getKey().replace('-', '_');
        injectInto(sb, sub, fn);
        inject(sb, sub, fn);
      }
    }
  }

  private static void injectInto(StringBuilder sb, CommandSpec spec, String function) {
    int start = sb.indexOf("function " + function + "() {");
    if (start < 0) {
      return;
    }
    int end = sb.indexOf("\n}\n", start);
    String body = sb.substring(start, end);
    String next = body;
    List<String> ranges = new ArrayList<>();
    for (PositionalParamSpec p : spec.positionalParameters()) {
      String kind = kind(p.paramLabel());
      if (kind != null && !p.hidden()) {
        int lo = p.index().min();
        int hi = p.index().isUnspecified() || p.index().max() == Integer.MAX_VALUE ? MANY
            : p.index().max();
        ranges.add(lo + "-" + hi + ":" + kind);
      }
    }
    String declare = "    local positionals=\"\"\n";
    if (!ranges.isEmpty() && next.contains(declare)) {
      next = next.replace(declare, declare + "    positionals=$(_evident_dynamic '"
          + spec.name() + "' \"${arg_opts}\" \"${flag_opts}\" " + String.join(" ", ranges)
          + ")\n");
    }
    for (OptionSpec o : spec.options()) {
      String kind = kind(o.paramLabel());
      if (kind == null || o.hidden() || o.arity().max() == 0) {
        continue;
      }
      List<String> quoted = new ArrayList<>();
      for (String n : o.names()) {
        quoted.add("'" + n + "'");
      }
      String stub = "    " + String.join("|", quoted) + ")\n      return\n";
      next = next.replace(stub, "    " + String.join("|", quoted) + ")\n"
          + "      local IFS=$'\\n'\n"
          + "      COMPREPLY=( $(compgen -W \"$(_evident_values " + kind
          + ")\" -- \"${curr_word}\") )\n"
          + "      return\n");
    }
    sb.replace(start, end, next);
  }

  /** What to complete for a parameter, by its label; null for nothing dynamic. */
  static String kind(String paramLabel) {
    return switch (paramLabel.replaceAll("[<>]", "").toUpperCase(Locale.ROOT)) {
      case "ID", "OTHER" -> "ids";
      case "TAG" -> "tags";
      case "EXPR" -> "fields";
      default -> null;
    };
  }

  private static final String HELPERS = """
      # evident: claim ids, tags and --where fields come from the repository at Tab time.
      # _evident_dynamic CMD ARG_OPTS FLAG_OPTS LO-HI:KIND... prints the candidates of KIND when
      # the positional parameter being completed has an index from LO to HI.
      function _evident_dynamic() {
        local cmd="$1" argOpts="$2" flagOpts="$3"
        shift 3
        local index spec range kind lo hi
        index=$(currentPositionalIndex "$cmd" "$argOpts" "$flagOpts")
        for spec in "$@"; do
          range=${spec%%:*}
          kind=${spec#*:}
          lo=${range%%-*}
          hi=${range#*-}
          if (( index >= lo && index <= hi )); then
            _evident_values "$kind"
            return
          fi
        done
      }

      # _evident_values KIND asks `evident __complete KIND` in the repository named by -C on the
      # command line being completed, if any; errors are not shown.
      function _evident_values() {
        local i
        local -a dir=()
        for (( i = 1; i < COMP_CWORD; i++ )); do
          if [[ "${COMP_WORDS[i]}" == "-C" ]]; then
            dir=(-C "${COMP_WORDS[i+1]}")
          fi
        done
        "${COMP_WORDS[0]}" "${dir[@]}" __complete "$1" 2>/dev/null
      }

      """;
}
