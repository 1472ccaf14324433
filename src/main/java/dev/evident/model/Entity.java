package dev.evident.model;

/** A named entity a seed links to, such as a protein or disease with an ontology id. */
public record Entity(String type, String name, String id) {
  public Entity {
    Checks.required(type, "entity.type");
    Checks.required(name, "entity.name");
  }
}
