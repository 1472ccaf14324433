package dev.evident.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Names keeps each enum's wire spellings in tables made once; they must answer exactly what
 * making the strings each time answered, for the canonical spelling and for the loose ones
 * (case, spaces, underscores) a hand-edited file may hold.
 */
class NamesTest {
  private static String wireByHand(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> E parseByHand(Class<E> type, String wire) {
    if (wire == null) {
      return null;
    }
    String constant = wire.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(constant)) {
        return e;
      }
    }
    return null;
  }

  @Test
  void tablesAnswerWhatMakingTheStringsAnswers() {
    List<Class<? extends Enum<?>>> types = List.of(Design.class, Direction.class,
        LinkRelation.class, PublicationType.class, Relation.class, SeedFormat.class,
        Severity.class, Status.class, EvidentException.Kind.class);
    int checked = 0;
    for (Class<? extends Enum<?>> type : types) {
      for (Enum<?> e : type.getEnumConstants()) {
        assertEquals(wireByHand(e), Names.wire(e));
        List<String> inputs = new ArrayList<>(List.of(wireByHand(e), e.name(),
            " " + wireByHand(e) + " ", wireByHand(e).toUpperCase(Locale.ROOT),
            e.name().toLowerCase(Locale.ROOT), wireByHand(e) + "x", "", "-"));
        for (String in : inputs) {
          assertEquals(parse(type, in), parse2(type, in), type + " '" + in + "'");
          checked++;
        }
      }
    }
    assertEquals(null, Names.parse(Status.class, null));
    assertEquals(true, checked > 100);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(Class type, String in) {
    return parseByHand(type, in);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse2(Class type, String in) {
    return Names.parse(type, in);
  }
}
