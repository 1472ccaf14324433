package dev.evident.store;

import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.Design;
import dev.evident.model.Direction;
import dev.evident.model.Entity;
import dev.evident.model.EvidentException;
import dev.evident.model.Evidence;
import dev.evident.model.Exemption;
import dev.evident.model.LevelDefinition;
import dev.evident.model.LevelOverride;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Locator;
import dev.evident.model.Mechanism;
import dev.evident.model.Names;
import dev.evident.model.PublicationType;
import dev.evident.model.Relation;
import dev.evident.model.SeedFormat;
import dev.evident.model.SeedRef;
import dev.evident.model.Settings;
import dev.evident.model.Severity;
import dev.evident.model.Source;
import dev.evident.model.SourceEdit;
import dev.evident.model.Status;
import dev.evident.model.Tag;
import dev.evident.model.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts claims, sources and settings to and from their canonical YAML text. Writing fixes
 * the key order and writes every field; reading is strict and reports the first problem with
 * its line and column. {@code write(read(write(x)))} equals {@code write(x)}.
 */
public final class Codec {
  private Codec() {}

  // ---------------------------------------------------------------- claims

  public static String write(Claim c) {
    Map<String, Object> tree = tree(c);
    checkReadable("claim '" + c.id() + "'", tree);
    String text = YamlWriter.write(tree);
    checkSize("claim '" + c.id() + "'", text);
    return text;
  }

  /**
   * Refuses to write what the reader would refuse: a value over the reader's limit on one
   * string. Nothing may write a file that evident cannot read back.
   */
  static void checkReadable(String what, Object value) {
    if (value instanceof String s && s.length() > YamlReader.MAX_STRING) {
      throw EvidentException.data("evident: error: " + what + " would hold a value of "
          + s.length() + " characters, over the " + YamlReader.MAX_STRING + " a claim or "
          + "source file may hold; nothing was written");
    } else if (value instanceof Map<?, ?> m) {
      for (Object v : m.values()) {
        checkReadable(what, v);
      }
    } else if (value instanceof List<?> l) {
      for (Object v : l) {
        checkReadable(what, v);
      }
    }
  }

  static void checkSize(String what, String text) {
    if (text.length() > YamlReader.MAX_FILE_CHARS) {
      throw EvidentException.data("evident: error: " + what + " would be " + text.length()
          + " characters, over the " + YamlReader.MAX_FILE_CHARS + " limit of a claim or "
          + "source file; nothing was written");
    }
  }

  /**
   * A claim as the ordered tree its file holds (maps keep key order; values are String,
   * Integer, Boolean, null, List or Map), for writers of other formats such as JSON.
   */
  public static Map<String, Object> tree(Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("source", c.source());
    m.put("statement", c.statement());
    m.put("quote", c.quote());
    Map<String, Object> loc = new LinkedHashMap<>();
    loc.put("section", c.locator().section());
    loc.put("start", c.locator().start());
    loc.put("end", c.locator().end());
    loc.put("line", c.locator().line());
    loc.put("column", c.locator().column());
    m.put("locator", loc);
    Mechanism mech = c.mechanism();
    Map<String, Object> mm = new LinkedHashMap<>();
    mm.put("subject", mech.subject());
    mm.put("relation", mech.relation().wire());
    mm.put("object", mech.object());
    mm.put("direction", mech.direction().wire());
    mm.put("hedged", mech.hedged());
    mm.put("negated", mech.negated());
    m.put("mechanism", mm);
    Evidence ev = c.evidence();
    Map<String, Object> em = new LinkedHashMap<>();
    em.put("level", ev.level());
    em.put("design", ev.design().wire());
    em.put("eco", ev.eco());
    em.put("basis", ev.basis());
    if (ev.override() == null) {
      em.put("override", null);
    } else {
      Map<String, Object> om = new LinkedHashMap<>();
      om.put("level", ev.override().level());
      om.put("reason", ev.override().reason());
      om.put("by", ev.override().by());
      em.put("override", om);
    }
    m.put("evidence", em);
    m.put("tags", c.tags());
    m.put("status", c.status().wire());
    if (c.decision() == null) {
      m.put("decision", null);
    } else {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("by", c.decision().by());
      dm.put("reason", c.decision().reason());
      m.put("decision", dm);
    }
    List<Object> links = new ArrayList<>();
    for (Link l : c.links()) {
      Map<String, Object> lm = new LinkedHashMap<>();
      lm.put("relation", l.relation().wire());
      lm.put("claim", l.claim());
      lm.put("note", l.note() == null ? "" : l.note());
      links.add(lm);
    }
    m.put("links", links);
    m.put("note", c.note());
    m.put("edited", c.edited());
    List<Object> ex = new ArrayList<>();
    for (Exemption e : c.exempt()) {
      Map<String, Object> xm = new LinkedHashMap<>();
      xm.put("rule", e.rule());
      xm.put("reason", e.reason());
      ex.add(xm);
    }
    m.put("exempt", ex);
    return m;
  }

