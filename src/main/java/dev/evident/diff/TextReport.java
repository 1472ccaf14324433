package dev.evident.diff;

import dev.evident.model.Claim;
import dev.evident.model.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The terminal form of a diff: the summary line, then one block per changed claim ({@code +}
 * added, {@code -} removed, {@code ~} modified), then new conflicts ({@code !}). Content goes
 * through the caller's escaping function so that nothing in a claim reaches the terminal raw.
 */
public final class TextReport {
  private static final String RESET = "\u001b[0m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String MAGENTA = "\u001b[35m";
  private static final String BOLD = "\u001b[1m";

  private final boolean color;
  private final UnaryOperator<String> safe;
  private final StringBuilder out = new StringBuilder();

  private TextReport(boolean color, UnaryOperator<String> safe) {
    this.color = color;
    this.safe = safe;
  }

  /**
   * Renders {@code r}; {@code color} adds ANSI colours; {@code safe} escapes one line of
   * content for a terminal (control characters, line breaks).
   */
  public static String render(DiffResult r, boolean color, UnaryOperator<String> safe) {
    return new TextReport(color, safe).build(r);
  }

  private String build(DiffResult r) {
    out.append(paint(BOLD, r.summary())).append('\n');
    out.append(safe.apply(r.from())).append(" -> ").append(safe.apply(r.to())).append('\n');
    for (DiffResult.SourceChange sc : r.sourceChanges()) {
      out.append('\n');
      String mark = sc.kind().equals("added") ? "+" : sc.kind().equals("removed") ? "-" : "~";
      head(sc.kind().equals("added") ? GREEN : sc.kind().equals("removed") ? RED : YELLOW,
          mark, "source " + sc.id(), "claims/" + sc.id() + "/source.yaml");
      if (!sc.fields().isEmpty()) {
        line("changed", String.join(", ", sc.fields()));
      }
    }
    for (Change c : r.changes()) {
      out.append('\n');
      if (c instanceof Change.Added a) {
        head(GREEN, "+", a.id(), a.path());
        claim(a.after());
      } else if (c instanceof Change.Removed d) {
        head(RED, "-", d.id(), d.path());
        claim(d.before());
      } else {
        Change.Modified m = (Change.Modified) c;
        head(YELLOW, "~", m.id(), m.moved() ? m.pathBefore() + " -> " + m.pathAfter()
            : m.pathAfter());
        if (m.fields().isEmpty() && m.moved()) {
          line("moved", "file moved; content unchanged");
        }
        for (FieldChange f : m.fields()) {
          field(f);
        }
      }
    }
    for (Conflict k : r.newConflicts()) {
      out.append('\n');
      out.append(paint(MAGENTA, "! new " + k.kind().wire() + " " + k.first() + " "
          + k.second())).append('\n');
      for (String id : List.of(k.first(), k.second())) {
        Claim c = r.claims().get(id);
        line(id, c.statement());
      }
    }
    return out.toString();
  }

  private void head(String colour, String mark, String id, String path) {
    out.append(paint(colour, mark + " " + id)).append("  ").append(safe.apply(path))
        .append('\n');
  }

  private void claim(Claim c) {
    line("statement", c.statement());
    line("quote", c.quote());
    line("triple", Render.triple(c.mechanism()));
    line("level", c.evidence().effectiveLevel() + " (" + c.evidence().design().wire() + ")"
        + Render.override(c.evidence().override()));
    line("status", c.status().wire());
    if (!c.tags().isEmpty()) {
      line("tags", String.join(", ", c.tags()));
    }
  }

  private void field(FieldChange f) {
    if (f instanceof FieldChange.Statement s) {
      pair("statement", s.before(), s.after());
    } else if (f instanceof FieldChange.Triple t) {
      pair("triple", Render.triple(t.before()), Render.triple(t.after()));
    } else if (f instanceof FieldChange.Tags t) {
      List<String> parts = new ArrayList<>();
      t.added().forEach(x -> parts.add(paint(GREEN, "+" + safe.apply(x))));
      t.removed().forEach(x -> parts.add(paint(RED, "-" + safe.apply(x))));
      label("tags");
      out.append(String.join(" ", parts)).append('\n');
    } else if (f instanceof FieldChange.Level l) {
      line("level", l.before() + Render.override(l.overrideBefore()) + " -> " + l.after()
          + Render.override(l.overrideAfter()));
    } else if (f instanceof FieldChange.StatusChange s) {
      line("status", s.before().wire() + " -> " + s.after().wire()
          + Render.decision(s.decisionAfter()));
    } else if (f instanceof FieldChange.Links l) {
      label("links");
      List<String> parts = new ArrayList<>();
      for (Link x : l.added()) {
        parts.add(paint(GREEN, "+" + safe.apply(Render.link(x))));
      }
      for (Link x : l.removed()) {
        parts.add(paint(RED, "-" + safe.apply(Render.link(x))));
      }
      out.append(String.join("; ", parts)).append('\n');
    } else if (f instanceof FieldChange.Note n) {
      pair("note", n.before(), n.after());
    } else {
      FieldChange.Other o = (FieldChange.Other) f;
      pair(o.field(), o.before(), o.after());
    }
  }

  private void pair(String name, String before, String after) {
    label(name);
    out.append(paint(RED, "- " + shown(before))).append('\n');
    label("");
    out.append(paint(GREEN, "+ " + shown(after))).append('\n');
  }

  private String shown(String value) {
    return value == null || value.isEmpty() ? "(empty)" : safe.apply(value);
  }

  private void line(String name, String value) {
    label(name);
    out.append(safe.apply(value)).append('\n');
  }

  private void label(String name) {
    out.append("    ").append(name.isEmpty() ? " ".repeat(11) : String.format(
        java.util.Locale.ROOT, "%-10s ", name + ":"));
  }

  private String paint(String colour, String s) {
    return color ? colour + s + RESET : s;
  }
}
