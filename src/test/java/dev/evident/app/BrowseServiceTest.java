package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.Status;
import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowseServiceTest {
  @TempDir
  Path dir;

  private BrowseService browse;

  @BeforeEach
  void setUp() {
    Review.create(dir);
    browse = new BrowseService(new Repository(dir));
  }

  private String idWithTags(int n) {
    return Review.load(dir).claims().values().stream().filter(c -> c.tags().size() == n)
        .findFirst().orElseThrow().id();
  }

  @Test
  void showsTheQuoteInItsParagraph() {
    String id = idWithTags(3);
    BrowseService.View v = browse.show(id.substring(id.lastIndexOf('-') + 1, id.length() - 1));
    Claim c = v.row().claim();
    assertEquals(id, c.id());
    assertEquals(List.of(), v.warnings());
    BrowseService.Context ctx = v.context();
    assertEquals(c.quote(), ctx.quote());
    assertEquals("seeds/" + Review.SEED, ctx.seedFile());
    assertEquals(c.locator().line(), ctx.line());
    assertEquals(c.locator().column(), ctx.column());
    assertTrue(ctx.before().endsWith("modulate cellular behaviors."), ctx.before());
    assertTrue(ctx.after().startsWith("Metastasis is a leading cause"), ctx.after());
    assertTrue(ctx.after().endsWith("…"), "cut inside the paragraph");
    assertEquals("claims/" + c.source() + "/" + id + ".yaml", v.row().file());
  }

  @Test
  void aQandAAnswerWithEscapedBreaksShowsOnlyItsOwnParagraph(@TempDir Path qa) throws Exception {
    java.nio.file.Files.createDirectories(qa.resolve("seeds"));
    java.nio.file.Files.copy(Path.of("seeds/004_9db4160c34acba80.txt"),
        qa.resolve("seeds/qa.txt"));
    new ParseService(new Repository(qa)).run(new ParseService.Request(List.of(), false, false));
    BrowseService b = new BrowseService(new Repository(qa));
    for (Claim c : new Repository(qa).load().claimList()) {
      BrowseService.Context ctx = b.show(c.id()).context();
      assertTrue(!ctx.before().contains("\\n") && !ctx.after().contains("\\n"),
          c.id() + ": " + ctx.before() + " | " + ctx.after());
    }
  }

  @Test
  void aChangedOrMissingSeedIsAWarning() throws Exception {
    String id = idWithTags(3);
    Path seed = dir.resolve("seeds").resolve(Review.SEED);
    Files.writeString(seed, "Something else entirely.\n" + Files.readString(seed));
    BrowseService.View v = browse.show(id);
    assertNull(v.context());
    assertTrue(v.warnings().get(0).format().startsWith("seeds/" + Review.SEED
        + ": warning: the quote of " + id + " is no longer at its locator"),
        v.warnings().get(0).format());
    Files.delete(seed);
    assertTrue(browse.show(id).warnings().get(0).message().contains("no such file"));
  }

  @Test
  void statsCountEveryStatusAndLevel() {
    String id = idWithTags(3);
    new CurationService(new Repository(dir)).overrideLevel(id, 2, "human tissue", "Ada");
    new CurationService(new Repository(dir)).decide(CurationService.Selection.of(id),
        Status.ACCEPTED, null, "Ada");
    BrowseService.Stats s = browse.stats(null);
    assertEquals(3, s.claims());
    assertEquals(1, s.byStatus().get(Status.ACCEPTED));
    assertEquals(2, s.byStatus().get(Status.EXTRACTED));
    assertEquals(0, s.byStatus().get(Status.REJECTED));
    assertEquals(1, s.byLevel().get(2));
    assertEquals(2, s.byLevel().get(5));
    assertEquals(6, s.byLevel().size());
    assertEquals(1, s.overridden());
    assertEquals(1, s.untagged());
    assertEquals(2, s.byTag().get("ecm"));
    assertEquals(1, browse.stats("status=accepted").claims());
  }

  @Test
  void tagsListTheVocabularyThenUndeclaredTags() throws Exception {
    String id = idWithTags(1);
    Path file = dir.resolve(Review.load(dir).claimFiles().get(id));
    Files.writeString(file, Files.readString(file).replace("  - ecm\n", "  - ecm\n  - zeta\n"));
    List<BrowseService.TagUse> tags = browse.tags();
    assertEquals("emt", tags.get(0).name());
    assertEquals(new BrowseService.TagUse("zeta", "", 1, false), tags.get(tags.size() - 1));
    assertEquals(2, tags.stream().filter(t -> t.name().equals("ecm")).findFirst().orElseThrow()
        .count());
  }

  @Test
  void listFilters() {
    assertEquals(3, browse.list(null).size());
    assertEquals(2, browse.list("tag=ecm").size());
    assertEquals(0, browse.list("level<5").size());
  }
}
