package dev.evident.cli;

import dev.evident.app.EvalService;
import dev.evident.app.GoldScore;
import dev.evident.model.Json;
import dev.evident.model.Safe;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evident eval}: extraction measured on labelled documents. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure parse on labelled documents: parse them in a temporary copy and "
        + "print, per document and in total, sentence precision and recall, the triples that "
        + "are right, the bibliographic fields recorded right, and every miss, false positive "
        + "and wrong triple or field. The label format is in docs/eval.md.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident eval src/test/resources/corpus/test",
        "  evident eval my-sample/ --format markdown > EXTRACTION.md",
        "  evident eval gold/ --min-precision 0.9 --min-recall 0.9   # for CI"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok (and every --min threshold met)",
        "1:a --min threshold not met",
        "2:usage error (no gold files found, bad option)",
        "3:a gold file is invalid or names a document that is missing",
        "4:internal error"})
final class EvalCommand extends BaseCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, json, markdown }

  @Parameters(paramLabel = "GOLD", arity = "1..*",
      description = "Gold files, or folders searched for them (*.yaml with 'sentences').")
  List<String> gold;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or markdown.")
  Format format;

  @Option(names = "--min-precision", paramLabel = "P",
      description = "Exit 1 when total sentence precision is below P (0 to 1).")
  Double minPrecision;

  @Option(names = "--min-recall", paramLabel = "R",
      description = "Exit 1 when total sentence recall is below R (0 to 1).")
  Double minRecall;

  @Option(names = "--min-triples", paramLabel = "T",
      description = "Exit 1 when the share of right triples is below T (0 to 1).")
  Double minTriples;

  @Override
  public Integer call() {
    EvalService.Report r = new EvalService(root().directory()).run(gold);
    PrintWriter out = out();
    switch (format) {
      case json -> out.print(Json.write(json(r)));
      case markdown -> markdown(out, r);
      default -> text(out, r);
    }
    GoldScore.Counts t = r.total();
    boolean ok = (minPrecision == null || t.precision() >= minPrecision)
        && (minRecall == null || t.recall() >= minRecall)
        && (minTriples == null || t.tripleAccuracy() >= minTriples);
    return ok ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String ratio(double v, int num, int den) {
    return f3(v) + " (" + num + "/" + den + ")";
  }

  private static void text(PrintWriter out, EvalService.Report r) {
    int w = "document".length();
    for (EvalService.DocResult d : r.documents()) {
      w = Math.max(w, d.document().length());
    }
    out.printf(Locale.ROOT, "%-" + w + "s  %-20s %-16s %6s %6s %6s %6s %7s%n", "document",
        "shape", "read as", "claims", "prec", "recall", "mech", "triples");
    for (EvalService.DocResult d : r.documents()) {
      GoldScore.Counts c = d.counts();
      out.printf(Locale.ROOT, "%-" + w + "s  %-20s %-16s %6d %6s %6s %6d %7s%n",
          Safe.line(d.document()), Safe.line(d.shape() == null ? "-" : d.shape()),
          d.format() == null ? "(error)" : d.format(), c.claims(), f3(c.precision()),
          f3(c.recall()), c.mechanisms(), c.triples() == 0 ? "-"
              : c.triplesRight() + "/" + c.triples());
    }
    GoldScore.Counts t = r.total();
    out.println();
    out.println(r.documents().size() + (r.documents().size() == 1 ? " document" : " documents")
        + ": precision "
        + ratio(t.precision(), t.matchedClaims(), t.claims()) + ", recall "
        + ratio(t.recall(), t.recalled(), t.mechanisms()) + ", triples right "
        + (t.triples() == 0 ? "- (no labelled triples)"
            : ratio(t.tripleAccuracy(), t.triplesRight(), t.triples())));
    if (r.documentsWithFacts() > 0) {
      out.println();
      out.println("sources (" + r.documentsWithFacts() + " documents with labelled facts):");
      out.printf(Locale.ROOT, "  %-18s %6s %6s %6s %8s %9s %9s%n", "field", "stated", "right",
          "wrong", "missing", "invented", "accuracy");
      EvalService.Tally all = EvalService.Tally.ZERO;
      for (Map.Entry<String, EvalService.Tally> e : r.factTotals().entrySet()) {
        tallyRow(out, e.getKey(), e.getValue());
        all = all.plus(e.getValue());
      }
      tallyRow(out, "all fields", all);
    }
    for (EvalService.DocResult d : r.documents()) {
      if (d.error() != null) {
        out.println();
        out.println("error in " + Safe.line(d.document()) + ": " + Safe.line(d.error()));
      }
    }
    list(out, "missed mechanism sentences", r, GoldScore.Counts::missed);
    list(out, "false positives", r, GoldScore.Counts::falsePositives);
    list(out, "wrong triples", r, GoldScore.Counts::wrongTriples);
    List<String> facts = new ArrayList<>();
    for (EvalService.DocResult d : r.documents()) {
      d.factErrors().forEach(e -> facts.add(d.document() + ": " + e));
    }
    if (!facts.isEmpty()) {
      out.println();
      out.println("wrong, missing or invented fields (" + facts.size() + "):");
      facts.forEach(e -> out.println("  " + Safe.line(e)));
    }
  }

  private static void tallyRow(PrintWriter out, String name, EvalService.Tally t) {
    out.printf(Locale.ROOT, "  %-18s %6d %6d %6d %8d %9d %9s%n", name, t.stated(), t.right(),
        t.wrong(), t.missing(), t.invented(), f3(t.accuracy()));
  }

  private static void list(PrintWriter out, String title, EvalService.Report r,
      java.util.function.Function<GoldScore.Counts, List<String>> items) {
    int n = 0;
    for (EvalService.DocResult d : r.documents()) {
      n += items.apply(d.counts()).size();
    }
    if (n == 0) {
      return;
    }
    out.println();
    out.println(title + " (" + n + "):");
    for (EvalService.DocResult d : r.documents()) {
      for (String s : items.apply(d.counts())) {
        String[] lines = s.split("\n");
        out.println("  " + Safe.line(d.document()) + ": " + Safe.line(lines[0]));
        for (int i = 1; i < lines.length; i++) {
          out.println("  " + Safe.line(lines[i]));
        }
      }
    }
  }

  private static Map<String, Object> counts(GoldScore.Counts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("claims", c.claims());
    m.put("matched_claims", c.matchedClaims());
    m.put("precision", f3(c.precision()));
    m.put("mechanisms", c.mechanisms());
    m.put("recalled", c.recalled());
    m.put("recall", f3(c.recall()));
    m.put("triples", c.triples());
    m.put("triples_right", c.triplesRight());
    m.put("triple_accuracy", f3(c.tripleAccuracy()));
    return m;
  }

  private static Map<String, Object> tally(EvalService.Tally t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stated", t.stated());
    m.put("right", t.right());
    m.put("wrong", t.wrong());
    m.put("missing", t.missing());
    m.put("invented", t.invented());
    m.put("accuracy", f3(t.accuracy()));
    return m;
  }

  private static Map<String, Object> json(EvalService.Report r) {
    List<Object> docs = new ArrayList<>();
    for (EvalService.DocResult d : r.documents()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("gold", d.gold());
      m.put("document", d.document());
      m.put("shape", d.shape());
      m.put("read_as", d.format());
      m.put("error", d.error());
      m.putAll(counts(d.counts()));
      m.put("missed", d.counts().missed());
      m.put("false_positives", d.counts().falsePositives());
      m.put("wrong_triples", d.counts().wrongTriples());
      Map<String, Object> facts = new LinkedHashMap<>();
      d.facts().forEach((k, v) -> facts.put(k, tally(v)));
      m.put("fields", facts);
      m.put("field_errors", d.factErrors());
      docs.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("documents", docs);
    out.put("total", counts(r.total()));
    Map<String, Object> facts = new LinkedHashMap<>();
    r.factTotals().forEach((k, v) -> facts.put(k, tally(v)));
    out.put("fields", facts);
    return out;
  }

  private static void markdown(PrintWriter out, EvalService.Report r) {
    GoldScore.Counts t = r.total();
    out.println("| document | shape | claims | precision | recall | triples right |");
    out.println("|---|---|---:|---:|---:|---:|");
    for (EvalService.DocResult d : r.documents()) {
      GoldScore.Counts c = d.counts();
      out.println("| " + cell(d.document()) + " | " + cell(d.shape() == null ? "" : d.shape())
          + " | " + c.claims() + " | " + f3(c.precision()) + " | " + f3(c.recall()) + " | "
          + (c.triples() == 0 ? "-" : c.triplesRight() + "/" + c.triples()) + " |");
    }
    out.println("| **total** | | " + t.claims() + " | "
        + ratio(t.precision(), t.matchedClaims(), t.claims()) + " | "
        + ratio(t.recall(), t.recalled(), t.mechanisms()) + " | "
        + ratio(t.tripleAccuracy(), t.triplesRight(), t.triples()) + " |");
    if (r.documentsWithFacts() > 0) {
      out.println();
      out.println("| field | stated | right | wrong | missing | invented | accuracy |");
      out.println("|---|---:|---:|---:|---:|---:|---:|");
      r.factTotals().forEach((k, v) -> out.println("| " + k + " | " + v.stated() + " | "
          + v.right() + " | " + v.wrong() + " | " + v.missing() + " | " + v.invented() + " | "
          + f3(v.accuracy()) + " |"));
    }
  }

  private static String cell(String s) {
    return Safe.line(s).replace("|", "\\|");
  }
}
