/**
 * Semantic comparison of two claim sets (git revisions, the working tree, or folders): claims
 * added, removed, moved and changed field by field, and the conflicts a change introduces.
 */
package dev.evident.diff;
