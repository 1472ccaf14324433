package dev.evident.check;

import dev.evident.model.Claim;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Mechanism;
import dev.evident.model.Source;
import dev.evident.model.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds contradictions, duplicates, inconsistent evidence levels and corroborations among
 * claims without comparing every pair. Contradictions are looked for only among claims whose
 * normalized subject and object are the same (one hash lookup each). Near-identical statements
 * are found with prefix filtering ("all pairs" similarity join): each statement's words are
 * ordered rarest first, and two statements with a token-set similarity of at least t must share
 * a word among the first |x| - ceil(t|x|) + 1 of either; only those pairs are compared. Rejected
 * claims take no part.
 */
public final class ConflictDetector {
  /** Token-set (Jaccard) similarity from which two statements count as the same statement. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  private final double threshold;

  public ConflictDetector(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("similarity threshold must be in (0, 1], not "
          + threshold);
    }
    this.threshold = threshold;
  }

  public ConflictDetector() {
    this(DEFAULT_THRESHOLD);
  }

  /** All pairs found, sorted by kind then claim ids; claims are visited in id order. */
  public ConflictReport detect(Collection<Claim> all, Map<String, Source> sources) {
    return detect(all, sources, null);
  }

  /**
   * Like {@link #detect(Collection, Map)}, but reports only pairs with at least one claim whose
   * id is in {@code focus} (all pairs when null), and compares only such pairs: a diff asks
   * about the claims a change touched, in time that grows with the change, not the review.
   */
  public ConflictReport detect(Collection<Claim> all, Map<String, Source> sources,
      Set<String> focus) {
    return detect(all, sources, focus, null);
  }

  /**
   * What one run learnt about each claim, for a later run over mostly the same claim objects:
   * a diff runs the detector on both sides of a change, which share all but the changed claims.
   * A claim object met again, under the same abbreviations, has the same normalized subject,
   * object and statement words, so they are not worked out twice. Not safe to share between
   * threads.
   */
  public static final class Memory {
    private Terms terms;
    private final Map<Claim, Keys> keys = new IdentityHashMap<>();
  }

  private record Keys(String subject, String object, List<String> tokens) {}

  /**
   * Like {@link #detect(Collection, Map, Set)}, reusing and extending {@code memory} (none when
   * null). The answer is the same with or without it.
   */
  public ConflictReport detect(Collection<Claim> all, Map<String, Source> sources,
      Set<String> focus, Memory memory) {
    List<Claim> claims = new ArrayList<>();
    for (Claim c : all) {
      if (c.status() != Status.REJECTED) {
        claims.add(c);
      }
    }
    claims.sort((x, y) -> x.id().compareTo(y.id()));
    int n = claims.size();
    List<String> quotes = new ArrayList<>(n);
    for (Claim c : claims) {
      quotes.add(c.quote());
    }
    Terms learnt = Terms.learn(quotes);
    Map<Claim, Keys> memo = null;
    if (memory != null) {
      if (memory.terms == null || !memory.terms.sameAbbreviations(learnt)) {
        memory.terms = learnt;
        memory.keys.clear();
      } // else: the same normalization, with its caches already filled
      memo = memory.keys;
    }
    Terms terms = memory != null ? memory.terms : learnt;
    Papers papers = new Papers(sources);

    String[] subject = new String[n];
    String[] object = new String[n];
    String[] paper = new String[n];
    List<List<String>> words = new ArrayList<>(java.util.Collections.nCopies(n, null));
    boolean[] known = new boolean[n];
    if (memo != null) {
      for (int i = 0; i < n; i++) {
        Keys k = memo.get(claims.get(i));
        if (k != null) {
          subject[i] = k.subject();
          object[i] = k.object();
          words.set(i, k.tokens());
          known[i] = true;
        }
      }
    }
    // Normalizing words is most of the per-claim work and independent per claim: every core.
    java.util.stream.IntStream range = java.util.stream.IntStream.range(0, n);
    (n >= PARALLEL_FROM ? range.parallel() : range).forEach(i -> {
      if (known[i]) {
        return;
      }
      Claim c = claims.get(i);
      subject[i] = terms.entityKey(c.mechanism().subject());
      object[i] = terms.entityKey(c.mechanism().object());
      words.set(i, terms.tokens(c.statement()));
    });
    if (memo != null) {
      for (int i = 0; i < n; i++) {
        if (!known[i]) {
          memo.put(claims.get(i), new Keys(subject[i], object[i], words.get(i)));
        }
      }
    }
    Map<String, Integer> dictionary = new HashMap<>();
    int[][] tokens = new int[n][];
    List<Integer> df = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Claim c = claims.get(i);
      paper[i] = papers.paper(c.source());
      Set<Integer> ids = new HashSet<>();
      for (String t : words.get(i)) {
        Integer id = dictionary.get(t);
        if (id == null) {
          id = dictionary.size();
          dictionary.put(t, id);
          df.add(0);
        }
        if (ids.add(id)) {
          df.set(id, df.get(id) + 1);
        }
      }
      tokens[i] = ids.stream().mapToInt(Integer::intValue).toArray();
    }

