package dev.evident.extract;

import dev.evident.model.Evidence;
import dev.evident.model.Mechanism;
import java.util.List;

/**
 * One mechanism statement found in a document. {@code start}/{@code end} are Java char offsets
 * of the sentence in {@code Document.text()}; {@code quote} is
 * {@code QuoteText.normalize(text.substring(start, end))}.
 */
public record Extraction(
    int start, int end, String section, String quote, String statement, Mechanism mechanism,
    List<String> tags, Evidence evidence) {
  public Extraction {
    tags = List.copyOf(tags);
  }
}
