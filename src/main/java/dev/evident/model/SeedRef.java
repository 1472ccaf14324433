package dev.evident.model;

import java.util.Objects;

/**
 * Where a source came from: the seed's path relative to the repository (always with '/'), the
 * sha256 of its bytes, and the format detected from its content.
 */
public record SeedRef(String file, String sha256, SeedFormat format) {
  public SeedRef {
    Checks.required(file, "seed.file");
    Checks.required(sha256, "seed.sha256");
    Objects.requireNonNull(format, "seed.format");
  }
}