  /**
   * Reads a claim file strictly. A file in canonical form (what {@link #write(Claim)} makes,
   * nearly every file) takes a fast path; it is accepted only when writing the claim read gives
   * back the same text, so the result is the one the strict reader would give. Anything else
   * goes through the strict reader and its positioned diagnostics.
   */
  public static Claim readClaim(String path, String text) {
    Claim c = readCanonicalClaim(path, text);
    return c != null ? c : readClaimStrict(path, text);
  }

  /**
   * The fast path alone: the claim when {@code text} is exactly what {@link #write(Claim)}
   * makes of it (so the file is in canonical form), otherwise null.
   */
  static Claim readCanonicalClaim(String path, String text) {
    return readCanonical(path, text, Codec::claim, Codec::write);
  }

  /** The fast path for any record: built from the canonical tree, kept if it writes back. */
  private static <T> T readCanonical(String path, String text,
      java.util.function.Function<Fields, T> build, java.util.function.Function<T, String> write) {
    YNode.YMap canonical = CanonicalYaml.read(text);
    if (canonical != null) {
      try {
        T value = build.apply(new Fields(path, text, canonical, ""));
        if (write.apply(value).equals(text)) {
          return value;
        }
      } catch (RuntimeException e) {
        // not acceptable as it stands: the strict path gives the precise diagnostic
      }
    }
    return null;
  }

  /** The strict reader alone (tests compare it with the fast path). */
  static Claim readClaimStrict(String path, String text) {
    return claim(Fields.root(path, text));
  }

  private static Claim claim(Fields f) {
    String id = f.requiredNonEmpty("id");
    String source = f.requiredNonEmpty("source");
    String statement = f.requiredNonEmpty("statement");
    String quote = f.requiredNonEmpty("quote");

    Fields lf = f.object("locator");
    Locator locator = lf.build(() -> new Locator(lf.optString("section"), lf.integer("start"),
        lf.integer("end"), lf.integer("line"), lf.integer("column")));
    lf.finish();

    Fields mf = f.object("mechanism");
    String subject = mf.requiredNonEmpty("subject");
    Relation relation = mf.enumValue("relation", Relation.class);
    String object = mf.requiredNonEmpty("object");
    Direction direction = mf.enumValue("direction", Direction.class);
    boolean hedged = mf.bool("hedged", false);
    boolean negated = mf.bool("negated", false);
    mf.finish();
    Mechanism mechanism = mf.build(
        () -> new Mechanism(subject, relation, object, direction, hedged, negated));

    Fields ef = f.object("evidence");
    int level = ef.integer("level");
    Design design = ef.enumValue("design", Design.class);
    String eco = ef.optString("eco");
    String basis = ef.requiredNonEmpty("basis");
    Fields of = ef.optObject("override");
    LevelOverride override = null;
    if (of != null) {
      int ol = of.integer("level");
      String reason = of.requiredNonEmpty("reason");
      String by = of.optString("by");
      of.finish();
      override = of.build(() -> new LevelOverride(ol, reason, by));
    }
    ef.finish();
    LevelOverride ov = override;
    Evidence evidence = ef.build(() -> new Evidence(level, design, eco, basis, ov));

    List<String> tags = f.strings("tags");
    Status status = f.has("status") ? f.enumValue("status", Status.class) : Status.EXTRACTED;
    Fields df = f.optObject("decision");
    Decision decision = null;
    if (df != null) {
      String by = df.requiredNonEmpty("by");
      String reason = df.optString("reason");
      df.finish();
      decision = df.build(() -> new Decision(by, reason));
    }
    List<Link> links = new ArrayList<>();
    for (Fields lk : f.objects("links")) {
      LinkRelation rel = lk.enumValue("relation", LinkRelation.class);
      String claim = lk.requiredNonEmpty("claim");
      String note = lk.text("note");
      lk.finish();
      links.add(lk.build(() -> new Link(rel, claim, note)));
    }
    String note = f.text("note");
    List<String> edited = f.strings("edited");
    List<Exemption> exempt = new ArrayList<>();
    for (Fields xf : f.objects("exempt")) {
      String rule = xf.requiredNonEmpty("rule");
      String reason = xf.requiredNonEmpty("reason");
      xf.finish();
      exempt.add(xf.build(() -> new Exemption(rule, reason)));
    }
    f.finish();
    Decision dec = decision;
    return f.build(() -> new Claim(id, source, statement, quote, locator, mechanism, evidence,
        tags, status, dec, links, note, edited, exempt));
  }