    Map<Long, Conflict.Kind> seen = new HashMap<>();
    List<Conflict> out = new ArrayList<>();
    boolean[] focused = null;
    if (focus != null) {
      focused = new boolean[n];
      for (int i = 0; i < n; i++) {
        focused[i] = focus.contains(claims.get(i).id());
      }
    }
    long compared = contradictions(claims, subject, object, seen, out, papers, focused);
    compared += focused == null ? similar(claims, tokens, df, paper, seen, out, papers)
        : similarTo(focused, claims, tokens, df, paper, seen, out, papers);

    int[] component = components(n, out, claims);
    Map<Integer, Set<String>> papersOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      papersOf.computeIfAbsent(component[i], k -> new HashSet<>()).add(paper[i]);
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(claims.get(i).id(), i);
    }
    List<Conflict> finished = new ArrayList<>(out.size());
    for (Conflict c : out) {
      int count = c.kind() == Conflict.Kind.CONTRADICTION ? 0
          : papersOf.get(component[index.get(c.a().id())]).size();
      String[] res = resolution(c);
      finished.add(new Conflict(c.kind(), c.a(), c.b(), c.why(), c.similarity(),
          res[0] != null, res[0] != null ? res[0] : res[1], count));
    }
    finished.sort(Conflict.ORDER);
    return new ConflictReport(finished, n, compared, threshold);
  }

  // ------------------------------------------------------------------ contradictions

  private long contradictions(List<Claim> claims, String[] subject, String[] object,
      Map<Long, Conflict.Kind> seen, List<Conflict> out, Papers papers, boolean[] focused) {
    // With a focus, only blocks holding a focused claim can give a reported pair: the others
    // are not built (a diff focuses on about 1% of the claims). A claim's subject is looked up
    // before its block key is made, so most claims cost one hash lookup.
    Set<String> wantedSubjects = null;
    Set<String> wantedBlocks = null;
    if (focused != null) {
      wantedSubjects = new HashSet<>();
      wantedBlocks = new HashSet<>();
      for (int i = 0; i < claims.size(); i++) {
        if (focused[i] && !subject[i].isEmpty() && !object[i].isEmpty()) {
          wantedSubjects.add(subject[i]);
          wantedBlocks.add(subject[i] + "\u0000" + object[i]);
        }
      }
    }
    Map<String, Map<String, List<Integer>>> blocks = new LinkedHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      if (subject[i].isEmpty() || object[i].isEmpty()) {
        continue;
      }
      if (wantedSubjects != null && !focused[i] && !wantedSubjects.contains(subject[i])) {
        continue;
      }
      String block = subject[i] + "\u0000" + object[i];
      if (wantedBlocks != null && !wantedBlocks.contains(block)) {
        continue;
      }
      Mechanism m = claims.get(i).mechanism();
      String polarity = m.direction() + "/" + m.negated() + "/" + m.relation().direction();
      blocks.computeIfAbsent(block, k -> new LinkedHashMap<>())
          .computeIfAbsent(polarity, k -> new ArrayList<>()).add(i);
    }
    long compared = 0;
    for (Map<String, List<Integer>> block : blocks.values()) {
      if (block.size() < 2) {
        continue; // one polarity only: nothing here can contradict
      }
      List<List<Integer>> groups = new ArrayList<>(block.values());
      for (int g = 0; g < groups.size(); g++) {
        for (int h = g + 1; h < groups.size(); h++) {
          Claim x = claims.get(groups.get(g).get(0));
          Claim y = claims.get(groups.get(h).get(0));
          compared++;
          String why = contradiction(x.mechanism(), y.mechanism());
          if (why == null) {
            continue;
          }
          for (int i : groups.get(g)) {
            for (int j : groups.get(h)) {
              if (focused != null && !focused[i] && !focused[j]) {
                continue;
              }
              Claim a = claims.get(Math.min(i, j)); // claims are in id order
              Claim b = claims.get(Math.max(i, j));
              String because = contradiction(a.mechanism(), b.mechanism());
              seen.put(key(i, j), Conflict.Kind.CONTRADICTION);
              out.add(new Conflict(Conflict.Kind.CONTRADICTION, a, b,
                  "same subject (" + a.mechanism().subject() + " / " + b.mechanism().subject()
                      + ") and object (" + a.mechanism().object() + " / "
                      + b.mechanism().object() + "); " + because + sourcesNote(a, b, papers),
                  0, false, null, 0));
            }
          }
        }
      }
    }
    return compared;
  }

  /** Why two mechanisms on the same things contradict, or null. */
  static String contradiction(Mechanism x, Mechanism y) {
    if (x.direction().opposes(y.direction())) {
      return "opposite directions: " + describe(x) + " vs " + describe(y);
    }
    if (x.negated() != y.negated() && x.relation().direction() == y.relation().direction()) {
      return "one negated and one not: " + describe(x) + " vs " + describe(y);
    }
    return null;
  }

  private static String describe(Mechanism m) {
    return (m.negated() ? "not " : "") + m.relation().wire() + " (" + m.direction().wire() + ")";
  }

  private static String sourcesNote(Claim a, Claim b, Papers papers) {
    if (papers.paper(a.source()).equals(papers.paper(b.source()))) {
      return "; " + papers.sameBecause(a.source(), b.source());
    }
    return "";
  }

  // ------------------------------------------------------------------ near-identical statements

  /** From this many claims, the per-claim work and the similarity join use every core. */
  static final int PARALLEL_FROM = 2000;

  private long similar(List<Claim> claims, int[][] tokens, List<Integer> df, String[] paper,
      Map<Long, Conflict.Kind> seen, List<Conflict> out, Papers papers) {
    int n = claims.size();
    int vocabulary = df.size();
    int[][] sets = rankedSets(tokens, df);
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (p, q) -> sets[p].length != sets[q].length
        ? Integer.compare(sets[p].length, sets[q].length) : Integer.compare(p, q));
    int[] bySize = new int[n];
    int[] position = new int[n];
    for (int r = 0; r < n; r++) {
      bySize[r] = boxed[r];
      position[boxed[r]] = r;
    }
    // Statements come in increasing size. Each indexes a shorter prefix than it probes with: a
    // later one is never smaller, and overlap demands at least ceil(2t/(1+t)|x|) shared words.
    // The whole index is built first, in that order, and each statement reads only the entries
    // of statements before it: exactly the index a one-pass join would have built by then, so
    // the statements can be probed independently, on every core.
    int[][] postings = postings(sets, bySize, vocabulary, this::indexPrefix);
    // Probing takes longer for later (larger, better indexed) statements: small chunks, taken
    // in turn by the workers, balance the load; results are applied in chunk order, which is
    // the order of a one-pass join.
    int chunk = 256;
    int chunks = (n + chunk - 1) / chunk;
    long[][] found = new long[chunks][];
    double[][] similarity = new double[chunks][];
    long[] comparedIn = new long[chunks];
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<Throwable> thrown =
        new java.util.concurrent.atomic.AtomicReference<>();
    Runnable work = () -> {
      int[] mark = new int[n];
      Arrays.fill(mark, -1);
      for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
        long[] pairs = new long[16];
        double[] sims = new double[16];
        int count = 0;
        long compared = 0;
        for (int r = c * chunk; r < Math.min(n, (c + 1) * chunk); r++) {
          int xi = bySize[r];
          int[] x = sets[xi];
          if (x.length == 0) {
            continue;
          }
          int minSize = (int) Math.ceil(threshold * x.length - 1e-9);
          int prefix = x.length - minSize + 1;
          for (int k = 0; k < prefix; k++) {
            int[] list = postings[x[k]];
            for (int p = 0; p < list.length; p++) {
              int yi = list[p];
              if (position[yi] >= r) {
                break; // the rest of the list comes after this statement
              }
              if (mark[yi] == xi) {
                continue;
              }
              mark[yi] = xi;
              if (sets[yi].length < minSize) {
                continue;
              }
              compared++;
              double sim = jaccard(x, sets[yi], threshold);
              if (sim + 1e-9 >= threshold) {
                if (count == pairs.length) {
                  pairs = Arrays.copyOf(pairs, count * 2);
                  sims = Arrays.copyOf(sims, count * 2);
                }
                pairs[count] = ((long) xi << 32) | yi;
                sims[count++] = sim;
              }
            }
          }
        }
        found[c] = Arrays.copyOf(pairs, count);
        similarity[c] = Arrays.copyOf(sims, count);
        comparedIn[c] = compared;
      }
    };
    Runnable worker = () -> {
      try {
        work.run();
      } catch (RuntimeException | Error e) {
        thrown.compareAndSet(null, e);
        next.set(chunks); // the others stop after their current chunk
      }
    };
    int threads = n >= PARALLEL_FROM
        ? Math.min(Runtime.getRuntime().availableProcessors(), 8) : 1;
    List<Thread> helpers = new ArrayList<>();
    for (int h = 1; h < threads; h++) {
      Thread t = new Thread(worker, "evident-similar-" + h);
      t.setDaemon(true);
      t.start();
      helpers.add(t);
    }
    worker.run();
    for (Thread t : helpers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new dev.evident.model.EvidentException(
            dev.evident.model.EvidentException.Kind.IO, "interrupted while comparing claims");
      }
    }
    if (thrown.get() instanceof RuntimeException e) {
      throw e;
    } else if (thrown.get() instanceof Error e) {
      throw e;
    }
    long compared = 0;
    for (int c = 0; c < chunks; c++) {
      compared += comparedIn[c];
      for (int k = 0; k < found[c].length; k++) {
        pair(claims, (int) (found[c][k] >>> 32), (int) found[c][k], similarity[c][k], paper,
            seen, out, papers);
      }
    }
    return compared;
  }

  /** How many of a set's rarest words the one-pass join indexes. */
  private int indexPrefix(int size) {
    return size == 0 ? 0
        : size - (int) Math.ceil(2 * threshold / (1 + threshold) * size - 1e-9) + 1;
  }

  /**
   * The inverted index of the sets' first {@code prefix(|set|)} words: for each word, the sets
   * holding it among those words, in the order {@code order} visits the sets.
   */
  private static int[][] postings(int[][] sets, int[] order, int vocabulary,
      java.util.function.IntUnaryOperator prefix) {
    int[] size = new int[vocabulary];
    for (int i : order) {
      for (int k = 0, p = prefix.applyAsInt(sets[i].length); k < p; k++) {
        size[sets[i][k]]++;
      }
    }
    int[][] postings = new int[vocabulary][];
    for (int t = 0; t < vocabulary; t++) {
      postings[t] = new int[size[t]];
      size[t] = 0;
    }
    for (int i : order) {
      for (int k = 0, p = prefix.applyAsInt(sets[i].length); k < p; k++) {
        int t = sets[i][k];
        postings[t][size[t]++] = i;
      }
    }
    return postings;
  }

  /**
   * The pairs of {@link #similar} that involve a focused claim. Every claim indexes its prefix
   * (|y| - ceil(t|y|) + 1 rarest words); each focused claim probes its own prefix. Two sets with
   * Jaccard >= t share at least max(ceil(t|x|), ceil(t|y|)) words, so such prefixes always
   * meet, and no qualifying pair is missed.
   */
  private long similarTo(boolean[] focused, List<Claim> claims, int[][] tokens, List<Integer> df,
      String[] paper, Map<Long, Conflict.Kind> seen, List<Conflict> out, Papers papers) {
    int n = claims.size();
    int vocabulary = df.size();
    int[][] sets = rankedSets(tokens, df);
    int[][] postings = postings(sets, java.util.stream.IntStream.range(0, n).toArray(),
        vocabulary, this::prefix);
    int[] mark = new int[n];
    Arrays.fill(mark, -1);
    int[][] overlap = {new int[0]};
    long compared = 0;
    for (int xi = 0; xi < n; xi++) {
      int[] x = sets[xi];
      if (!focused[xi] || x.length == 0) {
        continue;
      }
      mark[xi] = xi;
      for (int k = 0, p = prefix(x.length); k < p; k++) {
        for (int yi : postings[x[k]]) {
          if (mark[yi] == xi || (focused[yi] && yi < xi)) {
            continue; // seen for this probe, or a focused pair already probed from yi
          }
          mark[yi] = xi;
          compared++;
          double sim = jaccard(x, sets[yi], need(overlap, x.length + sets[yi].length));
          if (sim + 1e-9 >= threshold) {
            pair(claims, xi, yi, sim, paper, seen, out, papers);
          }
        }
      }
    }
    return compared;
  }

  /**
   * Each claim's words as ranks, rarest first (ties by first appearance, which follows claim id
   * order), sorted: the global order prefix filtering needs.
   */
  private static int[][] rankedSets(int[][] tokens, List<Integer> df) {
    int vocabulary = df.size();
    Integer[] order = new Integer[vocabulary];
    for (int i = 0; i < vocabulary; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (p, q) -> df.get(p).equals(df.get(q)) ? Integer.compare(p, q)
        : Integer.compare(df.get(p), df.get(q)));
    int[] rank = new int[vocabulary];
    for (int r = 0; r < vocabulary; r++) {
      rank[order[r]] = r;
    }
    int[][] sets = new int[tokens.length][];
    for (int i = 0; i < tokens.length; i++) {
      int[] set = new int[tokens[i].length];
      for (int k = 0; k < set.length; k++) {
        set[k] = rank[tokens[i][k]];
      }
      Arrays.sort(set);
      sets[i] = set;
    }
    return sets;
  }

  /** How many of a set's rarest words must be indexed and probed at this threshold. */
  private int prefix(int size) {
    return size == 0 ? 0 : size - (int) Math.ceil(threshold * size - 1e-9) + 1;
  }

  /** Jaccard similarity, or 0 as soon as the threshold can no longer be reached. */
  static double jaccard(int[] x, int[] y, double threshold) {
    // J >= t  <=>  overlap >= t / (1 + t) * (|x| + |y|)
    return jaccard(x, y, (int) Math.ceil(threshold / (1 + threshold) * (x.length + y.length)
        - 1e-9));
  }

  /**
   * The overlap {@link #jaccard(int[], int[], double)} needs for two sets of {@code size}
   * words together, from a table filled on first use: Math.ceil is a call into StrictMath
   * without the C2 compiler, once per compared pair.
   */
  private int need(int[][] table, int size) {
    int[] t = table[0];
    if (size >= t.length) {
      t = new int[Math.max(size + 1, t.length * 2)];
      for (int s = 0; s < t.length; s++) {
        t[s] = (int) Math.ceil(threshold / (1 + threshold) * s - 1e-9);
      }
      table[0] = t;
    }
    return t[size];
  }

  /** Jaccard similarity given the overlap the threshold needs, or 0 when it is not reached. */
  private static double jaccard(int[] x, int[] y, int need) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      if (common + Math.min(x.length - i, y.length - j) < need) {
        return 0;
      }
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (x.length + y.length - common);
  }

  private void pair(List<Claim> claims, int i, int j, double sim, String[] paper,
      Map<Long, Conflict.Kind> seen, List<Conflict> out, Papers papers) {
    if (seen.containsKey(key(i, j))) {
      return;
    }
    Claim a = claims.get(Math.min(i, j)); // claims are in id order, so a.id() < b.id()
    Claim b = claims.get(Math.max(i, j));
    String similarity = String.format(Locale.ROOT, "statements %.2f similar (token-set)", sim);
    Mechanism ma = a.mechanism();
    Mechanism mb = b.mechanism();
    if (ma.negated() != mb.negated() || ma.direction().opposes(mb.direction())) {
      seen.put(key(i, j), Conflict.Kind.CONTRADICTION);
      out.add(new Conflict(Conflict.Kind.CONTRADICTION, a, b, similarity + " but "
          + (ma.negated() != mb.negated() ? "one negated and one not: "
              : "opposite directions: ") + describe(ma) + " vs " + describe(mb)
          + sourcesNote(a, b, papers), sim, false, null, 0));
      return;
    }
    if (paper[i].equals(paper[j])) {
      seen.put(key(i, j), Conflict.Kind.DUPLICATE);
      String same = papers.sameBecause(a.source(), b.source());
      out.add(new Conflict(Conflict.Kind.DUPLICATE, a, b, similarity + "; " + same, sim, false,
          null, 0));
      int la = a.evidence().effectiveLevel();
      int lb = b.evidence().effectiveLevel();
      if (la != lb) {
        out.add(new Conflict(Conflict.Kind.INCONSISTENT_EVIDENCE, a, b, similarity + "; " + same
            + "; effective evidence levels " + la + " vs " + lb, sim, false, null, 0));
      }
    } else {
      seen.put(key(i, j), Conflict.Kind.CORROBORATION);
      out.add(new Conflict(Conflict.Kind.CORROBORATION, a, b, similarity
          + "; independent sources " + a.source() + " and " + b.source(), sim, false, null, 0));
    }
  }

  private static long key(int i, int j) {
    int lo = Math.min(i, j);
    int hi = Math.max(i, j);
    return ((long) lo << 32) | hi;
  }

  /** Connected groups of claims that make the same statement (duplicates and corroborations). */
  private static int[] components(int n, List<Conflict> pairs, List<Claim> claims) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(claims.get(i).id(), i);
    }
    for (Conflict c : pairs) {
      if (c.kind() == Conflict.Kind.DUPLICATE || c.kind() == Conflict.Kind.CORROBORATION) {
        int a = root(parent, index.get(c.a().id()));
        int b = root(parent, index.get(c.b().id()));
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    for (int i = 0; i < n; i++) {
      parent[i] = root(parent, i);
    }
    return parent;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** {note when acknowledged, otherwise null; what is missing, for the report}. */
  private static String[] resolution(Conflict c) {
    LinkRelation wanted = switch (c.kind()) {
      case CONTRADICTION -> LinkRelation.CONTRADICTS;
      case DUPLICATE, INCONSISTENT_EVIDENCE -> LinkRelation.DUPLICATES;
      case CORROBORATION -> LinkRelation.SUPPORTS;
    };
    Link found = null;
    for (Link l : c.a().links()) {
      if (l.claim().equals(c.b().id()) && acknowledges(l.relation(), wanted)) {
        found = better(found, l);
      }
    }
    for (Link l : c.b().links()) {
      if (l.claim().equals(c.a().id()) && acknowledges(l.relation(), wanted)) {
        found = better(found, l);
      }
    }
    if (found == null) {
      return new String[] {null, ""};
    }
    if (found.note() == null || found.note().isBlank()) {
      return new String[] {null, "linked as " + found.relation().wire() + " but without a note"};
    }
    return new String[] {found.note(), null};
  }

  private static boolean acknowledges(LinkRelation have, LinkRelation wanted) {
    return have == wanted
        || (wanted == LinkRelation.SUPPORTS && have == LinkRelation.DUPLICATES);
  }

  private static Link better(Link current, Link candidate) {
    if (current == null || current.note() == null || current.note().isBlank()) {
      return candidate;
    }
    return current;
  }
}
