package dev.evident.query;

import dev.evident.model.Claim;
import dev.evident.model.Source;

/** What a query is evaluated on: a claim and its source (null when the source is missing). */
public record Subject(Claim claim, Source source) {}
