package dev.evident.store;

import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.Design;
import dev.evident.model.Evidence;
import dev.evident.model.Locator;
import dev.evident.model.Mechanism;
import dev.evident.model.Relation;
import dev.evident.model.Status;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Microbenchmarks of claim file reading and writing: the strict Jackson reader against the
 * canonical fast path (which includes the write-back comparison), and the writer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecJmh {
  private final Claim claim = Claim.extracted("chen-2025-breast-4f2a9c", "chen-2025-breast",
      "Hypoxia promotes angiogenesis in breast cancer.",
      "Hypoxia in the tumor promotes angiogenesis, e.g. via VEGF [4].",
      new Locator("Abstract", 1234, 1296, 37, 1),
      new Mechanism("hypoxia", Relation.PROMOTES, "angiogenesis",
          Relation.PROMOTES.direction(), false, false),
      new Evidence(4, Design.REVIEW_CITED, "ECO:0000304", "review statement with a citation",
          null), List.of("angiogenesis", "hypoxia")).toBuilder()
      .status(Status.ACCEPTED).decision(new Decision("Ada", "checked")).build();
  private final String text = Codec.write(claim);

  @Benchmark
  public String write() {
    return Codec.write(claim);
  }

  @Benchmark
  public Claim readStrict() {
    return Codec.readClaimStrict("c.yaml", text);
  }

  @Benchmark
  public Claim readFastPath() {
    return Codec.readClaim("c.yaml", text);
  }
}
