package dev.evident.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.Source;
import dev.evident.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A diff runs the detector on both sides of a change with one {@link ConflictDetector.Memory}:
 * each run must answer exactly what a run without memory answers, including when the second
 * side learns other abbreviations from its quotes (the memory must then be dropped).
 */
class DetectorMemoryTest {
  private static List<String> answer(ConflictReport r) {
    List<String> out = new ArrayList<>();
    for (Conflict c : r.conflicts()) {
      out.add(c.kind() + " " + c.a().id() + " " + c.b().id() + " " + c.why() + " "
          + c.resolved() + " " + c.independentSources());
    }
    out.add("compared " + r.compared());
    return out;
  }

  @Test
  void memoryNeverChangesTheAnswer() {
    Synthetic gen = new Synthetic(5);
    List<Claim> base = new ArrayList<>(gen.claims(700));
    Map<String, Source> sources = gen.sources();
    // Two statements that are the same once TVG is known as "tumor vessel growth".
    base.set(1, base.get(1).toBuilder().status(Status.EXTRACTED)
        .statement("TVG drives invasion of breast tumors strongly").build());
    base.set(2, base.get(2).toBuilder().status(Status.EXTRACTED)
        .statement("Tumor vessel growth drives invasion of breast tumors strongly").build());
    Random random = new Random(3);
    ConflictDetector d = new ConflictDetector();
    ConflictDetector.Memory memory = new ConflictDetector.Memory();
    int found = 0;
    for (int round = 0; round < 6; round++) {
      // The other side: most claims the same objects, some edited, rejected or dropped, and
      // in odd rounds a quote that defines a new abbreviation used in statements.
      List<Claim> side = new ArrayList<>();
      Set<String> focus = new TreeSet<>();
      for (Claim c : base) {
        int r = random.nextInt(100);
        if (c == base.get(1) || c == base.get(2)) {
          side.add(c);
          continue;
        }
        if (r < 3) {
          focus.add(c.id());
          continue;
        }
        if (r < 6) {
          focus.add(c.id());
          side.add(c.toBuilder().status(Status.REJECTED).build());
        } else if (r < 10) {
          focus.add(c.id());
          side.add(c.toBuilder().statement(c.statement() + " in vivo").build());
        } else {
          side.add(c);
        }
      }
      if (round % 2 == 1) {
        Claim c = side.get(0);
        focus.add(c.id());
        side.set(0, c.toBuilder().quote("Cancer associated fibroblasts (CAF) and the "
            + "pre metastatic niche (PMN) with tumor vessel growth (TVG) here").build());
      }
      for (Set<String> f : java.util.Arrays.asList(focus, null)) {
        List<String> expected = answer(d.detect(side, sources, f));
        assertEquals(expected, answer(d.detect(side, sources, f, memory)), "round " + round);
        // and again on the unchanged base, as a diff's other side
        assertEquals(answer(d.detect(base, sources, f)),
            answer(d.detect(base, sources, f, memory)), "round " + round + ", base");
        found += expected.size() - 1;
      }
    }
    assertTrue(found > 20, "the data must hold conflicts: " + found);
  }
}
