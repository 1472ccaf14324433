package dev.evident.export;

import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.Design;
import dev.evident.model.Evidence;
import dev.evident.model.LevelOverride;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Locator;
import dev.evident.model.Mechanism;
import dev.evident.model.PublicationType;
import dev.evident.model.Relation;
import dev.evident.model.SeedFormat;
import dev.evident.model.SeedRef;
import dev.evident.model.Settings;
import dev.evident.model.Source;
import dev.evident.model.Status;
import dev.evident.query.Query;
import dev.evident.store.ClaimSet;
import dev.evident.store.Codec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small review for export tests: three sources (one without DOI or authors, one with a DOI
 * full of Markdown and URL syntax) and claims that cover every status, an override, links, and
 * adversarial text (pipes, backslashes, newlines, HTML, leading '#', backticks, formulas).
 * {@link #main} writes it as a claims/ tree, which is how the golden case "sample" was made.
 */
public final class ExportFixtures {
  private ExportFixtures() {}

  /** Statements that try to break a Markdown table or a spreadsheet. */
  public static final List<String> ADVERSARIAL = List.of(
      "Pipes | split cells, and an escaped \\| too",
      "A line break\nin the middle\r\nand CR LF",
      "<script>alert('x')</script> & <b>bold</b> &amp; entities",
      "# Not a heading",
      "Backticks `code` and ``double`` and a trailing backslash \\",
      "=cmd|' /C calc'!A0",
      "- a list? + or * or 1. or 2) [link](http://x) ![img](y) *em* _em_ ~~del~~ $x$",
      "> quoted",
      "\\",
      "   leading and trailing spaces   ");

  public static List<Source> sources() {
    return List.of(
        new Source("chen-2025-ecm",
            new SeedRef("seeds/000_dd130d9692cbe8c3.txt", "0".repeat(64), SeedFormat.values()[0]),
            "Mechanisms of breast cancer metastasis: the role of extracellular matrix",
            List.of("Chen R"), "Mol Cell Biochem", 2025, null, "10.1007/s11010-024-05175-x",
            null, null, null, List.of("ECM"), PublicationType.REVIEW, true, List.of()),
        new Source("feng-1999-odd",
            new SeedRef("seeds/001_6bbb3427277500da.txt", "1".repeat(64), SeedFormat.values()[0]),
            "An odd | title with <html> and [brackets]",
            List.of("Feng Y", "Hu X"), "Cancer", 1999, null,
            "10.1002/(SICI)1097-0142(19990101)85:1<1::AID-CNCR1>3.0.CO;2-#",
            "12345678", null, null, List.of(), PublicationType.PRIMARY_RESEARCH, true, List.of()),
        new Source("qa-diabetes",
            new SeedRef("seeds/002_822b05bb69c45475.txt", "2".repeat(64), SeedFormat.values()[0]),
            "=HYPERLINK(\"http://evil.example\",\"click\")", List.of(), null, null, null, null,
            null, null, null, List.of(), PublicationType.WEB_QA, false, List.of()));
  }

  public static List<Claim> claims() {
    return List.of(
        claim("chen-2025-ecm-1a2b3c", "chen-2025-ecm",
            "Disruption of the ECM can induce migration and invasion of cancer cells.",
            "Disruption of the ECM can induce the migration and invasion of cancer cells.",
            Relation.INDUCES, true, Design.REVIEW_UNCITED, List.of("ecm", "invasion", "migration"))
            .toBuilder().status(Status.ACCEPTED).decision(new Decision("Ada", null)).build(),
        claim("chen-2025-ecm-2b3c4d", "chen-2025-ecm", "MMPs degrade the basement membrane.",
            "MMPs degrade the basement membrane [12].", Relation.DESTROYS, false,
            Design.REVIEW_CITED, List.of("ecm"))
            .toBuilder().status(Status.ACCEPTED)
            .evidence(new Evidence(4, Design.REVIEW_CITED, "ECO:0000304", "cited [12]",
                new LevelOverride(3, "reference 12 is a mouse study", "Ada")))
            .links(List.of(new Link(LinkRelation.CONTRADICTS, "feng-1999-odd-3c4d5e",
                "different model")))
            .build(),
        claim("feng-1999-odd-3c4d5e", "feng-1999-odd", "Hypoxia inhibits ECM degradation.",
            "Hypoxia inhibits ECM degradation in our mouse model.", Relation.INHIBITS, false,
            Design.PRIMARY_MODEL, List.of("ecm", "microenvironment")),
        claim("feng-1999-odd-4d5e6f", "feng-1999-odd", ADVERSARIAL.get(0) + " " + ADVERSARIAL.get(2),
            ADVERSARIAL.get(1), Relation.PROMOTES, false, Design.PRIMARY_HUMAN, List.of("emt"))
            .toBuilder().status(Status.REJECTED)
            .decision(new Decision("Ada", "=not a finding")).note(ADVERSARIAL.get(5)).build(),
        claim("feng-1999-odd-5e6f7a", "feng-1999-odd", ADVERSARIAL.get(3),
            "-2+3 cells " + ADVERSARIAL.get(4), Relation.REGULATES, true,
            Design.PRIMARY_HUMAN, List.of("emt", "signaling"))
            .toBuilder().status(Status.NEEDS_REVISION).note("@SUM(A1:A2)").build(),
        claim("qa-diabetes-6f7a8b", "qa-diabetes", ADVERSARIAL.get(5),
            "\tTab first " + ADVERSARIAL.get(7), Relation.ASSOCIATED_WITH, false,
            Design.UNREVIEWED_SUMMARY, List.of()),
        claim("qa-diabetes-7a8b9c", "qa-diabetes", "1. Insulin resistance promotes inflammation.",
            ADVERSARIAL.get(6) + " " + ADVERSARIAL.get(8) + ADVERSARIAL.get(9),
            Relation.PROMOTES, true, Design.UNREVIEWED_SUMMARY, List.of("inflammation"))
            .toBuilder().status(Status.ACCEPTED).build());
  }

  static Claim claim(String id, String source, String statement, String quote, Relation r,
      boolean hedged, Design design, List<String> tags) {
    return Claim.extracted(id, source, statement, quote, new Locator("Abstract", 100, 180, 7, 3),
        new Mechanism("subject of " + id, r, "object", r.direction(), hedged, false),
        new Evidence(design.level(), design, design.eco(), "basis of " + id, null), tags);
  }

  public static ClaimSet set() {
    Map<String, Source> sources = new TreeMap<>();
    sources().forEach(s -> sources.put(s.id(), s));
    Map<String, Claim> claims = new LinkedHashMap<>();
    claims().forEach(c -> claims.put(c.id(), c));
    return new ClaimSet(Settings.defaults(), false, sources, claims, Map.of(), Map.of(), Map.of());
  }

  public static Selection selection(String where) {
    return Selection.of(set(), Query.parse(where));
  }

  /** Writes the fixture as {@code <dir>/claims/...}: {@code java ... ExportFixtures DIR}. */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    for (Source s : sources()) {
      write(root.resolve(ClaimSet.sourcePath(s.id())), Codec.write(s));
    }
    for (Claim c : claims()) {
      write(root.resolve(ClaimSet.claimPath(c.source(), c.id())), Codec.write(c));
    }
  }

  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