  // ---------------------------------------------------------------- sources

  public static String write(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    Map<String, Object> seed = new LinkedHashMap<>();
    seed.put("file", s.seed().file());
    seed.put("sha256", s.seed().sha256());
    seed.put("format", s.seed().format().wire());
    m.put("seed", seed);
    m.put("title", s.title());
    m.put("authors", s.authors());
    m.put("journal", s.journal());
    m.put("year", s.year());
    m.put("date", s.date());
    m.put("doi", s.doi());
    m.put("pmid", s.pmid());
    m.put("pmcid", s.pmcid());
    m.put("url", s.url());
    m.put("keywords", s.keywords());
    m.put("publication_type", s.publicationType() == null ? null : s.publicationType().wire());
    m.put("peer_reviewed", s.peerReviewed());
    List<Object> ents = new ArrayList<>();
    for (Entity e : s.entities()) {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("type", e.type());
      em.put("name", e.name());
      em.put("id", e.id());
      ents.add(em);
    }
    m.put("entities", ents);
    checkReadable("source '" + s.id() + "'", m);
    if (!s.edited().isEmpty()) {
      // written only when a curator corrected the record, so untouched records keep their form
      List<Object> edits = new ArrayList<>();
      for (SourceEdit e : s.edited()) {
        Map<String, Object> em = new LinkedHashMap<>();
        em.put("field", e.field());
        em.put("by", e.by());
        em.put("reason", e.reason());
        edits.add(em);
      }
      m.put("edited", edits);
    }
    return YamlWriter.write(m);
  }

  /** Reads a source file strictly, with the same canonical fast path as claims. */
  public static Source readSource(String path, String text) {
    Source s = readCanonicalSource(path, text);
    return s != null ? s : readSourceStrict(path, text);
  }

  /** The fast path alone: the source when {@code text} is in canonical form, else null. */
  static Source readCanonicalSource(String path, String text) {
    return readCanonical(path, text, Codec::source, Codec::write);
  }

  /** The strict reader alone (tests compare it with the fast path). */
  static Source readSourceStrict(String path, String text) {
    return source(Fields.root(path, text));
  }

