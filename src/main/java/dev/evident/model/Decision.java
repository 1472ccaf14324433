package dev.evident.model;

/** Who made a review decision, and why. No timestamp: it would churn on every re-run. */
public record Decision(String by, String reason) {
  public Decision {
    Checks.required(by, "decision.by");
  }
}
