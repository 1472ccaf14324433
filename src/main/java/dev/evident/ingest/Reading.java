package dev.evident.ingest;

import java.util.List;

/** What one format reader found in a seed: its record, its prose blocks, and how it breaks lines. */
record Reading(Bibliography bibliography, List<Block> blocks, boolean escapedBreaks) {
  Reading {
    blocks = List.copyOf(blocks);
  }

  Reading(Bibliography bibliography, List<Block> blocks) {
    this(bibliography, blocks, false);
  }
}
