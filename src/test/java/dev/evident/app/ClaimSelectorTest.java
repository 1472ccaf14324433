package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.EvidentException;
import dev.evident.model.Settings;
import dev.evident.store.ClaimSet;
import dev.evident.store.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ClaimSelectorTest {
  private static ClaimSet set(String... ids) {
    Map<String, Claim> claims = new TreeMap<>();
    for (String id : ids) {
      claims.put(id, Fixtures.claim(id, "Statement of " + id + "."));
    }
    return new ClaimSet(Settings.defaults(), false, Map.of(), claims, Map.of(), Map.of(),
        Map.of());
  }

  private final ClaimSelector selector = new ClaimSelector(set("chen-2025-a-4f2a9c",
      "chen-2025-a-4f2b00", "chen-2025-a-77b0aa", "feng-2025-b-4f2a11", "feng-2025-b-9"));

  private static List<String> ids(List<Claim> cs) {
    return cs.stream().map(Claim::id).toList();
  }

  @Test
  void exactIdAndUniquePrefix() {
    assertEquals("chen-2025-a-77b0aa", selector.resolve("chen-2025-a-77b0aa"));
    assertEquals("chen-2025-a-77b0aa", selector.resolve("chen-2025-a-7"));
    assertEquals("chen-2025-a-77b0aa", selector.resolve("77b"), "hash part prefix");
  }

  @Test
  void exactIdWinsOverLongerIdsItPrefixes() {
    ClaimSelector s = new ClaimSelector(set("feng-2025-b-9", "feng-2025-b-9a"));
    assertEquals("feng-2025-b-9", s.resolve("feng-2025-b-9"));
  }

  @Test
  void ambiguousPrefixListsEveryCandidate() {
    EvidentException e = assertThrows(EvidentException.class, () -> selector.resolve("4f2"));
    assertEquals(EvidentException.Kind.USAGE, e.kind());
    assertEquals("4f2: error: id prefix is ambiguous; it matches 3 claims: chen-2025-a-4f2a9c, "
        + "chen-2025-a-4f2b00, feng-2025-b-4f2a11", e.getMessage());
    EvidentException f = assertThrows(EvidentException.class, () -> selector.resolve("chen"));
    assertTrue(f.getMessage().contains("matches 3 claims"), f.getMessage());
  }

  @Test
  void manyCandidatesAreCut() {
    String[] many = new String[14];
    for (int i = 0; i < many.length; i++) {
      many[i] = "s-" + String.format("%02d", i);
    }
    EvidentException e = assertThrows(EvidentException.class,
        () -> new ClaimSelector(set(many)).resolve("s"));
    assertTrue(e.getMessage().endsWith("s-09, and 4 more"), e.getMessage());
  }

  @Test
  void everyBadIdIsReportedAtOnce() {
    EvidentException e = assertThrows(EvidentException.class,
        () -> selector.claims(List.of("77b", "zzz", "4f2", "")));
    assertEquals(3, e.diagnostics().size());
    assertEquals("3 ids could not be resolved; nothing was changed", e.getMessage());
    assertEquals("zzz: error: no claim has this id or id prefix",
        e.diagnostics().get(0).format());
  }

  @Test
  void selectsSortedWithoutDuplicates() {
    assertEquals(List.of("chen-2025-a-4f2a9c", "chen-2025-a-77b0aa"),
        ids(selector.claims(List.of("77b", "4f2a9", "chen-2025-a-77b0aa"))));
  }

  @Test
  void whereAloneAndCombinedWithIds() {
    assertEquals(List.of("feng-2025-b-4f2a11", "feng-2025-b-9"),
        ids(selector.select(List.of(), "id~^feng")));
    assertEquals(List.of("feng-2025-b-4f2a11"),
        ids(selector.select(List.of("4f2a1", "77b"), "id~^feng")));
    assertEquals(5, selector.select(null, null).size());
  }

  @Test
  void whereSyntaxErrorIsAUsageErrorWithAColumn() {
    EvidentException e = assertThrows(EvidentException.class,
        () -> selector.select(List.of(), "tag=emt and"));
    assertEquals(EvidentException.Kind.USAGE, e.kind());
    assertEquals(12, e.diagnostics().get(0).column());
  }
}
