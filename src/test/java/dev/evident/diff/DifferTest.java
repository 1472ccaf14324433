package dev.evident.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.Relation;
import dev.evident.model.Status;
import dev.evident.query.Query;
import dev.evident.store.ClaimSet;
import dev.evident.store.ClaimTree;
import dev.evident.store.Codec;
import dev.evident.store.Repository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison, the default conflict finder, the store reader and Markdown escaping. */
class DifferTest {
  static ClaimSet set(Claim... claims) {
    Map<String, byte[]> files = new TreeMap<>();
    for (Claim c : claims) {
      files.put(ClaimSet.claimPath(c.source(), c.id()),
          Codec.write(c).getBytes(StandardCharsets.UTF_8));
    }
    Repository.Scan s = ClaimTree.parse(files, "", new ClaimTree.Cache());
    assertEquals(List.of(), s.problems());
    return s.set();
  }

  static Claim claim(String id, String statement, String subject, Relation rel, String object) {
    return GitRepo.claim(id, "src-2025", statement, subject, rel, object);
  }

  @Test
  void contradictionNeedsSameNormalizedSubjectObjectAndOppositeDirections() {
    SimpleConflictFinder f = new SimpleConflictFinder();
    Claim up = claim("a-1", "X raises Y.", "X", Relation.INCREASES, "Y");
    Claim down = claim("a-2", "X lowers Y.", " x ", Relation.REDUCES, "y.");
    Claim other = claim("a-3", "X regulates Y.", "X", Relation.REGULATES, "Y");
    assertEquals(Set.of(new Conflict(Conflict.Kind.CONTRADICTION, "a-1", "a-2")),
        f.find(List.of(up, down, other)));
    Claim rejected = down.toBuilder().status(Status.REJECTED).build();
    assertEquals(Set.of(), f.find(List.of(up, rejected, other)));
  }

  @Test
  void duplicateIsTheSameNormalizedStatement() {
    SimpleConflictFinder f = new SimpleConflictFinder();
    Claim a = claim("a-1", "Hypoxia promotes angiogenesis.", "a", Relation.CAUSES, "b");
    Claim b = claim("a-2", "hypoxia\n promotes  angiogenesis", "c", Relation.CAUSES, "d");
    Claim c = claim("a-3", "Hypoxia does not promote angiogenesis.", "e", Relation.CAUSES, "f");
    assertEquals(Set.of(new Conflict(Conflict.Kind.DUPLICATE, "a-1", "a-2")),
        f.find(List.of(a, b, c)));
  }

  @Test
  void onlyConflictsAbsentBeforeAreNewAndTheFinderIsReplaceable() {
    Claim a = claim("a-1", "X raises Y.", "X", Relation.INCREASES, "Y");
    Claim b = claim("a-2", "X lowers Y.", "X", Relation.REDUCES, "Y");
    Claim c = claim("a-3", "X also lowers Y.", "X", Relation.REDUCES, "Y");
    DiffResult r = new Differ(new SimpleConflictFinder()).compare("old", set(a, b), "new",
        set(a, b, c), Query.all());
    assertEquals(List.of(new Conflict(Conflict.Kind.CONTRADICTION, "a-1", "a-3")),
        r.newConflicts());
    ConflictFinder none = claims -> Set.of();
    assertTrue(new Differ(none).compare("old", set(a, b), "new", set(a, b, c), Query.all())
        .newConflicts().isEmpty());
  }

  @Test
  void identicalSetsHaveNoChangesAndTagOrderAloneIsReported() {
    Claim a = claim("a-1", "X raises Y.", "X", Relation.INCREASES, "Y");
    assertTrue(new Differ(new SimpleConflictFinder()).compare("o", set(a), "n", set(a),
        Query.all()).isEmpty());
    Claim reordered = a.toBuilder().tags(List.of("microenvironment", "angiogenesis")).build();
    List<FieldChange> f = Differ.fields(a, reordered);
    assertEquals(1, f.size());
    assertEquals("tags", f.get(0).field());
  }

  @Test
  void claimTreeReadsAFolderAsRepositoryScanDoes(@TempDir Path dir) {
    GitRepo r = DiffGoldenTest.base(dir);
    r.write("claims/.hidden/x.yaml", "junk");
    r.write("claims/chen-2025-breast/notes.txt", "junk");
    r.write("claims/chen-2025-breast/deeper/x.yaml", "junk");
    r.write("claims/evident.yaml", Codec.write(dev.evident.model.Settings.defaults()));
    Repository.Scan disk = new Repository(dir).scan();
    Repository.Scan tree = ClaimTree.parse(ClaimTree.readFolder(dir), "",
        new ClaimTree.Cache());
    assertEquals(disk.problems(), tree.problems());
    assertEquals(disk.set(), tree.set());
  }

  @Test
  void markdownContentCannotInjectHtmlLinksOrMentions() {
    String evil = "<img src=x onerror=alert(1)> [a](javascript:alert(1)) @octocat #1 **b** "
        + "`c` | d\n- e\n# f &amp; \\";
    String md = "| x |\n|--|\n| " + MarkdownReport.md(evil) + " |\n\n" + MarkdownReport.md(evil)
        + "\n";
    Parser p = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    Node doc = p.parse(md);
    String html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
        .render(doc);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<a "), html);
    assertFalse(html.contains("<strong>"), html);
    assertFalse(html.contains("<code>"), html);
    assertFalse(html.contains("<li>"), html);
    assertFalse(html.contains("<h1>"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    // the table still has exactly one cell per row: the pipe did not split it
    assertEquals(3, html.split("<td>|<th>", -1).length, html);  // one header, one cell
    assertFalse(md.contains("@octocat"));
    assertTrue(html.contains("&amp;amp;"), html);
    assertEquals("\\- item", MarkdownReport.md("- item"));
    assertEquals("1\\. item", MarkdownReport.md("1. item"));
    assertEquals("—", MarkdownReport.md(""));
  }

  @Test
  void jsonStringsEscapeControlAndBidiCharacters() {
    assertEquals("\"a\\\"b\\\\c\\n\\u001b\\u202e\"", JsonReport.str("a\"b\\c\n\u001b\u202e"));
  }
}
