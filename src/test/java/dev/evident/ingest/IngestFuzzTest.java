package dev.evident.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.evident.extract.Extraction;
import dev.evident.extract.Extractor;
import dev.evident.model.EvidentException;
import dev.evident.model.QuoteText;
import dev.evident.model.Vocabulary;

/**
 * Fuzz target for seed ingest and extraction: any bytes either become a document whose blocks
 * and extracted sentences lie inside its text, or are refused as DATA; nothing else escapes.
 */
class IngestFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void ingestAndExtractStayInsideTheText(byte[] bytes) {
    Document doc;
    try {
      doc = new Ingester(1 << 20).read("seeds/fuzz.txt", bytes);
    } catch (EvidentException e) {
      assertEquals(EvidentException.Kind.DATA, e.kind(), e.getMessage());
      assertTrue(e.getMessage().startsWith("seeds/fuzz.txt: error: "), e.getMessage());
      return;
    }
    String text = doc.text();
    for (Block b : doc.blocks()) {
      assertTrue(b.start() >= 0 && b.start() <= b.end() && b.end() <= text.length(),
          "block " + b + " outside text of " + text.length());
    }
    for (Extraction x : new Extractor(Vocabulary.defaults()).extract(doc)) {
      assertTrue(x.start() >= 0 && x.start() <= x.end() && x.end() <= text.length(),
          "extraction " + x.start() + ".." + x.end() + " outside text of " + text.length());
      assertEquals(QuoteText.normalize(text.substring(x.start(), x.end())), x.quote());
    }
  }
}
