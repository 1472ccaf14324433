package dev.evident.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Prints a shell completion script for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = "Print a completion script for bash or zsh.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  source <(evident completion bash)",
        "  evident completion zsh > \"${fpath[1]}/_evident\""})
final class CompletionCommand extends BaseCommand implements java.util.concurrent.Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", defaultValue = "bash", paramLabel = "SHELL",
      description = "bash (default) or zsh.")
  String shell;

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "unknown shell '" + shell + "'; expected bash or zsh");
    }
    String script = AutoComplete.bash("evident", spec.root().commandLine());
    if (shell.equals("zsh")) {
      script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
          + script;
    }
    out().print(script);
    out().flush();
    return ExitCodes.OK;
  }
}
