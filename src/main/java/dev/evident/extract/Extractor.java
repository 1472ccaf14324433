package dev.evident.extract;

import dev.evident.ingest.Block;
import dev.evident.ingest.Document;
import dev.evident.model.Evidence;
import dev.evident.model.Mechanism;
import dev.evident.model.QuoteText;
import dev.evident.model.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds the mechanism statements of a document and turns each into an {@link Extraction}. */
public final class Extractor {
  private static final int CONTEXT = 2;

  /** Longer than this, a "sentence" is text without sentence stops, not a sentence. */
  static final int MAX_SENTENCE_CHARS = 4_000;

  private final Tagger tagger;
  private final MechanismDetector detector = new MechanismDetector();
  private final EvidenceGrader grader = new EvidenceGrader();

  public Extractor(Vocabulary vocabulary) {
    this.tagger = new Tagger(Objects.requireNonNull(vocabulary, "vocabulary"));
  }

  /** The mechanism statements of {@code document}, in document order. */
  public List<Extraction> extract(Document document) {
    String text = document.text();
    // sentences are found and read in the prose view; quotes are cut from the seed's own text
    String prose = document.prose();
    AnaphoraResolver resolver = new AnaphoraResolver(prose);
    List<Extraction> out = new ArrayList<>();
    for (Block block : document.blocks()) {
      int bs = Math.max(0, Math.min(block.start(), text.length()));
      int be = Math.max(bs, Math.min(block.end(), text.length()));
      LinkedList<String> previous = new LinkedList<>();
      String previousSubject = "";
      for (int[] span : SentenceSplitter.split(prose, bs, be, document.escapedBreaks())) {
        if (span[1] - span[0] > MAX_SENTENCE_CHARS) {
          continue; // a run of text this long is not a sentence (a table or list without stops)
        }
        String quote = QuoteText.normalize(text.substring(span[0], span[1]));
        String seen = prose == text ? quote : QuoteText.normalize(
            prose.substring(span[0], span[1]).replace(String.valueOf(Document.UNSEEN), ""));
        String body = Text.stripDiscourse(Text.clean(seen));
        Optional<Detection> found = body.isEmpty() ? Optional.empty() : detector.detect(body);
        String subjectForNext;
        if (found.isPresent()) {
          Detection d = found.get();
          String sentenceSubject = MechanismDetector.subjectOf(body);
          String subject = resolver.resolve(d.subject(), span[0], previous, previousSubject,
              sentenceSubject, true);
          String object = resolver.resolve(d.object(), span[0], previous, previousSubject,
              "", d.objectAt() == 0);
          String statement;
          if (!subject.equals(d.subject())) {
            statement = StatementWriter.write(body, d.subject(), subject);
          } else if (!object.equals(d.object())) {
            statement = StatementWriter.write(body, d.object(), object);
          } else {
            statement = StatementWriter.write(body, null, null);
          }
          subject = Text.decapitalize(subject);
          object = Text.decapitalize(object);
          Mechanism mechanism = new Mechanism(subject, d.relation(), object,
              d.negated() ? Mechanism.opposite(d.relation().direction())
                  : d.relation().direction(),
              d.hedged(), d.negated());
          Evidence evidence = grader.grade(document.bibliography(), block.kind(), seen,
              d.ownFinding());
          out.add(new Extraction(span[0], span[1], block.section(), quote, statement, mechanism,
              tagger.tags(seen), evidence));
          subjectForNext = subject;
        } else {
          subjectForNext = body.isEmpty() ? "" : MechanismDetector.subjectOf(body);
        }
        previousSubject = subjectForNext.isEmpty() ? previousSubject : subjectForNext;
        previous.addFirst(body);
        if (previous.size() > CONTEXT) {
          previous.removeLast();
        }
      }
    }
    return out;
  }
}
