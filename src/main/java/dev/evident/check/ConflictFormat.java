package dev.evident.check;

import dev.evident.model.Json;
import dev.evident.model.Claim;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a conflict report: {@code text} for a terminal, {@code json} for tools, and
 * {@code markdown} for a pull-request comment with both quotes side by side.
 */
public enum ConflictFormat {
  TEXT, JSON, MARKDOWN;

  /** {@code files} maps claim ids to their files, relative to the repository. */
  public String render(ConflictReport r, Map<String, String> files) {
    return switch (this) {
      case TEXT -> text(r, files);
      case JSON -> json(r, files);
      case MARKDOWN -> markdown(r, files);
    };
  }

  static String state(Conflict c) {
    if (!c.isProblem()) {
      return "support";
    }
    return c.resolved() ? "resolved" : "unresolved";
  }

  static String summary(ConflictReport r) {
    long unresolved = r.unresolved().size();
    return String.format(Locale.ROOT, "%d contradiction%s, %d duplicate%s, %d inconsistent "
            + "level%s, %d corroboration%s; %d unresolved; %d claims, %d candidate pairs "
            + "compared (similarity >= %.2f)",
        r.count(Conflict.Kind.CONTRADICTION), plural(r.count(Conflict.Kind.CONTRADICTION)),
        r.count(Conflict.Kind.DUPLICATE), plural(r.count(Conflict.Kind.DUPLICATE)),
        r.count(Conflict.Kind.INCONSISTENT_EVIDENCE),
        plural(r.count(Conflict.Kind.INCONSISTENT_EVIDENCE)),
        r.count(Conflict.Kind.CORROBORATION), plural(r.count(Conflict.Kind.CORROBORATION)),
        unresolved, r.claims(), r.compared(), r.threshold());
  }

  private static String plural(long n) {
    return n == 1 ? "" : "s";
  }

  static String text(ConflictReport r, Map<String, String> files) {
    StringBuilder sb = new StringBuilder();
    for (Conflict c : r.conflicts()) {
      sb.append(c.kind().wire()).append(' ').append(c.a().id()).append(" <-> ")
          .append(c.b().id()).append("  [").append(state(c)).append("]\n");
      sb.append("  why: ").append(c.why()).append('\n');
      if (c.kind() == Conflict.Kind.CORROBORATION || c.kind() == Conflict.Kind.DUPLICATE) {
        sb.append("  independent sources for this statement: ").append(c.independentSources())
            .append('\n');
      }
      side(sb, "a", c.a(), files);
      side(sb, "b", c.b(), files);
      if (!c.resolution().isEmpty()) {
        sb.append(c.resolved() ? "  acknowledged: " : "  note: ").append(c.resolution())
            .append('\n');
      }
      sb.append('\n');
    }
    sb.append(summary(r)).append('\n');
    return sb.toString();
  }

  private static void side(StringBuilder sb, String label, Claim c, Map<String, String> files) {
    sb.append("  ").append(label).append(": ").append(files.getOrDefault(c.id(), c.id()))
        .append(" (").append(c.status().wire()).append(", level ")
        .append(c.evidence().effectiveLevel()).append(")\n");
    sb.append("     \"").append(oneLine(c.quote())).append("\"\n");
  }

  private static String oneLine(String s) {
    return dev.evident.model.QuoteText.normalize(s);
  }

  static String json(ConflictReport r, Map<String, String> files) {
    StringBuilder sb = new StringBuilder("{\n  \"version\": 1,\n");
    sb.append("  \"claims\": ").append(r.claims()).append(",\n");
    sb.append("  \"compared\": ").append(r.compared()).append(",\n");
    sb.append("  \"threshold\": ").append(String.format(Locale.ROOT, "%.2f", r.threshold()))
        .append(",\n");
    sb.append("  \"unresolved\": ").append(r.unresolved().size()).append(",\n");
    sb.append("  \"conflicts\": [");
    String sep = "\n";
    for (Conflict c : r.conflicts()) {
      sb.append(sep).append("    {\"kind\": ").append(Json.quote(c.kind().wire()))
          .append(", \"state\": ").append(Json.quote(state(c)))
          .append(", \"why\": ").append(Json.quote(c.why()))
          .append(", \"similarity\": ").append(String.format(Locale.ROOT, "%.3f", c.similarity()))
          .append(", \"independent_sources\": ").append(c.independentSources())
          .append(", \"resolution\": ").append(Json.quote(c.resolution()))
          .append(",\n     \"a\": ").append(claim(c.a(), files))
          .append(",\n     \"b\": ").append(claim(c.b(), files)).append('}');
      sep = ",\n";
    }
    sb.append(r.conflicts().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return sb.toString();
  }

  private static String claim(Claim c, Map<String, String> files) {
    return "{\"id\": " + Json.quote(c.id()) + ", \"path\": " + Json.quote(files.get(c.id()))
        + ", \"source\": " + Json.quote(c.source()) + ", \"status\": "
        + Json.quote(c.status().wire()) + ", \"level\": " + c.evidence().effectiveLevel()
        + ", \"statement\": " + Json.quote(c.statement()) + ", \"quote\": "
        + Json.quote(oneLine(c.quote())) + "}";
  }

  static String markdown(ConflictReport r, Map<String, String> files) {
    StringBuilder sb = new StringBuilder("## Conflicts\n\n");
    sb.append(summary(r)).append(".\n\n");
    if (r.conflicts().isEmpty()) {
      return sb.toString();
    }
    sb.append("| kind | state | claim A | claim B | why |\n");
    sb.append("|---|---|---|---|---|\n");
    for (Conflict c : r.conflicts()) {
      sb.append("| ").append(c.kind().wire()).append(" | ").append(state(c))
          .append(c.resolved() ? ": " + md(c.resolution()) : "").append(" | ")
          .append(mdClaim(c.a(), files)).append(" | ").append(mdClaim(c.b(), files))
          .append(" | ").append(md(c.why())).append(" |\n");
    }
    return sb.toString();
  }

  private static String mdClaim(Claim c, Map<String, String> files) {
    return "`" + c.id() + "` (" + c.status().wire() + ", level " + c.evidence().effectiveLevel()
        + ")<br>&gt; " + md(oneLine(c.quote()));
  }

  /** Text safe inside a Markdown table cell: no pipes, HTML or line breaks. */
  static String md(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '|' -> sb.append("\\|");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\\', '`', '*', '_', '[', ']' -> sb.append('\\').append(c);
        case '\n', '\r' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
