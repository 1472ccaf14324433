package dev.evident.diff;

import dev.evident.model.Decision;
import dev.evident.model.LevelOverride;
import dev.evident.model.Link;
import dev.evident.model.Mechanism;
import dev.evident.model.Source;
import java.util.ArrayList;
import java.util.List;

/** Plain-text pieces shared by the text and Markdown reports (not yet escaped). */
final class Render {
  private Render() {}

  static String triple(Mechanism m) {
    StringBuilder sb = new StringBuilder();
    sb.append(m.subject()).append(" -").append(m.relation().wire()).append("-> ")
        .append(m.object()).append(" (").append(m.direction().wire());
    if (m.hedged()) {
      sb.append(", hedged");
    }
    if (m.negated()) {
      sb.append(", negated");
    }
    return sb.append(')').toString();
  }

  static String override(LevelOverride o) {
    if (o == null) {
      return "";
    }
    return " (override: " + o.reason() + (o.by() == null || o.by().isBlank() ? "" : ", by "
        + o.by()) + ")";
  }

  static String decision(Decision d) {
    if (d == null) {
      return "";
    }
    return " (by " + d.by() + (d.reason() == null || d.reason().isBlank() ? "" : ": "
        + d.reason()) + ")";
  }

  static String link(Link l) {
    return l.relation().wire() + " " + l.claim() + (l.note() == null || l.note().isBlank()
        ? "" : " (" + l.note() + ")");
  }

  /** "Chen R, Li X et al. (2025). Title. Journal. doi:..." from what the record has. */
  static String source(Source s, String id) {
    if (s == null) {
      return id;
    }
    List<String> parts = new ArrayList<>();
    StringBuilder who = new StringBuilder();
    if (!s.authors().isEmpty()) {
      who.append(s.authors().get(0));
      if (s.authors().size() == 2) {
        who.append(", ").append(s.authors().get(1));
      } else if (s.authors().size() > 2) {
        who.append(" et al.");
      }
    }
    if (s.year() != null) {
      who.append(who.length() == 0 ? "" : " ").append('(').append(s.year()).append(')');
    }
    if (who.length() > 0) {
      parts.add(who.toString());
    }
    if (s.title() != null && !s.title().isBlank()) {
      parts.add(s.title());
    }
    if (s.journal() != null && !s.journal().isBlank()) {
      parts.add(s.journal());
    }
    if (s.doi() != null) {
      parts.add("doi:" + s.doi());
    } else if (s.pmid() != null) {
      parts.add("PMID " + s.pmid());
    } else if (s.url() != null) {
      parts.add(s.url());
    }
    parts.add("[" + id + "]");
    return String.join(". ", parts);
  }
}
