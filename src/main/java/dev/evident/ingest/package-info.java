/** Reads a seed, detects its format from its content, strips boilerplate, yields a Document. */
package dev.evident.ingest;
