package dev.evident.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.app.CheckService;
import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.Diagnostic;
import dev.evident.model.Direction;
import dev.evident.model.Exemption;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Locator;
import dev.evident.model.Mechanism;
import dev.evident.model.ProblemCodes;
import dev.evident.model.Relation;
import dev.evident.model.Severity;
import dev.evident.model.Status;
import dev.evident.store.Codec;
import dev.evident.store.Repository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule has a case that trips it; the clean review it starts from trips none. */
class LintRulesTest {
  static final String A1 = "claims/chen-2025-ecm/chen-2025-ecm-a1.yaml";
  static final String A3 = "claims/chen-2025-ecm/chen-2025-ecm-a3.yaml";

  /** A small review with no findings at all. */
  static ReviewBuilder clean() {
    ReviewBuilder b = new ReviewBuilder()
        .seed("seeds/chen.txt", ReviewBuilder.CHEN).seed("seeds/li.txt", ReviewBuilder.LI)
        .source("chen-2025-ecm", "seeds/chen.txt", "10.1000/chen.2025",
            "Mechanisms of breast cancer metastasis: the role of extracellular matrix")
        .source("li-2023-hyp", "seeds/li.txt", null, "Hypoxia and the matrix");
    b.claim("chen-2025-ecm-a1", "chen-2025-ecm", "Hypoxia promotes angiogenesis.",
        "Hypoxia promotes angiogenesis in solid tumours.", "hypoxia", Relation.PROMOTES,
        "angiogenesis", false, Status.ACCEPTED, 5);
    b.claim("chen-2025-ecm-a3", "chen-2025-ecm", "EMT promotes metastasis of breast cancer cells.",
        "EMT promotes metastasis of breast cancer cells.", "EMT", Relation.PROMOTES,
        "metastasis", false, Status.EXTRACTED, 5);
    b.claim("li-2023-hyp-b4", "li-2023-hyp", "Lysyl oxidase promotes collagen crosslinking.",
        "Lysyl oxidase (LOX) promotes collagen crosslinking in the stroma.", "lysyl oxidase",
        Relation.PROMOTES, "collagen crosslinking", false, Status.EXTRACTED, 5);
    return b;
  }

  /** A way to break a clean review: first on the builder, then on the written files. */
  record Case(Rule rule, Consumer<ReviewBuilder> before, Consumer<Path> after) {}

  static Case files(Rule r, Consumer<Path> after) {
    return new Case(r, b -> { }, after);
  }

  static Case claims(Rule r, Consumer<ReviewBuilder> before) {
    return new Case(r, before, d -> { });
  }

  static Case claim(Rule r, String id, UnaryOperator<Claim> change) {
    return claims(r, b -> b.edit(id, change));
  }

