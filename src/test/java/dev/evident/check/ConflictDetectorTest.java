package dev.evident.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Relation;
import dev.evident.model.Source;
import dev.evident.model.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ConflictDetectorTest {

  private static Set<String> pairs(ConflictReport r) {
    Set<String> out = new TreeSet<>();
    for (Conflict c : r.conflicts()) {
      out.add(c.kind().wire() + " " + c.a().id() + " " + c.b().id()
          + (c.isProblem() ? (c.resolved() ? " resolved" : " unresolved")
              : " sources=" + c.independentSources()));
    }
    return out;
  }

  @Test
  void findsExactlyTheFixturesKnownConflicts() {
    ReviewBuilder b = ReviewBuilder.conflicts();
    ConflictReport r = new ConflictDetector().detect(b.claims().values(), b.sources());
    assertEquals(new TreeSet<>(Set.of(
        "contradiction chen-2025-ecm-a1 li-2023-hyp-b1 unresolved",
        "contradiction chen-2025-ecm-a4 li-2023-hyp-b4 unresolved",
        "contradiction feng-2024-epi-c2 li-2023-hyp-b2 unresolved",
        "contradiction feng-2024-epi-c3 li-2023-hyp-b3 resolved",
        "duplicate chen-2025-copy-d1 chen-2025-ecm-a2 unresolved",
        "inconsistent-evidence chen-2025-copy-d1 chen-2025-ecm-a2 unresolved",
        "corroboration chen-2025-ecm-a3 feng-2024-epi-c1 sources=2")), pairs(r));
    Conflict resolved = r.conflicts().stream().filter(Conflict::resolved).findFirst().get();
    assertEquals("different fibroblast subtypes; both stand", resolved.resolution());
    Conflict dup = r.conflicts().stream()
        .filter(c -> c.kind() == Conflict.Kind.DUPLICATE).findFirst().get();
    assertTrue(dup.why().contains("same paper (same DOI)"), dup.why());
    Conflict lox = r.conflicts().stream()
        .filter(c -> c.a().id().equals("chen-2025-ecm-a4")).findFirst().get();
    assertTrue(lox.why().contains("opposite directions"), lox.why());
  }

  @Test
  void aLinkWithoutANoteDoesNotResolve() {
    ReviewBuilder b = ReviewBuilder.conflicts();
    b.edit("li-2023-hyp-b3", c -> c.toBuilder().links(List.of(
        new Link(LinkRelation.CONTRADICTS, "feng-2024-epi-c3", " "))).build());
    ConflictReport r = new ConflictDetector().detect(b.claims().values(), b.sources());
    Conflict c = r.conflicts().stream()
        .filter(x -> x.b().id().equals("li-2023-hyp-b3")).findFirst().get();
    assertFalse(c.resolved());
    assertEquals("linked as contradicts but without a note", c.resolution());
  }

  @Test
  void aDuplicatesLinkWithANoteResolvesTheDuplicate() {
    ReviewBuilder b = ReviewBuilder.conflicts();
    b.edit("chen-2025-ecm-a2", c -> c.toBuilder().links(List.of(
        new Link(LinkRelation.DUPLICATES, "chen-2025-copy-d1", "same abstract, two seeds")))
        .build());
    ConflictReport r = new ConflictDetector().detect(b.claims().values(), b.sources());
    assertTrue(r.conflicts().stream().filter(c -> c.kind() == Conflict.Kind.DUPLICATE)
        .allMatch(Conflict::resolved));
  }

  @Test
  void rejectedClaimsTakeNoPart() {
    ReviewBuilder b = ReviewBuilder.conflicts();
    b.edit("li-2023-hyp-b1", c -> c.toBuilder().status(Status.REJECTED).build());
    ConflictReport r = new ConflictDetector().detect(b.claims().values(), b.sources());
    assertTrue(pairs(r).stream().noneMatch(p -> p.contains("li-2023-hyp-b1")));
  }

  @Test
  void theSamePaperQuotedTwiceIsOneSource() {
    ReviewBuilder b = ReviewBuilder.conflicts();
    // A third copy of the EMT statement, from the second seed of Chen's paper (same DOI).
    b.seed("seeds/chen-copy.txt", ReviewBuilder.CHEN_COPY
        + "EMT promotes metastasis of breast cancer cells.\n");
    b.source("chen-2025-copy", "seeds/chen-copy.txt", "10.1000/chen.2025", "Another title");
    b.claim("chen-2025-copy-d2", "chen-2025-copy", "EMT promotes metastasis of breast cancer cells.",
        "EMT promotes metastasis of breast cancer cells.", "EMT", Relation.PROMOTES,
        "metastasis", false, Status.EXTRACTED, 5);
    ConflictReport r = new ConflictDetector().detect(b.claims().values(), b.sources());
    Set<String> p = pairs(r);
    assertTrue(p.contains("duplicate chen-2025-copy-d2 chen-2025-ecm-a3 unresolved"), p.toString());
    assertTrue(p.contains("corroboration chen-2025-ecm-a3 feng-2024-epi-c1 sources=2"),
        p.toString());
    assertTrue(p.contains("corroboration chen-2025-copy-d2 feng-2024-epi-c1 sources=2"),
        p.toString());
  }

  @Test
  void papersMatchByDoiPmidPmcidOrTitle() {
    assertEquals("10.1/x", Papers.doi("https://doi.org/10.1/X"));
    assertEquals("10.1/x", Papers.doi("doi: 10.1/x"));
    assertEquals(Papers.title("The Role of ECM: a Review."), Papers.title("the role of ecm a review"));
    assertEquals(null, Papers.title("Short"));
  }

  /** A focused detection finds exactly the full detection's pairs that touch the focus. */
  @Test
  void focusedDetectionEqualsTheFullOneRestrictedToTheFocus() {
    Synthetic gen = new Synthetic(7);
    List<Claim> claims = new ArrayList<>(gen.claims(800));
    Map<String, Source> sources = gen.sources();
    java.util.Random random = new java.util.Random(11);
    for (double t : new double[] {0.5, 0.8, 1.0}) {
      for (int share : new int[] {1, 10, 50}) {
        Set<String> focus = new TreeSet<>();
        for (Claim c : claims) {
          if (random.nextInt(100) < share) {
            focus.add(c.id());
          }
        }
        ConflictDetector d = new ConflictDetector(t);
        Set<String> expected = new TreeSet<>();
        for (Conflict c : d.detect(claims, sources).conflicts()) {
          if (focus.contains(c.a().id()) || focus.contains(c.b().id())) {
            expected.add(c.kind() + " " + c.a().id() + " " + c.b().id() + " " + c.why());
          }
        }
        Set<String> focused = new TreeSet<>();
        ConflictReport r = d.detect(claims, sources, focus);
        for (Conflict c : r.conflicts()) {
          focused.add(c.kind() + " " + c.a().id() + " " + c.b().id() + " " + c.why());
        }
        assertEquals(expected, focused, "threshold " + t + ", " + share + "% focused");
        assertTrue(share == 50 || !expected.isEmpty() || t == 1.0, "data must hold conflicts");
      }
    }
  }

  /**
   * Blocking must find exactly what comparing every pair finds, on one thread (600 claims) and
   * with the join split across threads (from PARALLEL_FROM claims).
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {600, ConflictDetector.PARALLEL_FROM + 700})
  void prefixFilteringMissesNothingThatAllPairsFinds(int size) {
    Synthetic gen = new Synthetic(42);
    List<Claim> claims = new ArrayList<>(gen.claims(size));
    claims.sort((x, y) -> x.id().compareTo(y.id()));
    Map<String, Source> sources = gen.sources();
    double[] thresholds = size < ConflictDetector.PARALLEL_FROM ? new double[] {0.5, 0.7, 0.8, 1.0}
        : new double[] {0.7, 0.8};
    for (double t : thresholds) {
      ConflictDetector d = new ConflictDetector(t);
      ConflictReport fast = d.detect(claims, sources);
      Terms terms = Terms.learn(claims.stream().map(Claim::quote).toList());
      Set<String> brute = new TreeSet<>();
      List<Set<String>> tokens = new ArrayList<>();
      for (Claim c : claims) {
        tokens.add(new HashSet<>(terms.tokens(c.statement())));
      }
      for (int i = 0; i < claims.size(); i++) {
        for (int j = i + 1; j < claims.size(); j++) {
          Set<String> x = tokens.get(i);
          Set<String> y = tokens.get(j);
          int inter = 0;
          for (String w : x) {
            if (y.contains(w)) {
              inter++;
            }
          }
          int union = x.size() + y.size() - inter;
          if (union > 0 && (double) inter / union + 1e-9 >= t) {
            brute.add(claims.get(i).id() + " " + claims.get(j).id());
          }
        }
      }
      Set<String> found = new TreeSet<>();
      for (Conflict c : fast.conflicts()) {
        if (c.similarity() > 0) {
          found.add(c.a().id() + " " + c.b().id());
        }
      }
      Set<String> contradictionsBySimilarity = new TreeSet<>();
      for (Conflict c : fast.conflicts()) {
        if (c.kind() == Conflict.Kind.CONTRADICTION && c.similarity() == 0) {
          contradictionsBySimilarity.add(c.a().id() + " " + c.b().id());
        }
      }
      Set<String> expected = new TreeSet<>(brute);
      expected.removeAll(contradictionsBySimilarity); // already reported as contradictions
      Set<String> missed = new TreeSet<>(expected);
      missed.removeAll(found);
      Set<String> extra = new TreeSet<>(found);
      extra.removeAll(expected);
      assertEquals(Set.of(), missed, "threshold " + t + ": blocking missed pairs");
      assertEquals(Set.of(), extra, "threshold " + t + ": pairs below the threshold");
      assertTrue(t == 1.0 || expected.size() > 10, "the synthetic data must hold similar pairs");
      assertTrue(fast.compared() < (long) claims.size() * (claims.size() - 1) / 2);
    }
  }

  @Test
  void thresholdMustBeAProportion() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new ConflictDetector(0));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new ConflictDetector(1.5));
  }
}
