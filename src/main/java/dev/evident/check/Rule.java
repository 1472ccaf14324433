package dev.evident.check;

import dev.evident.model.ProblemCodes;
import dev.evident.model.Severity;
import java.util.Locale;

/**
 * The lint rules: a stable code, a short name, a default severity and a one-line explanation.
 * Codes never change meaning and are never reused. The digit after {@code EV} is the group:
 * 1 files, 2 traceability to seeds, 3 vocabulary, 4 curation, 5 conflicts. The code says
 * nothing about severity, since a review may re-grade any rule in {@code claims/evident.yaml}.
 */
public enum Rule {
  UNREADABLE(ProblemCodes.UNREADABLE, "unreadable-file", Severity.ERROR,
      "a file under claims/ could not be read at all (permission denied, I/O error)"),
  INVALID_YAML(ProblemCodes.INVALID_YAML, "invalid-yaml", Severity.ERROR,
      "the file is not valid UTF-8 YAML, or uses YAML features evident refuses (anchors, "
          + "aliases, tags, duplicate keys, several documents)"),
  NOT_CANONICAL("EV102", "not-canonical", Severity.ERROR,
      "the file differs from the canonical text evident writes for the same content "
          + "(key order, quoting, line endings); run `evident fmt` or re-save it"),
  UNKNOWN_FIELD(ProblemCodes.UNKNOWN_FIELD, "unknown-field", Severity.ERROR,
      "the file has a key the claim-file format does not define (often a typo)"),
  MISSING_FIELD(ProblemCodes.MISSING_FIELD, "missing-field", Severity.ERROR,
      "a required field is absent, null or empty"),
  WRONG_TYPE(ProblemCodes.WRONG_TYPE, "wrong-type", Severity.ERROR,
      "a field holds the wrong kind of value (a list where a string belongs, an unquoted "
          + "number, ...)"),
  INVALID_VALUE(ProblemCodes.INVALID_VALUE, "invalid-value", Severity.ERROR,
      "a field holds a value that is not allowed (unknown status or design, bad id, bad "
          + "locator)"),
  DUPLICATE_ID(ProblemCodes.DUPLICATE_ID, "duplicate-id", Severity.ERROR,
      "two files declare the same claim id or source id"),
  FILE_NAME("EV108", "file-name-mismatch", Severity.ERROR,
      "a claim file is not named <id>.yaml, or a source's folder is not named after its id"),
  FOLDER_SOURCE("EV109", "folder-source-mismatch", Severity.ERROR,
      "a claim file lies in a folder other than claims/<source>/ of the source it names"),
  SOURCE_MISSING("EV201", "source-missing", Severity.ERROR,
      "the claim names a source that has no claims/<source>/source.yaml"),
  QUOTE_NOT_FOUND("EV202", "quote-not-found", Severity.ERROR,
      "the claim's quote is not in its seed (compared after whitespace normalization)"),
  QUOTE_MOVED("EV203", "quote-moved", Severity.WARNING,
      "the quote is in the seed but not at its locator; re-run `evident parse` to update "
          + "the locator"),
  SEED_CHANGED("EV204", "seed-changed", Severity.ERROR,
      "the seed's sha256 differs from the one recorded in source.yaml: it changed since parse"),
  SEED_MISSING("EV205", "seed-missing", Severity.ERROR,
      "the seed file named in source.yaml is missing or cannot be decoded as UTF-8"),
  UNKNOWN_TAG("EV301", "unknown-tag", Severity.ERROR,
      "a tag that the review's vocabulary (claims/evident.yaml, or the default) does not "
          + "declare"),
  UNKNOWN_RELATION("EV302", "unknown-relation", Severity.ERROR,
      "a mechanism relation or direction outside the controlled vocabulary"),
  UNKNOWN_LEVEL("EV303", "unknown-level", Severity.ERROR,
      "an evidence level (or override level) that the review's evidence scheme does not define"),
  DIRECTION_MISMATCH("EV304", "direction-mismatch", Severity.WARNING,
      "the mechanism's direction is not the one its relation implies (reversed when negated)"),
  INVISIBLE_TEXT("EV305", "invisible-characters", Severity.WARNING,
      "the statement or quote holds invisible or bidirectional control characters, which "
          + "can make a doctored sentence look like another"),
  NO_DECISION("EV401", "status-without-decision", Severity.ERROR,
      "the claim is accepted, rejected or needs-revision but has no decision record (by, "
          + "reason)"),
  REJECTED_NO_REASON("EV402", "rejected-without-reason", Severity.ERROR,
      "the claim is rejected but its decision gives no reason"),
  LINK_MISSING("EV403", "link-to-missing-claim", Severity.ERROR,
      "a link points to a claim id that does not exist (or to the claim itself)"),
  LEFTOVER("EV404", "leftover-temp-file", Severity.WARNING,
      "a temporary file left by an interrupted write; any evident write removes it"),
  BAD_EXEMPTION("EV405", "unknown-rule-in-exemption", Severity.WARNING,
      "a claim's exempt list or the settings' lint rules name a rule code that does not exist"),
  CONTRADICTION_ACCEPTED("EV501", "contradiction-accepted", Severity.ERROR,
      "two accepted claims say opposite things about the same subject and object, and no "
          + "curator acknowledged it with a `contradicts` link and a note"),
  CONTRADICTION("EV502", "contradiction", Severity.WARNING,
      "two claims (not both accepted) say opposite things about the same subject and object, "
          + "unacknowledged"),
  DUPLICATE_CLAIM("EV503", "duplicate-claim", Severity.WARNING,
      "two near-identical statements from the same paper, without a `duplicates` link and a "
          + "note"),
  INCONSISTENT_EVIDENCE("EV504", "inconsistent-evidence", Severity.WARNING,
      "the same statement from the same paper at different effective evidence levels");

  private final String code;
  private final String slug;
  private final Severity severity;
  private final String summary;

  Rule(String code, String slug, Severity severity, String summary) {
    this.code = code;
    this.slug = slug;
    this.severity = severity;
    this.summary = summary;
  }

  public String code() {
    return code;
  }

  /** A short lower-case name, shown beside the code. */
  public String slug() {
    return slug;
  }

  public Severity defaultSeverity() {
    return severity;
  }

  /** The one-line explanation that {@code evident lint --explain} prints. */
  public String summary() {
    return summary;
  }

  /** The rule with this code (case-insensitive) or this name, or null. */
  public static Rule byCode(String code) {
    if (code == null) {
      return null;
    }
    String c = code.trim().toUpperCase(Locale.ROOT);
    for (Rule r : values()) {
      if (r.code.equals(c) || r.slug.equalsIgnoreCase(code.trim())) {
        return r;
      }
    }
    return null;
  }
}
