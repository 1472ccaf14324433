package dev.evident.store;

import dev.evident.model.Direction;
import dev.evident.model.Gold;
import dev.evident.model.Names;
import dev.evident.model.ProblemCodes;
import dev.evident.model.PublicationType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the label files of `evident eval` (docs/eval.md) with the strict reader every evident
 * YAML file goes through: unknown fields, duplicate keys, anchors and tags are positioned
 * errors. A gold file is a mapping with {@code document} (or the older {@code seed}) and
 * {@code sentences}; a facts file is a list of bibliographic labels keyed by {@code seed}.
 */
public final class GoldCodec {
  private GoldCodec() {}

  /** What a YAML file under a gold folder is. */
  public enum Kind { GOLD, FACTS, OTHER }

  /** Whether {@code text} is a gold file, a facts list, or something else (a manifest). */
  public static Kind kind(String path, String text) {
    YNode root = YamlReader.read(path, text);
    if (root instanceof YNode.YMap m) {
      return m.entries().containsKey("sentences") ? Kind.GOLD : Kind.OTHER;
    }
    if (root instanceof YNode.YList l && !l.items().isEmpty()
        && l.items().get(0) instanceof YNode.YMap first
        && first.entries().containsKey("seed") && !first.entries().containsKey("id")) {
      return Kind.FACTS;
    }
    return Kind.OTHER;
  }

  public static Gold read(String path, String text) {
    Fields f = Fields.root(path, text);
    String document = f.has("document") ? f.requiredNonEmpty("document")
        : f.requiredNonEmpty("seed");
    String shape = f.optString("shape");
    String topic = f.optString("topic");
    Fields source = f.optObject("source");
    Gold.Facts facts = source == null ? null : facts(source);
    List<Gold.Sentence> sentences = new ArrayList<>();
    for (Fields s : f.objects("sentences")) {
      sentences.add(sentence(s));
    }
    f.finish();
    return f.build(() -> new Gold(path, document, shape, topic, facts, sentences));
  }

  /** Reads a list of bibliographic labels, each naming its seed file. */
  public static Map<String, Gold.Facts> readFacts(String path, String text) {
    YNode root = YamlReader.read(path, text);
    if (!(root instanceof YNode.YList l)) {
      throw YamlReader.fail(path, text, root.line(), root.column(), ProblemCodes.WRONG_TYPE,
          "a facts file must be a list, found " + root.describe());
    }
    Map<String, Gold.Facts> out = new LinkedHashMap<>();
    for (YNode item : l.items()) {
      Fields f = new Fields(path, text, item, "[]");
      String seed = f.requiredNonEmpty("seed");
      out.put(seed, facts(f));
    }
    return out;
  }

  private static Gold.Facts facts(Fields f) {
    String title = f.optScalarText("title");
    String first = f.optScalarText("first_author");
    String journal = f.optScalarText("journal");
    Integer year = f.optInteger("year");
    String doi = f.optScalarText("doi");
    String pmid = f.optScalarText("pmid");
    String pmcid = f.optScalarText("pmcid");
    String type = f.optScalarText("publication_type");
    f.skip("keywords");
    f.skip("url");
    f.skip("authors");
    PublicationType pt = type == null ? null : Names.parse(PublicationType.class, type);
    if (type != null && pt == null) {
      throw f.error(f.node(), "unknown publication_type '" + type + "'; use one of "
          + Names.choices(PublicationType.class));
    }
    f.finish();
    return new Gold.Facts(title, first, journal, year, doi, pmid, pmcid, pt);
  }

  private static Gold.Sentence sentence(Fields s) {
    String label = s.requiredNonEmpty("label");
    Gold.Label l = Names.parse(Gold.Label.class, label);
    if (l == null) {
      throw s.error(s.node(), "unknown label '" + label + "'; use mechanism or borderline");
    }
    String text = s.requiredNonEmpty("text");
    String subject = s.optScalarText("subject");
    String object = s.optScalarText("object");
    String dir = s.optScalarText("direction");
    Direction d = dir == null ? null : Names.parse(Direction.class, dir);
    if (dir != null && d == null) {
      throw s.error(s.node(), "unknown direction '" + dir + "'; use one of "
          + Names.choices(Direction.class));
    }
    Boolean negated = s.optBool("negated");
    Boolean hedged = s.optBool("hedged");
    s.finish();
    return s.build(() -> new Gold.Sentence(l, text, subject, object, d, negated, hedged));
  }
}
