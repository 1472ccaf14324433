/** Sentences, mechanism detection, triples, hedging, tags and evidence levels. */
package dev.evident.extract;
