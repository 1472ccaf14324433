/**
 * Lint rules and conflict detection over a review's claims: pure functions of the claim set and
 * the seed texts, with no picocli, JLine or Jackson, and no file access of their own.
 */
package dev.evident.check;
