package dev.evident.app;

import dev.evident.model.Claim;
import dev.evident.model.Mechanism;
import java.util.ArrayList;
import java.util.List;

/** One-line descriptions of a claim's parts, shared by {@code show} and the review screen. */
public final class Describe {
  private Describe() {}

  /** {@code accepted (by Ada: checked)}, or just the status when nobody decided. */
  public static String status(Claim c) {
    String status = c.status().wire();
    if (c.decision() != null) {
      status += " (by " + c.decision().by()
          + (c.decision().reason() == null ? "" : ": " + c.decision().reason()) + ")";
    }
    return status;
  }

  /** {@code hypoxia | promotes | angiogenesis (increases, hedged)}. */
  public static String triple(Mechanism m) {
    List<String> flags = new ArrayList<>();
    flags.add(m.direction().wire());
    if (m.hedged()) {
      flags.add("hedged");
    }
    if (m.negated()) {
      flags.add("negated");
    }
    return m.subject() + " | " + m.relation().wire() + " | " + m.object()
        + " (" + String.join(", ", flags) + ")";
  }
}
