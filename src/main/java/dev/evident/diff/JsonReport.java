package dev.evident.diff;

import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.LevelOverride;
import dev.evident.model.Link;
import dev.evident.model.Mechanism;
import dev.evident.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The script form of a diff: one JSON object with {@code from}, {@code to}, {@code summary}
 * (counts by category and conflict kind), {@code changes} and {@code conflicts}. Written by hand
 * because only the store may use Jackson; keys are stable and in a fixed order.
 */
public final class JsonReport {
  private JsonReport() {}

  public static String render(DiffResult r) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("{\n  \"from\": ").append(str(r.from()))
        .append(",\n  \"to\": ").append(str(r.to()))
        .append(",\n  \"summary\": {");
    List<String> counts = new ArrayList<>();
    r.counts().forEach((k, n) -> counts.add(str(k.wire()) + ": " + n));
    r.conflictCounts().forEach((k, n) -> counts.add(str("new_" + k.wire() + "s") + ": " + n));
    sb.append(String.join(", ", counts)).append("},\n  \"changes\": [");
    boolean first = true;
    for (Change c : r.changes()) {
      sb.append(first ? "\n    " : ",\n    ").append(change(c, r.sources()));
      first = false;
    }
    sb.append(first ? "]" : "\n  ]").append(",\n  \"conflicts\": [");
    first = true;
    for (Conflict k : r.newConflicts()) {
      sb.append(first ? "\n    " : ",\n    ").append("{\"kind\": ").append(str(k.kind().wire()))
          .append(", \"claims\": [").append(str(k.first())).append(", ")
          .append(str(k.second())).append("]}");
      first = false;
    }
    sb.append(first ? "]" : "\n  ]").append(",\n  \"sources\": [");
    first = true;
    for (DiffResult.SourceChange sc : r.sourceChanges()) {
      List<String> fs = new ArrayList<>();
      sc.fields().forEach(x -> fs.add(str(x)));
      sb.append(first ? "\n    " : ",\n    ").append("{\"id\": ").append(str(sc.id()))
          .append(", \"kind\": ").append(str(sc.kind())).append(", \"fields\": [")
          .append(String.join(", ", fs)).append("]}");
      first = false;
    }
    sb.append(first ? "]" : "\n  ]").append("\n}\n");
    return sb.toString();
  }

  private static String change(Change c, Map<String, Source> sources) {
    List<String> f = new ArrayList<>();
    f.add(kv("id", str(c.id())));
    List<String> cats = new ArrayList<>();
    c.categories().forEach(k -> cats.add(str(k.wire())));
    if (c instanceof Change.Added a) {
      f.add(kv("change", str("added")));
      f.add(kv("path", str(a.path())));
      f.add(kv("claim", claim(a.after())));
    } else if (c instanceof Change.Removed d) {
      f.add(kv("change", str("removed")));
      f.add(kv("path", str(d.path())));
      f.add(kv("claim", claim(d.before())));
    } else {
      Change.Modified m = (Change.Modified) c;
      f.add(kv("change", str("modified")));
      f.add(kv("categories", "[" + String.join(", ", cats) + "]"));
      f.add(kv("path_before", str(m.pathBefore())));
      f.add(kv("path_after", str(m.pathAfter())));
      List<String> fields = new ArrayList<>();
      for (FieldChange x : m.fields()) {
        fields.add(field(x));
      }
      f.add(kv("fields", "[" + String.join(", ", fields) + "]"));
    }
    Source s = sources.get(c.claim().source());
    if (s != null && s.title() != null) {
      f.add(kv("source_title", str(s.title())));
    }
    return "{" + String.join(", ", f) + "}";
  }

  private static String claim(Claim c) {
    List<String> f = new ArrayList<>();
    f.add(kv("source", str(c.source())));
    f.add(kv("statement", str(c.statement())));
    f.add(kv("quote", str(c.quote())));
    f.add(kv("mechanism", mechanism(c.mechanism())));
    f.add(kv("level", Integer.toString(c.evidence().effectiveLevel())));
    f.add(kv("design", str(c.evidence().design().wire())));
    f.add(kv("status", str(c.status().wire())));
    f.add(kv("tags", strings(c.tags())));
    return "{" + String.join(", ", f) + "}";
  }

  private static String mechanism(Mechanism m) {
    return "{" + kv("subject", str(m.subject())) + ", " + kv("relation", str(m.relation()
        .wire())) + ", " + kv("object", str(m.object())) + ", " + kv("direction",
        str(m.direction().wire())) + ", " + kv("hedged", Boolean.toString(m.hedged())) + ", "
        + kv("negated", Boolean.toString(m.negated())) + "}";
  }

  private static String field(FieldChange x) {
    String head = kv("field", str(x.field())) + ", " + kv("category", str(x.category().wire()));
    String body;
    if (x instanceof FieldChange.Statement s) {
      body = kv("before", str(s.before())) + ", " + kv("after", str(s.after()));
    } else if (x instanceof FieldChange.Triple t) {
      body = kv("before", mechanism(t.before())) + ", " + kv("after", mechanism(t.after()));
    } else if (x instanceof FieldChange.Tags t) {
      body = kv("added", strings(t.added())) + ", " + kv("removed", strings(t.removed()));
    } else if (x instanceof FieldChange.Level l) {
      body = kv("before", Integer.toString(l.before())) + ", " + kv("after",
          Integer.toString(l.after())) + ", " + kv("override_before",
          override(l.overrideBefore())) + ", " + kv("override_after",
          override(l.overrideAfter()));
    } else if (x instanceof FieldChange.StatusChange s) {
      body = kv("before", str(s.before().wire())) + ", " + kv("after", str(s.after().wire()))
          + ", " + kv("decision_before", decision(s.decisionBefore())) + ", "
          + kv("decision_after", decision(s.decisionAfter()));
    } else if (x instanceof FieldChange.Links l) {
      body = kv("added", links(l.added())) + ", " + kv("removed", links(l.removed()));
    } else if (x instanceof FieldChange.Note n) {
      body = kv("before", str(n.before())) + ", " + kv("after", str(n.after()));
    } else {
      FieldChange.Other o = (FieldChange.Other) x;
      body = kv("before", str(o.before())) + ", " + kv("after", str(o.after()));
    }
    return "{" + head + ", " + body + "}";
  }

  private static String override(LevelOverride o) {
    return o == null ? "null" : "{" + kv("level", Integer.toString(o.level())) + ", "
        + kv("reason", str(o.reason())) + ", " + kv("by", str(o.by())) + "}";
  }

  private static String decision(Decision d) {
    return d == null ? "null" : "{" + kv("by", str(d.by())) + ", " + kv("reason",
        str(d.reason())) + "}";
  }

  private static String links(List<Link> ls) {
    List<String> out = new ArrayList<>();
    for (Link l : ls) {
      out.add("{" + kv("relation", str(l.relation().wire())) + ", " + kv("claim",
          str(l.claim())) + ", " + kv("note", str(l.note())) + "}");
    }
    return "[" + String.join(", ", out) + "]";
  }

  private static String strings(List<String> xs) {
    List<String> out = new ArrayList<>();
    xs.forEach(x -> out.add(str(x)));
    return "[" + String.join(", ", out) + "]";
  }

  private static String kv(String k, String v) {
    return str(k) + ": " + v;
  }

  /** A JSON string (the shared escaper: controls, separators and bidi controls as \\u). */
  static String str(String s) {
    return dev.evident.model.Json.quote(s);
  }

}
