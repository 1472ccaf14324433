package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.app.CurationService;
import dev.evident.model.Claim;
import dev.evident.model.EvidentException;
import java.io.PrintWriter;
import java.util.List;

/** Small pieces of output shared by the curation commands. */
final class Render {
  private Render() {}

  static String claims(int n) {
    return n + (n == 1 ? " claim" : " claims");
  }

  /** Prints an outcome's notes, and a warning when a query selected nothing. */
  static void notes(PrintWriter out, PrintWriter err, CurationService.Outcome o, String where) {
    for (String n : o.notes()) {
      out.println(Safe.line(n));
    }
    if (o.selected() == 0 && where != null) {
      err.println("evident: warning: no claim matches --where " + Safe.line(where)
          + "; nothing was changed");
    }
  }

  /** The selection of a bulk command: ids, a query, or both (the named claims that match). */
  static CurationService.Selection selection(List<String> ids, String where) {
    CurationService.Selection s = new CurationService.Selection(ids, where);
    if (s.isEmpty()) {
      throw EvidentException.usage("name the claims: give ids (or unique id prefixes) or "
          + "--where EXPR");
    }
    return s;
  }

  /** The level of a claim for tables: the effective level, starred when overridden. */
  static String level(Claim c) {
    return c.evidence().effectiveLevel() + (c.evidence().override() == null ? "" : "*");
  }

  /** Cuts text to at most {@code max} code points, ending with "…" when cut. */
  static String cut(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
  }
}
