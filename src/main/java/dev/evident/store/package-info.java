/**
 * The only place that reads or writes YAML: canonical claim, source and settings files,
 * strict reading with positions, atomic writes, and merging a re-parse into curated claims.
 */
package dev.evident.store;
