package dev.evident.extract;

import dev.evident.ingest.Document;
import dev.evident.model.Vocabulary;
import java.util.List;

/** TEMPORARY stand-in until the extract package lands; replaced wholesale. */
public final class Extractor {
  public Extractor(Vocabulary vocabulary) {}

  public List<Extraction> extract(Document document) {
    throw new UnsupportedOperationException("extract not integrated yet");
  }
}
