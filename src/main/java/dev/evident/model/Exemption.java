package dev.evident.model;

/** A reasoned exemption of one claim from one lint rule. */
public record Exemption(String rule, String reason) {
  public Exemption {
    Checks.required(rule, "exempt.rule");
    Checks.required(reason, "exempt.reason");
  }
}