  private static Source source(Fields f) {
    String id = f.requiredNonEmpty("id");
    Fields sf = f.object("seed");
    String file = sf.requiredNonEmpty("file");
    String sha = sf.requiredNonEmpty("sha256");
    SeedFormat format = sf.enumValue("format", SeedFormat.class);
    sf.finish();
    SeedRef seed = sf.build(() -> new SeedRef(file, sha, format));
    String title = f.optString("title");
    List<String> authors = f.strings("authors");
    String journal = f.optString("journal");
    Integer year = f.optInteger("year");
    String date = f.optString("date");
    String doi = f.optString("doi");
    String pmid = f.optString("pmid");
    String pmcid = f.optString("pmcid");
    String url = f.optString("url");
    List<String> keywords = f.strings("keywords");
    PublicationType type = f.optEnum("publication_type", PublicationType.class);
    Boolean peer = f.optBool("peer_reviewed");
    List<Entity> entities = new ArrayList<>();
    for (Fields ef : f.objects("entities")) {
      String et = ef.requiredNonEmpty("type");
      String en = ef.requiredNonEmpty("name");
      String eid = ef.optString("id");
      ef.finish();
      entities.add(ef.build(() -> new Entity(et, en, eid)));
    }
    List<SourceEdit> edited = new ArrayList<>();
    for (Fields ef : f.objects("edited")) {
      String field = ef.requiredNonEmpty("field");
      String by = ef.optString("by");
      String reason = ef.optString("reason");
      ef.finish();
      edited.add(ef.build(() -> new SourceEdit(field, by, reason)));
    }
    f.finish();
    return f.build(() -> new Source(id, seed, title, authors, journal, year, date, doi, pmid,
        pmcid, url, keywords, type, peer, entities, edited));
  }

  // ---------------------------------------------------------------- settings

  public static String write(Settings s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", 1);
    List<Object> tags = new ArrayList<>();
    for (Tag t : s.vocabulary().tags()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("name", t.name());
      tm.put("description", t.description());
      tm.put("synonyms", t.synonyms());
      tags.add(tm);
    }
    m.put("tags", tags);
    List<Object> levels = new ArrayList<>();
    for (LevelDefinition l : s.levels()) {
      Map<String, Object> lm = new LinkedHashMap<>();
      lm.put("level", l.level());
      lm.put("design", l.design());
      lm.put("eco", l.eco());
      lm.put("meaning", l.meaning());
      levels.add(lm);
    }
    Map<String, Object> ev = new LinkedHashMap<>();
    ev.put("levels", levels);
    m.put("evidence", ev);
    Map<String, Object> rules = new LinkedHashMap<>();
    s.lintRules().forEach((k, v) -> rules.put(k, v.wire()));
    Map<String, Object> lint = new LinkedHashMap<>();
    lint.put("rules", rules);
    m.put("lint", lint);
    return YamlWriter.write(m);
  }

  public static Settings readSettings(String path, String text) {
    Fields f = Fields.root(path, text);
    Integer version = f.optInteger("version");
    if (version != null && version != 1) {
      throw f.error(f.node(), "settings version " + version + " is newer than this evident");
    }
    List<Tag> tags = new ArrayList<>();
    for (Fields tf : f.objects("tags")) {
      String name = tf.requiredNonEmpty("name");
      String description = tf.text("description");
      List<String> synonyms = tf.strings("synonyms");
      tf.finish();
      tags.add(tf.build(() -> new Tag(name, description, synonyms)));
    }
    List<LevelDefinition> levels = new ArrayList<>();
    Fields ef = f.optObject("evidence");
    if (ef != null) {
      for (Fields lf : ef.objects("levels")) {
        int level = lf.integer("level");
        String design = lf.requiredNonEmpty("design");
        String eco = lf.optString("eco");
        String meaning = lf.text("meaning");
        lf.finish();
        levels.add(lf.build(() -> new LevelDefinition(level, design, eco, meaning)));
      }
      ef.finish();
    }
    Map<String, Severity> rules = new TreeMap<>();
    Fields lint = f.optObject("lint");
    if (lint != null) {
      Fields rf = lint.optObject("rules");
      if (rf != null) {
        for (String code : rf.keys()) {
          rules.put(code, rf.enumValue(code, Severity.class));
        }
        rf.finish();
      }
      lint.finish();
    }
    f.finish();
    Vocabulary vocabulary = f.has("tags") ? new Vocabulary(tags) : Vocabulary.defaults();
    return new Settings(vocabulary, levels, rules);
  }

  /** The wire name of an enum constant (for callers outside store that render fields). */
  public static String wire(Enum<?> e) {
    return Names.wire(e);
  }
}
