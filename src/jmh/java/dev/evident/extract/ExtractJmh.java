package dev.evident.extract;

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

/** Microbenchmarks of parse's hot paths: sentence splitting and mechanism detection. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExtractJmh {
  static final String PARAGRAPH = "Hypoxia promotes angiogenesis in breast cancer by "
      + "activating VEGF [3]. We enrolled 120 patients, e.g. in Fig. 2, and followed them for "
      + "12 months. TGF-beta signalling may induce fibrosis in liver fibrosis (Smith et al. "
      + "2019). IL-6 does not suppress inflammation in asthma. Further studies are needed to "
      + "confirm these observations. Autophagy could reduce apoptosis in glioblastoma [4, 5].";
  static final String SENTENCE =
      "TGF-beta signalling may induce fibrosis in liver fibrosis by activating SMAD3.";

  private final MechanismDetector detector = new MechanismDetector();

  @Benchmark
  public List<int[]> splitParagraph() {
    return SentenceSplitter.split(PARAGRAPH, 0, PARAGRAPH.length(), false);
  }

  @Benchmark
  public Object detectMechanism() {
    return detector.detect(SENTENCE);
  }
}
