package dev.evident.model;

import java.util.List;

/** A tag of the vocabulary: its name (lower-case, hyphenated), what it means, and synonyms. */
public record Tag(String name, String description, List<String> synonyms) {
  public Tag {
    Checks.required(name, "tag.name");
    description = description == null ? "" : description;
    synonyms = Checks.list(synonyms);
  }
}
