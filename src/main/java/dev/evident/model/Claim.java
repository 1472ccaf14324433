package dev.evident.model;

import java.util.List;
import java.util.Objects;

/**
 * One mechanism statement tied to its source. Fields written by {@code parse}: quote, locator,
 * evidence level, and (until a curator edits them, which {@code edited} records) statement and
 * mechanism. Fields owned by curators: tags after creation, status, decision, level override,
 * links, note, exemptions.
 */
public record Claim(
    String id,
    String source,
    String statement,
    String quote,
    Locator locator,
    Mechanism mechanism,
    Evidence evidence,
    List<String> tags,
    Status status,
    Decision decision,
    List<Link> links,
    String note,
    List<String> edited,
    List<Exemption> exempt) {

  /** Field names that {@code edited} may list. */
  public static final List<String> EDITABLE = List.of("statement", "subject", "relation", "object");

  public Claim {
    Checks.required(id, "id");
    Checks.required(source, "source");
    Checks.required(statement, "statement");
    Checks.required(quote, "quote");
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(mechanism, "mechanism");
    Objects.requireNonNull(evidence, "evidence");
    tags = Checks.list(tags);
    status = status == null ? Status.EXTRACTED : status;
    links = Checks.list(links);
    note = note == null ? "" : note;
    edited = Checks.list(edited);
    exempt = Checks.list(exempt);
  }

  /** A fresh claim as {@code parse} makes it: no decision, links, note or edits yet. */
  public static Claim extracted(String id, String source, String statement, String quote,
      Locator locator, Mechanism mechanism, Evidence evidence, List<String> tags) {
    return new Claim(id, source, statement, quote, locator, mechanism, evidence, tags,
        Status.EXTRACTED, null, List.of(), "", List.of(), List.of());
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Copy-with-changes for records with many fields. */
  public static final class Builder {
    private String id;
    private String source;
    private String statement;
    private String quote;
    private Locator locator;
    private Mechanism mechanism;
    private Evidence evidence;
    private List<String> tags;
    private Status status;
    private Decision decision;
    private List<Link> links;
    private String note;
    private List<String> edited;
    private List<Exemption> exempt;

    private Builder(Claim c) {
      id = c.id;
      source = c.source;
      statement = c.statement;
      quote = c.quote;
      locator = c.locator;
      mechanism = c.mechanism;
      evidence = c.evidence;
      tags = c.tags;
      status = c.status;
      decision = c.decision;
      links = c.links;
      note = c.note;
      edited = c.edited;
      exempt = c.exempt;
    }

    public Builder id(String v) { id = v; return this; }
    public Builder source(String v) { source = v; return this; }
    public Builder statement(String v) { statement = v; return this; }
    public Builder quote(String v) { quote = v; return this; }
    public Builder locator(Locator v) { locator = v; return this; }
    public Builder mechanism(Mechanism v) { mechanism = v; return this; }
    public Builder evidence(Evidence v) { evidence = v; return this; }
    public Builder tags(List<String> v) { tags = v; return this; }
    public Builder status(Status v) { status = v; return this; }
    public Builder decision(Decision v) { decision = v; return this; }
    public Builder links(List<Link> v) { links = v; return this; }
    public Builder note(String v) { note = v; return this; }
    public Builder edited(List<String> v) { edited = v; return this; }
    public Builder exempt(List<Exemption> v) { exempt = v; return this; }

    public Claim build() {
      return new Claim(id, source, statement, quote, locator, mechanism, evidence, tags, status,
          decision, links, note, edited, exempt);
    }
  }
}