  static void replace(Path dir, String rel, String from, String to) {
    try {
      Path p = dir.resolve(rel);
      String text = Files.readString(p, StandardCharsets.UTF_8);
      assertTrue(text.contains(from), rel + " lacks: " + from);
      Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void io(IoAction a) {
    try {
      a.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  interface IoAction {
    void run() throws IOException;
  }

  static Map<Rule, Case> cases() {
    Map<Rule, Case> m = new EnumMap<>(Rule.class);
    List<Case> all = List.of(
        // EV100 cannot be staged by a file as root; see unreadableFileIsReportedAndFlagged.
        files(Rule.INVALID_YAML, d -> io(() -> Files.writeString(d.resolve(A3),
            "id: [unclosed\n"))),
        files(Rule.NOT_CANONICAL, d -> replace(d, A3, "statement: EMT promotes",
            "statement:   EMT promotes")),
        files(Rule.UNKNOWN_FIELD, d -> replace(d, A3, "note: \"\"\n", "note: \"\"\ncolour: red\n")),
        files(Rule.MISSING_FIELD, d -> replace(d, A3,
            "statement: EMT promotes metastasis of breast cancer cells.\n", "")),
        files(Rule.WRONG_TYPE, d -> replace(d, A3, "note: \"\"", "note: [a, b]")),
        files(Rule.INVALID_VALUE, d -> replace(d, A3, "status: extracted", "status: maybe")),
        files(Rule.DUPLICATE_ID, d -> io(() -> Files.copy(d.resolve(A3),
            d.resolve("claims/chen-2025-ecm/chen-2025-ecm-a3x.yaml")))),
        files(Rule.FILE_NAME, d -> io(() -> Files.move(d.resolve(A3),
            d.resolve("claims/chen-2025-ecm/renamed.yaml")))),
        files(Rule.FOLDER_SOURCE, d -> io(() -> Files.move(d.resolve(A3),
            d.resolve("claims/li-2023-hyp/chen-2025-ecm-a3.yaml")))),
        files(Rule.SOURCE_MISSING, d -> io(() -> Files.delete(
            d.resolve("claims/chen-2025-ecm/source.yaml")))),
        claim(Rule.QUOTE_NOT_FOUND, "chen-2025-ecm-a3",
            c -> c.toBuilder().quote("EMT prevents metastasis entirely.").build()),
        claim(Rule.QUOTE_MOVED, "chen-2025-ecm-a3", c -> c.toBuilder()
            .locator(new Locator("Abstract", 0, 10, 1, 1)).build()),
        files(Rule.SEED_CHANGED, d -> io(() -> Files.writeString(d.resolve("seeds/chen.txt"),
            ReviewBuilder.CHEN + "A new closing line.\n"))),
        files(Rule.SEED_MISSING, d -> io(() -> Files.delete(d.resolve("seeds/li.txt")))),
        claim(Rule.UNKNOWN_TAG, "chen-2025-ecm-a3",
            c -> c.toBuilder().tags(List.of("emt", "no-such-tag")).build()),
        files(Rule.UNKNOWN_RELATION, d -> replace(d, A3, "relation: promotes",
            "relation: boosts")),
        files(Rule.UNKNOWN_LEVEL, d -> replace(d, A3, "  level: 5", "  level: 9")),
        claim(Rule.DIRECTION_MISMATCH, "chen-2025-ecm-a3", c -> c.toBuilder().mechanism(
            new Mechanism("EMT", Relation.PROMOTES, "metastasis", Direction.DECREASES, false,
                false)).build()),
        claim(Rule.INVISIBLE_TEXT, "chen-2025-ecm-a3", c -> c.toBuilder()
            .statement("EMT promotes meta\u200Dstasis of breast cancer cells.").build()),
        claim(Rule.NO_DECISION, "chen-2025-ecm-a3",
            c -> c.toBuilder().status(Status.ACCEPTED).build()),
        claim(Rule.REJECTED_NO_REASON, "chen-2025-ecm-a3", c -> c.toBuilder()
            .status(Status.REJECTED).decision(new Decision("Ada", "")).build()),
        claim(Rule.LINK_MISSING, "chen-2025-ecm-a3", c -> c.toBuilder().links(List.of(
            new Link(LinkRelation.SUPPORTS, "no-such-claim", "see there"))).build()),
        files(Rule.LEFTOVER, d -> io(() -> Files.writeString(
            d.resolve("claims/chen-2025-ecm/.evident-123.tmp"), "half"))),
        claim(Rule.BAD_EXEMPTION, "chen-2025-ecm-a3", c -> c.toBuilder().exempt(List.of(
            new Exemption("EV999", "no such rule"))).build()),
        claims(Rule.CONTRADICTION_ACCEPTED, b -> b.claim("li-2023-hyp-b1", "li-2023-hyp",
            "Hypoxia inhibits angiogenesis.", "Hypoxia inhibits angiogenesis in solid tumors.",
            "Hypoxia", Relation.INHIBITS, "angiogenesis", false, Status.ACCEPTED, 5)),
        claims(Rule.CONTRADICTION, b -> b.claim("li-2023-hyp-b1", "li-2023-hyp",
            "Hypoxia inhibits angiogenesis.", "Hypoxia inhibits angiogenesis in solid tumors.",
            "Hypoxia", Relation.INHIBITS, "angiogenesis", false, Status.EXTRACTED, 5)),
        claims(Rule.DUPLICATE_CLAIM, b -> b.claim("chen-2025-ecm-a5", "chen-2025-ecm",
            "EMT promotes breast cancer cell metastasis.",
            "EMT promotes metastasis of breast cancer cells.", "EMT", Relation.PROMOTES,
            "metastases", false, Status.EXTRACTED, 5)),
        claims(Rule.INCONSISTENT_EVIDENCE, b -> b.claim("chen-2025-ecm-a5", "chen-2025-ecm",
            "EMT promotes breast cancer cell metastasis.",
            "EMT promotes metastasis of breast cancer cells.", "EMT", Relation.PROMOTES,
            "metastases", false, Status.EXTRACTED, 3)));
    for (Case c : all) {
      m.put(c.rule(), c);
    }
    return m;
  }

  static LintResult lint(Path dir) {
    return new CheckService(new Repository(dir)).lint();
  }

  static List<String> codes(LintResult r) {
    return r.findings().stream().map(Diagnostic::code).toList();
  }

  @Test
  void theCleanReviewHasNoFindings(@TempDir Path dir) {
    LintResult r = lint(clean().write(dir));
    assertEquals(List.of(), r.findings(), () -> LintFormat.TEXT.render(r));
    assertFalse(r.fails(true));
  }

  @Test
  void everyRuleHasACase() {
    List<Rule> missing = new ArrayList<>();
    for (Rule r : Rule.values()) {
      if (r != Rule.UNREADABLE && !cases().containsKey(r)) {
        missing.add(r);
      }
    }
    assertEquals(List.of(), missing);
  }

  static Stream<Arguments> ruleCases() {
    return cases().values().stream().map(c -> Arguments.of(c.rule().code(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleCases")
  void eachCaseTripsItsRule(String code, Case c, @TempDir Path dir) {
    ReviewBuilder b = clean();
    c.before().accept(b);
    b.write(dir);
    c.after().accept(dir);
    LintResult r = lint(dir);
    assertTrue(codes(r).contains(code), () -> code + " expected in:\n"
        + LintFormat.TEXT.render(r));
    Diagnostic d = r.findings().stream().filter(x -> x.code().equals(code)).findFirst().get();
    assertEquals(c.rule().defaultSeverity(), d.severity());
    assertTrue(d.line() >= 1 && d.column() >= 1);
    assertEquals(r.findings().stream().sorted(Diagnostic.ORDER).toList(), r.findings());
    // Deterministic: a second run gives the same findings.
    assertEquals(r.findings(), lint(dir).findings());
  }

  @Test
  void findingsPointAtTheOffendingLine(@TempDir Path dir) {
    ReviewBuilder b = clean();
    b.edit("chen-2025-ecm-a3", c -> c.toBuilder().tags(List.of("emt", "bogus")).build());
    LintResult r = lint(b.write(dir));
    Diagnostic d = r.findings().get(0);
    assertEquals("EV301", d.code());
    assertEquals("  - bogus", d.context());
  }

  @Test
  void aMovedQuoteSaysWhereItIsNow(@TempDir Path dir) {
    ReviewBuilder b = clean();
    b.edit("chen-2025-ecm-a3", c -> c.toBuilder()
        .locator(new Locator("Abstract", 3, 13, 1, 4)).build());
    LintResult r = lint(b.write(dir));
    String m = r.findings().get(0).message();
    int at = ReviewBuilder.CHEN.indexOf("EMT promotes");
    assertTrue(m.contains("seeds/chen.txt:6:1 (start " + at + ")"), m);
    assertTrue(m.contains("nearby"), m);
  }

  @Test
  void quotesAreComparedAfterWhitespaceNormalization(@TempDir Path dir) {
    ReviewBuilder b = clean();
    b.seed("seeds/chen.txt", ReviewBuilder.CHEN.replace("EMT promotes metastasis",
        "EMT promotes\n   metastasis"));
    b.source("chen-2025-ecm", "seeds/chen.txt", "10.1000/chen.2025",
        "Mechanisms of breast cancer metastasis: the role of extracellular matrix");
    LintResult r = lint(b.write(dir));
    assertEquals(List.of(), r.findings(), () -> LintFormat.TEXT.render(r));
  }

  @Test
  void unreadableFileIsReportedAndFlagged() {
    ReviewBuilder b = clean();
    LintInput in = new LintInput(
        new dev.evident.store.ClaimSet(dev.evident.model.Settings.defaults(), false,
            Map.of(), Map.of(), Map.of(), Map.of(), Map.of()),
        List.of(new Diagnostic("claims/x/y.yaml", 0, 0, Severity.ERROR,
            ProblemCodes.UNREADABLE, "cannot read (permission denied)", null)),
        Map.of(), List.of());
    LintResult r = new Linter().run(in);
    assertTrue(r.unreadable());
    assertEquals("claims/x/y.yaml:1:1: error EV100 cannot read (permission denied)\n",
        LintFormat.TEXT.render(r));
  }

  @Test
  void storeProblemsAreClassified() {
    assertEquals(Rule.UNKNOWN_RELATION, Linter.Run.classify(new Diagnostic("p", 1, 1,
        Severity.ERROR, ProblemCodes.INVALID_VALUE, "'mechanism.relation' is 'x'; expected", null)));
    assertEquals(Rule.UNKNOWN_LEVEL, Linter.Run.classify(new Diagnostic("p", 1, 1,
        Severity.ERROR, ProblemCodes.INVALID_VALUE,
        "'evidence': evidence level must be 1 to 6, not 9", null)));
    assertEquals(Rule.INVALID_YAML, Linter.Run.classify(Diagnostic.error("p", 1, 1, "odd")));
    assertEquals(Rule.WRONG_TYPE, Linter.Run.classify(new Diagnostic("p", 1, 1,
        Severity.ERROR, ProblemCodes.WRONG_TYPE, "x", null)));
  }

  @Test
  void settingsRegradeAndDisableRulesAndExemptionsSilenceOneClaim(@TempDir Path dir)
      throws IOException {
    ReviewBuilder b = clean();
    b.edit("chen-2025-ecm-a3", c -> c.toBuilder().tags(List.of("bogus")).build());
    b.edit("chen-2025-ecm-a1", c -> c.toBuilder().tags(List.of("bogus")).exempt(List.of(
        new Exemption("EV301", "tag agreed with the editor"))).build());
    b.write(dir);
    assertEquals(List.of("EV301"), codes(lint(dir)));
    Files.writeString(dir.resolve("claims/evident.yaml"),
        dev.evident.store.Fixtures.vocabularyYaml() + "lint:\n  rules:\n    EV301: warning\n", StandardCharsets.UTF_8);
    LintResult w = lint(dir);
    assertEquals(Severity.WARNING, w.findings().get(0).severity());
    Files.writeString(dir.resolve("claims/evident.yaml"),
        dev.evident.store.Fixtures.vocabularyYaml() + "lint:\n  rules:\n    unknown-tag: \"off\"\n    EV777: error\n", StandardCharsets.UTF_8);
    assertEquals(List.of("EV405"), codes(lint(dir)));
  }

  @Test
  void invisibleCharactersInAStatementAreAWarningAndShownEscaped(@TempDir Path dir) {
    ReviewBuilder b = clean();
    b.edit("chen-2025-ecm-a1", c -> c.toBuilder()
        .statement("Hypoxia pro\u200Bmotes angiogenesis.").build());
    b.write(dir);
    LintResult r = lint(dir);
    assertEquals(List.of("EV305"), codes(r));
    assertTrue(r.findings().get(0).message().contains("U+200B at character 12"),
        r.findings().get(0).message());
    assertEquals("Hypoxia pro\\u200Bmotes", dev.evident.model.Safe.text(
        "Hypoxia pro\u200Bmotes"));
  }
}
