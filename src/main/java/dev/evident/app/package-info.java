/**
 * Use cases that tie ingest, extract, store and check together: what the command line and the
 * shell call. Knows nothing of picocli, JLine or exit codes.
 */
package dev.evident.app;
