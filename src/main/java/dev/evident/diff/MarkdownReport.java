package dev.evident.diff;

import dev.evident.model.Claim;
import dev.evident.model.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pull-request comment form of a diff: a summary line and table, then one collapsible
 * {@code <details>} section per kind of change, each claim with its statement, quote and
 * source. All content is escaped: Markdown and HTML in a claim show as text, {@code @name} and
 * {@code #123} do not notify or link, and control characters are shown as escapes.
 */
public final class MarkdownReport {
  private final StringBuilder out = new StringBuilder();
  private final DiffResult r;

  private MarkdownReport(DiffResult r) {
    this.r = r;
  }

  public static String render(DiffResult r) {
    return new MarkdownReport(r).build();
  }

  private String build() {
    out.append("### evident diff: ").append(md(r.from())).append(" → ").append(md(r.to()))
        .append("\n\n");
    out.append("**").append(md(r.summary())).append("**\n");
    if (r.isEmpty()) {
      return out.toString();
    }
    if (!r.counts().isEmpty() || !r.conflictCounts().isEmpty()) {
      out.append("\n| change | claims |\n|:--|--:|\n");
    }
    r.counts().forEach((k, n) -> out.append("| ").append(k.phrase()).append(" | ").append(n)
        .append(" |\n"));
    r.conflictCounts().forEach((k, n) -> out.append("| new ").append(k.wire()).append("s | ")
        .append(n).append(" |\n"));
    if (!r.sourceChanges().isEmpty()) {
      out.append("\n**Source records** (they move evidence levels and source independence):"
          + "\n\n");
      for (DiffResult.SourceChange sc : r.sourceChanges()) {
        out.append("- `").append(md(sc.id())).append("` ").append(sc.kind())
            .append(sc.fields().isEmpty() ? "" : ": " + md(String.join(", ", sc.fields())))
            .append('\n');
      }
    }
    for (Map.Entry<Category, Integer> e : r.counts().entrySet()) {
      Category k = e.getKey();
      open(k.heading(), e.getValue());
      for (Change c : r.changes(k)) {
        entry(c, k);
      }
      close();
    }
    for (Map.Entry<dev.evident.diff.Conflict.Kind, Integer> e : r.conflictCounts().entrySet()) {
      String kind = e.getKey().wire();
      open("New " + kind + "s", e.getValue());
      for (Conflict k : r.newConflicts(e.getKey())) {
        out.append("#### `").append(k.first()).append("` ").append(
            k.kind() == Conflict.Kind.CONTRADICTION ? "contradicts" : "duplicates")
            .append(" `").append(k.second()).append("`\n\n");
        for (String id : List.of(k.first(), k.second())) {
          Claim c = r.claims().get(id);
          out.append("- `").append(id).append("`: ").append(md(c.statement())).append("\n\n");
          out.append("  > ").append(md(c.quote())).append("\n\n");
          out.append("  ").append(sourceLine(c, null)).append("\n\n");
        }
      }
      close();
    }
    return out.toString();
  }

  private void open(String heading, int n) {
    out.append("\n<details>\n<summary><b>").append(heading).append("</b> (").append(n)
        .append(")</summary>\n\n");
  }

  private void close() {
    out.append("</details>\n");
  }

  private void entry(Change c, Category k) {
    Claim claim = c.claim();
    out.append("#### `").append(c.id()).append("`\n\n");
    out.append(md(claim.statement())).append("\n\n");
    if (c instanceof Change.Modified m) {
      if (k == Category.MOVED) {
        out.append("Moved: ").append(md(m.pathBefore())).append(" → ")
            .append(md(m.pathAfter())).append("\n\n");
      }
      for (FieldChange f : m.fields()) {
        if (f.category() == k) {
          field(f);
        }
      }
    }
    out.append("> ").append(md(claim.quote())).append("\n\n");
    String path = c instanceof Change.Removed d ? d.path()
        : c instanceof Change.Added a ? a.path() : ((Change.Modified) c).pathAfter();
    out.append(sourceLine(claim, path)).append("\n\n");
  }

  private String sourceLine(Claim c, String path) {
    StringBuilder sb = new StringBuilder("<sub>Source: ")
        .append(md(Render.source(r.sources().get(c.source()), c.source())))
        .append(" · level ").append(c.evidence().effectiveLevel())
        .append(" · ").append(c.status().wire());
    if (path != null) {
      sb.append(" · ").append(md(path));
    }
    return sb.append("</sub>").toString();
  }

  private void field(FieldChange f) {
    if (f instanceof FieldChange.Statement s) {
      out.append("- before: ").append(md(s.before())).append("\n- after: ")
          .append(md(s.after())).append("\n\n");
    } else if (f instanceof FieldChange.Triple t) {
      out.append("- before: ").append(md(Render.triple(t.before()))).append("\n- after: ")
          .append(md(Render.triple(t.after()))).append("\n\n");
    } else if (f instanceof FieldChange.Tags t) {
      List<String> parts = new ArrayList<>();
      t.added().forEach(x -> parts.add("added " + md(x)));
      t.removed().forEach(x -> parts.add("removed " + md(x)));
      out.append("Tags: ").append(String.join(", ", parts)).append("\n\n");
    } else if (f instanceof FieldChange.Level l) {
      out.append("Level: ").append(l.before()).append(suffix(Render.override(l.overrideBefore())))
          .append(" → ").append(l.after()).append(suffix(Render.override(l.overrideAfter())))
          .append("\n\n");
    } else if (f instanceof FieldChange.StatusChange s) {
      out.append("Status: ").append(s.before().wire()).append(" → ").append(s.after().wire())
          .append(suffix(Render.decision(s.decisionAfter()))).append("\n\n");
    } else if (f instanceof FieldChange.Links l) {
      for (Link x : l.added()) {
        out.append("- added link: ").append(md(Render.link(x))).append('\n');
      }
      for (Link x : l.removed()) {
        out.append("- removed link: ").append(md(Render.link(x))).append('\n');
      }
      out.append('\n');
    } else if (f instanceof FieldChange.Note n) {
      out.append("- note before: ").append(md(n.before())).append("\n- note after: ")
          .append(md(n.after())).append("\n\n");
    } else {
      FieldChange.Other o = (FieldChange.Other) f;
      out.append("- ").append(o.field()).append(" before: ").append(md(o.before()))
          .append("\n- ").append(o.field()).append(" after: ").append(md(o.after()))
          .append("\n\n");
    }
  }

  /** An optional " (detail)" part: nothing when empty, else a space and the escaped text. */
  private static String suffix(String s) {
    return s.isBlank() ? "" : " " + md(s.strip());
  }

  /**
   * One line of content made inert: line breaks become spaces, Markdown punctuation is
   * backslash-escaped, HTML-significant characters and GitHub's {@code @} and {@code #}
   * become entities, and control or bidirectional-override characters are shown as
   * {@code \\uXXXX}. An empty value shows as an em dash so a list item is never blank.
   */
  static String md(String s) {
    if (s == null || s.isEmpty()) {
      return "—";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029) {
        if (!space && sb.length() > 0) {
          sb.append(' ');
        }
        space = true;
        continue;
      }
      space = cp == ' ';
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '@' -> sb.append("&#64;");
        case '#' -> sb.append("&#35;");
        case '\\', '`', '*', '_', '[', ']', '(', ')', '{', '}', '!', '|', '~', '$' ->
            sb.append('\\').appendCodePoint(cp);
        default -> {
          if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E)
              || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
              || cp == 0x061C) {
            sb.append(String.format(java.util.Locale.ROOT, "\\\\u%04X", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
    String out = sb.toString().strip();
    // A value opening a line must not start a list, a heading rule or a numbered item.
    if (!out.isEmpty() && "-+=".indexOf(out.charAt(0)) >= 0) {
      out = "\\" + out;
    } else if (out.matches("\\d+[.)].*")) {
      int k = 0;
      while (Character.isDigit(out.charAt(k))) {
        k++;
      }
      out = out.substring(0, k) + "\\" + out.substring(k);
    }
    return out.isEmpty() ? "—" : out;
  }
}
