package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.cli.CliRunner;
import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.EvidentException;
import dev.evident.model.LevelOverride;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Relation;
import dev.evident.model.Status;
import dev.evident.store.ClaimSet;
import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurationServiceTest {
  @TempDir
  Path dir;

  private CurationService service;
  private String a;
  private String b;
  private String c;

  @BeforeEach
  void setUp() {
    Review.create(dir);
    service = new CurationService(new Repository(dir), new Who(dir, k -> null));
    List<String> ids = Review.ids(dir);
    assertEquals(3, ids.size());
    a = ids.get(0);
    b = ids.get(1);
    c = ids.get(2);
  }

  private Claim claim(String id) {
    return Review.load(dir).claims().get(id);
  }

  private static CurationService.Selection sel(String... ids) {
    return CurationService.Selection.of(ids);
  }

  private void assertCanonical() {
    assertEquals(List.of(), new FormatService(new Repository(dir)).run(true).files());
  }

  // ------------------------------------------------------------------ tags

  @Test
  void addTagToSeveralClaimsAndAgainIsANoOp() {
    CurationService.Outcome o = service.addTag(sel(a, b, c), "emt", null);
    assertEquals(List.of(a, b, c), o.changed());
    assertEquals(3, o.files().size());
    for (String id : List.of(a, b, c)) {
      assertTrue(claim(id).tags().contains("emt"));
    }
    assertCanonical();
    Map<String, String> before = CliRunner.snapshot(dir);
    CurationService.Outcome again = service.addTag(sel(a, b, c), "EMT", null);
    assertEquals(List.of(a, b, c), again.unchanged());
    assertEquals(List.of(), again.files());
    assertEquals(before, CliRunner.snapshot(dir));
  }

  @Test
  void addTagKeepsASortedListSorted() {
    String withThree = Review.load(dir).claims().values().stream()
        .filter(x -> x.tags().size() == 3).findFirst().orElseThrow().id();
    service.addTag(sel(withThree), "emt", null);
    assertEquals(List.of("ecm", "emt", "invasion", "migration"), claim(withThree).tags());
  }

  @Test
  void aSynonymNamesItsTag() {
    CurationService.Outcome o = service.addTag(sel(a), "Epithelial-Mesenchymal Transition",
        null);
    assertTrue(claim(a).tags().contains("emt"));
    assertEquals(List.of("'Epithelial-Mesenchymal Transition' is a synonym of tag 'emt'"),
        o.notes());
  }

  @Test
  void unknownTagIsRefusedWithTheClosestNames() {
    Map<String, String> before = CliRunner.snapshot(dir);
    EvidentException e = assertThrows(EvidentException.class,
        () -> service.addTag(sel(a), "emtt", null));
    assertEquals(EvidentException.Kind.USAGE, e.kind());
    assertEquals("unknown tag 'emtt'; closest known: emt, ctc, ecm; add it to the vocabulary "
        + "with --new", e.getMessage());
    assertEquals(before, CliRunner.snapshot(dir));
    assertEquals(List.of("angiogenesis"), CurationService.closest("angiogenic",
        Review.load(dir).settings().vocabulary(), 1));
  }

  @Test
  void newTagExtendsTheVocabularyInTheSameWrite() {
    assertFalse(Review.load(dir).settings().vocabulary().contains("anoikis"));
    CurationService.Outcome o = service.addTag(sel(a, b), "Anoikis",
        new CurationService.NewTag("detachment-induced cell death"));
    assertTrue(o.files().contains(Repository.SETTINGS));
    ClaimSet set = Review.load(dir);
    assertEquals("detachment-induced cell death",
        set.settings().vocabulary().find("anoikis").orElseThrow().description());
    assertTrue(set.settings().vocabulary().contains("emt"), "the vocabulary is kept");
    assertTrue(set.claims().get(a).tags().contains("anoikis"));
    assertCanonical();
    EvidentException bad = assertThrows(EvidentException.class,
        () -> service.addTag(sel(a), "no good", new CurationService.NewTag(null)));
    assertTrue(bad.getMessage().startsWith("cannot add tag 'no good'"), bad.getMessage());
  }

  @Test
  void oneBadIdChangesNothing() {
    Map<String, String> before = CliRunner.snapshot(dir);
    EvidentException e = assertThrows(EvidentException.class,
        () -> service.addTag(sel(a, "nope", b), "emt", null));
    assertEquals(EvidentException.Kind.USAGE, e.kind());
    assertThrows(EvidentException.class,
        () -> service.decide(sel(a, b, "0"), Status.ACCEPTED, null, "Ada"));
    assertEquals(before, CliRunner.snapshot(dir));
  }

  @Test
  void tagByQueryAndRemove() {
    CurationService.Outcome o = service.addTag(new CurationService.Selection(List.of(),
        "tag=ecm"), "signaling", null);
    assertEquals(2, o.changed().size());
    CurationService.Outcome r = service.removeTag(new CurationService.Selection(List.of(),
        "tag=signaling"), "signaling");
    assertEquals(o.changed(), r.changed());
    assertTrue(Review.load(dir).claims().values().stream()
        .noneMatch(x -> x.tags().contains("signaling")));
    assertThrows(EvidentException.class, () -> service.removeTag(sel(a), "nonsense"));
    assertThrows(EvidentException.class,
        () -> service.addTag(new CurationService.Selection(List.of(), null), "emt", null));
  }

  @Test
  void aTagOutsideTheVocabularyCanStillBeRemoved() throws Exception {
    Path file = dir.resolve(Review.load(dir).claimFiles().get(a));
    Files.writeString(file, Files.readString(file).replace("tags: []", "tags:\n  - legacy")
        .replace("tags:\n  - ecm\n", "tags:\n  - ecm\n  - legacy\n"));
    assertTrue(claim(a).tags().contains("legacy"));
    service.removeTag(sel(a), "legacy");
    assertFalse(claim(a).tags().contains("legacy"));
  }

  // ------------------------------------------------------------------ decisions

  @Test
  void acceptRejectAndBackToExtracted() {
    service.decide(sel(a, b), Status.ACCEPTED, null, "Ada");
    assertEquals(Status.ACCEPTED, claim(a).status());
    assertEquals(new Decision("Ada", null), claim(a).decision());
    EvidentException e = assertThrows(EvidentException.class,
        () -> service.decide(sel(c), Status.REJECTED, " ", "Ada"));
    assertEquals("a rejection needs a reason: --reason TEXT", e.getMessage());
    service.decide(sel(c), Status.REJECTED, "a definition, not a mechanism", "Bob");
    assertEquals(new Decision("Bob", "a definition, not a mechanism"), claim(c).decision());
    service.decide(sel(c), Status.NEEDS_REVISION, null, "Bob");
    assertEquals(Status.NEEDS_REVISION, claim(c).status());
    service.decide(sel(c), Status.EXTRACTED, null, null);
    assertEquals(Status.EXTRACTED, claim(c).status());
    assertNull(claim(c).decision());
    assertCanonical();
  }

  @Test
  void theCuratorComesFromGitWhenNotGiven() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(git("init", "-q"));
    assertTrue(git("config", "user.name", "Repo Person"));
    service.decide(sel(a), Status.ACCEPTED, null, null);
    assertEquals("Repo Person", claim(a).decision().by());
    assertEquals("Ada", new Who(dir).resolve("  Ada "));
    assertThrows(EvidentException.class, () -> new Who(dir).resolve(" "));
  }

  private boolean git(String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  // ------------------------------------------------------------------ levels

  @Test
  void overrideKeepsTheComputedLevelAndClears() {
    service.overrideLevel(a, 3, "cited study is a mouse model", "Ada");
    Claim x = claim(a);
    assertEquals(5, x.evidence().level());
    assertEquals(3, x.evidence().effectiveLevel());
    assertEquals(new LevelOverride(3, "cited study is a mouse model", "Ada"),
        x.evidence().override());
    assertThrows(EvidentException.class, () -> service.overrideLevel(a, 7, "x", "Ada"));
    assertThrows(EvidentException.class, () -> service.overrideLevel(a, 2, "", "Ada"));
    service.clearLevel(a);
    assertNull(claim(a).evidence().override());
    assertEquals(List.of(a), service.clearLevel(a).unchanged());
  }

  // ------------------------------------------------------------------ edits

  @Test
  void editRecordsFieldsAndNeverTouchesTheQuote() {
    Claim before = claim(a);
    service.edit(a, new CurationService.Edit("  ECM  disruption\n induces invasion. ", null,
        "inhibits", "invasion", "see figure 2"));
    Claim x = claim(a);
    assertEquals("ECM disruption induces invasion.", x.statement());
    assertEquals(Relation.INHIBITS, x.mechanism().relation());
    assertEquals(Relation.INHIBITS.direction(), x.mechanism().direction());
    assertEquals("invasion", x.mechanism().object());
    assertEquals(before.mechanism().subject(), x.mechanism().subject());
    assertEquals(before.quote(), x.quote());
    assertEquals("see figure 2", x.note());
    assertEquals(List.of("statement", "relation", "object"), x.edited());
    service.edit(a, new CurationService.Edit(null, "ECM disruption", null, null, null));
    assertEquals(List.of("statement", "subject", "relation", "object"), claim(a).edited());
    assertEquals(List.of(a), service.edit(a, new CurationService.Edit(null, "ECM disruption",
        null, null, null)).unchanged());
    assertThrows(EvidentException.class,
        () -> service.edit(a, new CurationService.Edit(null, null, null, null, null)));
    EvidentException e = assertThrows(EvidentException.class,
        () -> service.edit(a, new CurationService.Edit(null, null, "boosts", null, null)));
    assertTrue(e.getMessage().startsWith("unknown relation 'boosts'; relations are: causes"));
    assertThrows(EvidentException.class,
        () -> service.edit(a, new CurationService.Edit(" ", null, null, null, null)));
    assertCanonical();
  }

  // ------------------------------------------------------------------ links

  @Test
  void linkIsIdempotentAndUpdatesTheNote() {
    service.link(a, LinkRelation.SUPPORTS, b, "same review");
    service.link(a, LinkRelation.CONTRADICTS, c, null);
    assertEquals(List.of(new Link(LinkRelation.SUPPORTS, b, "same review"),
        new Link(LinkRelation.CONTRADICTS, c, "")), claim(a).links());
    assertEquals(List.of(a), service.link(a, LinkRelation.SUPPORTS, b, null).unchanged());
    service.link(a, LinkRelation.SUPPORTS, b, "same figure");
    assertEquals(new Link(LinkRelation.SUPPORTS, b, "same figure"), claim(a).links().get(0));
    assertEquals(2, claim(a).links().size());
    EvidentException self = assertThrows(EvidentException.class,
        () -> service.link(a, LinkRelation.SUPPORTS, a, null));
    assertTrue(self.getMessage().endsWith("a claim cannot be linked to itself"));
    assertThrows(EvidentException.class,
        () -> service.link(a, LinkRelation.SUPPORTS, "missing-claim", null));
    assertCanonical();
  }

  @Test
  void unlinkRemovesOnlyThatLinkAndRefusesAMissingOne() {
    service.link(a, LinkRelation.SUPPORTS, b, null);
    service.link(a, LinkRelation.REFINES, b, null);
    service.unlink(a, LinkRelation.SUPPORTS, b);
    assertEquals(List.of(new Link(LinkRelation.REFINES, b, "")), claim(a).links());
    EvidentException e = assertThrows(EvidentException.class,
        () -> service.unlink(a, LinkRelation.SUPPORTS, b));
    assertTrue(e.getMessage().contains("has no 'supports' link to " + b), e.getMessage());
  }

  @Test
  void aDanglingLinkCanBeRemoved() throws Exception {
    Path file = dir.resolve(Review.load(dir).claimFiles().get(a));
    Files.writeString(file, Files.readString(file).replace("links: []",
        "links:\n  - relation: duplicates\n    claim: gone-2020-x-000000\n    note: \"\""));
    service.unlink(a, LinkRelation.DUPLICATES, "gone-2020-x-000000");
    assertEquals(List.of(), claim(a).links());
  }

  // ------------------------------------------------------------------ re-parse

  @Test
  void aReparseKeepsEveryCuratedDecision() {
    service.addTag(sel(a), "emt", null);
    service.addTag(sel(b), "anoikis", new CurationService.NewTag("detachment death"));
    service.decide(sel(a), Status.ACCEPTED, "checked", "Ada");
    service.decide(sel(b), Status.REJECTED, "not a mechanism", "Ada");
    service.overrideLevel(c, 4, "cites [12]", "Ada");
    service.edit(c, new CurationService.Edit("Remodeling is required.", "remodeling",
        "promotes", null, "a note"));
    service.link(a, LinkRelation.SUPPORTS, c, "same review");
    ClaimSet curated = Review.load(dir);
    Map<String, String> before = CliRunner.snapshot(dir);

    ParseService.Result r = Review.parse(dir);

    assertEquals(3, r.claimCount());
    assertEquals(Map.of(), r.written(), "re-parse of an unchanged seed writes nothing");
    assertEquals(before, CliRunner.snapshot(dir));
    assertEquals(curated.claims(), Review.load(dir).claims());
    Claim x = claim(c);
    assertEquals("Remodeling is required.", x.statement());
    assertEquals(Relation.PROMOTES, x.mechanism().relation());
    assertEquals(4, x.evidence().effectiveLevel());
    assertEquals(5, x.evidence().level());
  }

  @Test
  void aReparseAfterTheSeedMovedKeepsDecisionsAndRefreshesTheLocator() throws Exception {
    service.decide(sel(a, b, c), Status.ACCEPTED, "checked", "Ada");
    service.edit(a, new CurationService.Edit("Edited.", null, null, null, null));
    ClaimSet curated = Review.load(dir);
    Path seed = dir.resolve("seeds").resolve(Review.SEED);
    String text = Files.readString(seed);
    int abs = text.indexOf("Abstract");
    Files.writeString(seed, text.substring(0, abs) + "An inserted line.\n\n" + text.substring(abs));

    ParseService.Result r = Review.parse(dir);

    assertFalse(r.written().isEmpty());
    ClaimSet after = Review.load(dir);
    assertEquals(curated.claims().keySet(), after.claims().keySet());
    for (Claim old : curated.claims().values()) {
      Claim now = after.claims().get(old.id());
      assertEquals(Status.ACCEPTED, now.status());
      assertEquals(old.decision(), now.decision());
      assertEquals(old.statement(), now.statement());
      assertTrue(now.locator().start() > old.locator().start(), "the locator moved");
    }
    assertEquals("Edited.", after.claims().get(a).statement());
    assertCanonical();
  }
}
