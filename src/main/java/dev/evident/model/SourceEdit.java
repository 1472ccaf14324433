package dev.evident.model;

/**
 * A curator's correction of one field of a source record: which field, who made it and why.
 * Parse keeps an edited field as the curator set it, whatever the seed states.
 */
public record SourceEdit(String field, String by, String reason) {
  public SourceEdit {
    Checks.required(field, "edited.field");
    if (!SourceFields.NAMES.contains(field)) {
      throw new IllegalArgumentException("unknown source field '" + field + "'");
    }
  }
}
