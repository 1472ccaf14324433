package dev.evident.app;

import dev.evident.model.Claim;
import dev.evident.model.Design;
import dev.evident.model.Direction;
import dev.evident.model.EvidentException;
import dev.evident.model.LinkRelation;
import dev.evident.model.Names;
import dev.evident.model.Relation;
import dev.evident.model.Status;
import dev.evident.model.Tag;
import dev.evident.query.Query;
import dev.evident.store.ClaimSet;
import dev.evident.store.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Completion candidates from the current repository: claim ids, tags, sources, and the pieces
 * of a {@code --where} expression. Shared by the shell's completer and the hidden
 * {@code evident __complete} command that the bash and zsh scripts call. Never throws for a
 * broken repository: completion offers what it can read.
 */
public final class Candidates {
  private final Repository repo;
  private ClaimSet set;

  public Candidates(Repository repo) {
    this.repo = repo;
  }

  /** Reads the repository again on the next call (the shell calls this before each prompt). */
  public void refresh() {
    set = null;
  }

  private ClaimSet set() {
    if (set == null) {
      try {
        set = repo.scan().set();
      } catch (EvidentException e) {
        set = new ClaimSet(dev.evident.model.Settings.defaults(), false, java.util.Map.of(),
            java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of());
      }
    }
    return set;
  }

  /** Every claim id, sorted. */
  public List<String> ids() {
    return List.copyOf(new TreeSet<>(set().claims().keySet()));
  }

  /** The vocabulary's tags and every tag used on a claim, sorted. */
  public List<String> tags() {
    TreeSet<String> out = new TreeSet<>();
    for (Tag t : set().settings().vocabulary().tags()) {
      out.add(t.name());
    }
    for (Claim c : set().claims().values()) {
      out.addAll(c.tags());
    }
    return List.copyOf(out);
  }

  /** Only the vocabulary's tags, sorted: what {@code tag add} accepts without --new. */
  public List<String> vocabulary() {
    TreeSet<String> out = new TreeSet<>();
    for (Tag t : set().settings().vocabulary().tags()) {
      out.add(t.name());
    }
    return List.copyOf(out);
  }

  /** Every source id, sorted. */
  public List<String> sources() {
    return List.copyOf(new TreeSet<>(set().sources().keySet()));
  }

  public static List<String> fields() {
    return Query.FIELDS;
  }

  public static List<String> linkRelations() {
    return wires(LinkRelation.class);
  }

  public static List<String> statuses() {
    return wires(Status.class);
  }

  private static <E extends Enum<E>> List<String> wires(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(Names.wire(e));
    }
    return out;
  }

  /**
   * Completions of a partly typed {@code --where} expression: each candidate is the whole
   * expression with its last word completed, so a completer can replace the word with it.
   * After {@code field=} (or another operator) the values of that field are offered where
   * they form a closed or known set; otherwise field names and {@code and}/{@code or}/
   * {@code not}.
   */
  public List<String> where(String partial) {
    String p = partial == null ? "" : partial;
    int start = p.length();
    while (start > 0 && " \t()".indexOf(p.charAt(start - 1)) < 0) {
      start--;
    }
    String head = p.substring(0, start);
    String word = p.substring(start);
    int op = 0;
    while (op < word.length() && "=!<>~".indexOf(word.charAt(op)) < 0) {
      op++;
    }
    List<String> out = new ArrayList<>();
    if (op < word.length()) {
      String field = word.substring(0, op).toLowerCase(Locale.ROOT);
      int valueAt = op;
      while (valueAt < word.length() && "=!<>~".indexOf(word.charAt(valueAt)) >= 0) {
        valueAt++;
      }
      String prefix = head + word.substring(0, valueAt);
      for (String v : values(field)) {
        out.add(prefix + v);
      }
    } else {
      for (String f : Query.FIELDS) {
        out.add(head + f);
      }
      if (!head.isBlank()) {
        for (String k : List.of("and", "or", "not")) {
          out.add(head + k);
        }
      }
    }
    String typed = p;
    out.removeIf(c -> !c.toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT)));
    return out;
  }

  /** The values a field can take, where there is a useful list of them. */
  public List<String> values(String field) {
    return switch (field) {
      case "id" -> ids();
      case "tag" -> tags();
      case "source" -> sources();
      case "status" -> statuses();
      case "link" -> linkRelations();
      case "relation" -> wires(Relation.class);
      case "direction" -> wires(Direction.class);
      case "design" -> wires(Design.class);
      case "hedged", "negated" -> List.of("true", "false");
      case "level" -> List.of("1", "2", "3", "4", "5", "6");
      default -> List.of();
    };
  }
}
