package dev.evident.extract;

import dev.evident.model.Relation;

/**
 * What the detector found in one cleaned sentence: raw subject and object phrases (before
 * anaphora resolution), the relation, and whether the sentence hedges or negates it.
 * {@code subjectAt} and {@code objectAt} are char offsets of the phrases in the cleaned sentence,
 * or -1 when a phrase does not appear there verbatim. {@code ownFinding} is true when the
 * authors report the finding as their own ("We show that", "Our data indicate that").
 */
record Detection(String subject, int subjectAt, Relation relation, String object,
    int objectAt, boolean hedged, boolean negated, boolean ownFinding) {}
