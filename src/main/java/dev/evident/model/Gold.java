package dev.evident.model;

import java.util.List;

/**
 * A labelled document for measuring extraction (docs/eval.md): the document's file, its shape
 * and topic, the bibliographic facts it states, and every sentence that matters with its label.
 * Sentences not listed are not mechanisms.
 */
public record Gold(String path, String document, String shape, String topic, Facts source,
    List<Sentence> sentences) {
  public Gold {
    Checks.required(document, "document");
    sentences = Checks.list(sentences);
  }

  /** Sentence labels. */
  public enum Label {
    MECHANISM, BORDERLINE;

    public String wire() {
      return Names.wire(this);
    }
  }

  /**
   * One labelled sentence; a mechanism may carry its triple ({@code subject}, {@code object},
   * {@code direction}, {@code negated}, {@code hedged}), each null when not labelled.
   */
  public record Sentence(Label label, String text, String subject, String object,
      Direction direction, Boolean negated, Boolean hedged) {
    public Sentence {
      java.util.Objects.requireNonNull(label, "label");
      Checks.required(text, "text");
    }

    public boolean hasTriple() {
      return subject != null && object != null;
    }
  }

  /** The bibliographic facts a document states; null where it states none. */
  public record Facts(String title, String firstAuthor, String journal, Integer year, String doi,
      String pmid, String pmcid, PublicationType publicationType) {
    public static final Facts NONE = new Facts(null, null, null, null, null, null, null, null);
  }

  public Gold withSource(Facts facts) {
    return new Gold(path, document, shape, topic, facts, sentences);
  }
}
