package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.EvidentException;
import dev.evident.model.LinkRelation;
import dev.evident.model.Status;
import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewSessionTest {
  @TempDir
  Path dir;

  private List<String> ids;
  private ReviewSession session;

  @BeforeEach
  void setUp() {
    Review.create(dir);
    ids = Review.ids(dir);
    session = start(null);
  }

  private ReviewSession start(String where) {
    return new ReviewSession(new Repository(dir), where, new Who(dir, k -> null), "Tester");
  }

  private Claim claim(String id) {
    return Review.load(dir).claims().get(id);
  }

  private String file(String id) throws Exception {
    return Files.readString(dir.resolve(Review.load(dir).claimFiles().get(id)));
  }

  @Test
  void stepsThroughExtractedClaimsAndCounts() {
    assertEquals(ids, session.ids());
    assertEquals("[1/3] accepted 0 · rejected 0 · left 3", session.progress());
    assertEquals("accepted " + ids.get(0), session.accept());
    assertEquals(Status.ACCEPTED, claim(ids.get(0)).status());
    assertEquals("Tester", claim(ids.get(0)).decision().by());
    assertEquals(1, session.index(), "a decision moves on");
    assertEquals("rejected " + ids.get(1), session.reject("a definition"));
    assertEquals("a definition", claim(ids.get(1)).decision().reason());
    assertEquals("[3/3] accepted 1 · rejected 1 · left 1", session.progress());
    assertTrue(session.accept().endsWith("; that was the last claim"));
    assertEquals(2, session.index());
    assertFalse(session.next());
    assertTrue(session.previous());
    assertEquals("3 claims: accepted 2 · rejected 1 · left 0", session.summary());
    // a new session picks up only what is left
    assertTrue(start(null).isEmpty());
    assertEquals(3, start("status=accepted or status=rejected").size());
  }

  @Test
  void rejectNeedsAReasonAndWritesNothingWithout() throws Exception {
    String before = file(ids.get(0));
    EvidentException e = assertThrows(EvidentException.class, () -> session.reject(" "));
    assertTrue(e.getMessage().contains("needs a reason"), e.getMessage());
    assertEquals(before, file(ids.get(0)));
    assertEquals(0, session.index());
    assertFalse(session.canUndo());
  }

  @Test
  void tagEditLevelLinkStayOnTheClaim() {
    String a = ids.get(0);
    assertEquals("tagged " + a, session.tag("EMT"));
    assertTrue(claim(a).tags().contains("emt"));
    assertEquals("edited " + a, session.edit("ECM disruption induces invasion."));
    assertEquals("ECM disruption induces invasion.", claim(a).statement());
    assertTrue(claim(a).edited().contains("statement"));
    assertEquals(a + ": level 3", session.level(3, "cited mouse study"));
    assertEquals(3, claim(a).evidence().effectiveLevel());
    assertEquals(a + ": linked (contradicts)", session.link("contradicts", ids.get(2), "model"));
    assertEquals(LinkRelation.CONTRADICTS, claim(a).links().get(0).relation());
    assertEquals(0, session.index());
    assertThrows(EvidentException.class, () -> session.tag("no-such-tag"));
    assertThrows(EvidentException.class, () -> session.link("likes", ids.get(2), null));
    assertThrows(EvidentException.class, () -> session.level(9, "x"));
  }

  @Test
  void undoRestoresEachFileByteForByteInReverseOrder() throws Exception {
    String a = ids.get(0);
    String b = ids.get(1);
    String a0 = file(a);
    String b0 = file(b);
    session.tag("emt");
    String a1 = file(a);
    session.accept();
    session.reject("duplicate");
    assertEquals(2, session.index());
    assertEquals("undid reject on " + b, session.undo());
    assertEquals(b0, file(b));
    assertEquals(1, session.index(), "undo returns to the claim");
    assertEquals("undid accept on " + a, session.undo());
    assertEquals(a1, file(a));
    assertEquals(0, session.index());
    session.undo();
    assertEquals(a0, file(a));
    assertFalse(session.canUndo());
    EvidentException e = assertThrows(EvidentException.class, session::undo);
    assertEquals("nothing to undo", e.getMessage());
  }

  @Test
  void undoRefusesWhenTheFileChangedSince() throws Exception {
    String a = ids.get(0);
    session.accept();
    Path f = dir.resolve(Review.load(dir).claimFiles().get(a));
    String edited = Files.readString(f).replace("note: \"\"", "note: by hand");
    Files.writeString(f, edited);
    EvidentException e = assertThrows(EvidentException.class, session::undo);
    assertTrue(e.getMessage().contains("changed since this decision"), e.getMessage());
    assertEquals(edited, Files.readString(f), "the hand edit is kept");
    assertTrue(session.canUndo(), "the step stays for a later try");
  }

  @Test
  void cardShowsContextAndRelatedClaims() {
    String a = ids.get(0);
    String c = ids.get(2);
    session.link("supports", c, null);
    ReviewSession.Card card = session.card();
    assertEquals(a, card.claim().id());
    assertNotNull(card.context());
    assertTrue(card.context().quote().startsWith(card.claim().quote().substring(0, 20)));
    assertEquals(List.of(c), card.related().stream().map(RelatedClaims.Related::id).toList());
    assertEquals("supports", card.related().get(0).why());
    session.next();
    session.next();
    assertEquals("links here: supports", session.card().related().get(0).why());
  }

  @Test
  void contradictionsFromTheConflictDetectorAreShown() throws Exception {
    String a = ids.get(0);
    String b = ids.get(1);
    var files = Review.load(dir).claimFiles();
    Claim ca = claim(a);
    Claim cb = claim(b);
    dev.evident.model.Mechanism up = new dev.evident.model.Mechanism("the ECM stiffness",
        dev.evident.model.Relation.PROMOTES, "tumor cell invasion",
        dev.evident.model.Direction.INCREASES, false, false);
    Files.writeString(dir.resolve(files.get(a)), dev.evident.store.Codec.write(
        ca.toBuilder().mechanism(up).build()));
    Files.writeString(dir.resolve(files.get(b)), dev.evident.store.Codec.write(
        cb.toBuilder().mechanism(up.withRelation(dev.evident.model.Relation.INHIBITS)
            .withSubject("The  ECM stiffness")).build()));
    List<RelatedClaims.Related> related = start(null).card().related();
    assertEquals(1, related.size(), related::toString);
    assertEquals(b, related.get(0).id());
    assertTrue(related.get(0).why().startsWith("contradiction: "), related.get(0).why());
  }

  @Test
  void aClaimDeletedDuringTheSessionIsSkipped() throws Exception {
    Map<String, String> files = Review.load(dir).claimFiles();
    Files.delete(dir.resolve(files.get(ids.get(0))));
    assertEquals(ids.get(1), session.card().claim().id());
    assertEquals(2, session.size());
  }
}
