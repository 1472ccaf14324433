package dev.evident.check;

import dev.evident.model.Json;
import dev.evident.model.Diagnostic;
import dev.evident.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders lint findings for people and for CI: {@code text} (one line per finding, like a
 * compiler), {@code json}, {@code github} (workflow commands that annotate a pull request) and
 * {@code sarif} (SARIF 2.1.0, for code scanning).
 */
public enum LintFormat {
  TEXT, JSON, GITHUB, SARIF;

  /** The URL of the SARIF 2.1.0 JSON schema. */
  public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The whole report; {@code text} output is ready for a terminal once made safe by the caller. */
  public String render(LintResult r) {
    return switch (this) {
      case TEXT -> text(r);
      case JSON -> json(r);
      case GITHUB -> github(r);
      case SARIF -> sarif(r);
    };
  }

  static String text(LintResult r) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : r.findings()) {
      // a file name may hold a line break: escaped, so that one finding stays one line
      sb.append(oneLine(d.path())).append(':').append(d.line()).append(':').append(d.column())
          .append(": ").append(d.severity().wire()).append(' ').append(d.code()).append(' ')
          .append(oneLine(d.message())).append('\n');
    }
    return sb.toString();
  }

  static String json(LintResult r) {
    StringBuilder sb = new StringBuilder("{\n  \"version\": 1,\n  \"findings\": [");
    String sep = "\n";
    for (Diagnostic d : r.findings()) {
      Rule rule = Rule.byCode(d.code());
      sb.append(sep).append("    {\"path\": ").append(Json.quote(d.path()))
          .append(", \"line\": ").append(d.line())
          .append(", \"column\": ").append(d.column())
          .append(", \"severity\": ").append(Json.quote(d.severity().wire()))
          .append(", \"code\": ").append(Json.quote(d.code()))
          .append(", \"rule\": ").append(Json.quote(rule == null ? null : rule.slug()))
          .append(", \"message\": ").append(Json.quote(d.message())).append('}');
      sep = ",\n";
    }
    sb.append(r.findings().isEmpty() ? "]" : "\n  ]");
    sb.append(",\n  \"summary\": {\"errors\": ").append(r.count(Severity.ERROR))
        .append(", \"warnings\": ").append(r.count(Severity.WARNING))
        .append(", \"infos\": ").append(r.count(Severity.INFO))
        .append(", \"files\": ").append(r.files()).append("}\n}\n");
    return sb.toString();
  }

  static String github(LintResult r) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : r.findings()) {
      String command = switch (d.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        default -> "notice";
      };
      sb.append("::").append(command)
          .append(" file=").append(ghProperty(d.path()))
          .append(",line=").append(d.line())
          .append(",col=").append(d.column())
          .append(",title=").append(ghProperty(d.code() + " " + slug(d.code())))
          .append("::").append(ghData(d.message())).append('\n');
    }
    return sb.toString();
  }

  /** Escapes a workflow command's message, as GitHub's toolkit does ({@code escapeData}). */
  public static String ghData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a workflow command property ({@code escapeProperty}): also ':' and ','. */
  public static String ghProperty(String s) {
    return ghData(s).replace(":", "%3A").replace(",", "%2C");
  }

  private static String slug(String code) {
    Rule r = Rule.byCode(code);
    return r == null ? "" : r.slug();
  }

  static String sarif(LintResult r) {
    // Rules: every rule that has a finding, in code order, so ruleIndex is stable.
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<Rule> rules = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      for (Diagnostic d : r.findings()) {
        if (rule.code().equals(d.code())) {
          ruleIndex.put(rule.code(), rules.size());
          rules.add(rule);
          break;
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("{\n")
        .append("  \"$schema\": ").append(Json.quote(SARIF_SCHEMA)).append(",\n")
        .append("  \"version\": \"2.1.0\",\n")
        .append("  \"runs\": [\n    {\n")
        .append("      \"tool\": {\n        \"driver\": {\n")
        .append("          \"name\": \"evident\",\n")
        .append("          \"rules\": [");
    String sep = "\n";
    for (Rule rule : rules) {
      sb.append(sep).append("            {\"id\": ").append(Json.quote(rule.code()))
          .append(", \"name\": ").append(Json.quote(rule.slug()))
          .append(", \"shortDescription\": {\"text\": ").append(Json.quote(rule.summary()))
          .append("}, \"defaultConfiguration\": {\"level\": ")
          .append(Json.quote(level(rule.defaultSeverity()))).append("}}");
      sep = ",\n";
    }
    sb.append(rules.isEmpty() ? "]\n" : "\n          ]\n");
    sb.append("        }\n      },\n");
    sb.append("      \"columnKind\": \"unicodeCodePoints\",\n");
    sb.append("      \"results\": [");
    sep = "\n";
    for (Diagnostic d : r.findings()) {
      sb.append(sep).append("        {\"ruleId\": ").append(Json.quote(d.code()))
          .append(", \"ruleIndex\": ").append(ruleIndex.get(d.code()))
          .append(", \"level\": ").append(Json.quote(level(d.severity())))
          .append(", \"message\": {\"text\": ").append(Json.quote(d.message())).append('}')
          .append(", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
          .append(Json.quote(uri(d.path()))).append(", \"uriBaseId\": \"%SRCROOT%\"}")
          .append(", \"region\": {\"startLine\": ").append(d.line())
          .append(", \"startColumn\": ").append(d.column()).append("}}}]}");
      sep = ",\n";
    }
    sb.append(r.findings().isEmpty() ? "]\n" : "\n      ]\n");
    sb.append("    }\n  ]\n}\n");
    return sb.toString();
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
      case OFF -> "none";
    };
  }

  /** A relative path as a URI reference: each segment percent-encoded where needed. */
  static String uri(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
      }
    }
    return sb.toString();
  }

  private static String oneLine(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }
}
