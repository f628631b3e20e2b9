package id.posyandu.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.Immunization;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.core.record.Supplement;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import id.posyandu.json.PosyanduJson;
import id.posyandu.json.ReadSummary;
import id.posyandu.json.RecordReader;
import id.posyandu.json.RecordTypes;
import id.posyandu.json.RecordWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How fast is NDJSON read? 20,000 visits (each with anthropometry, an immunization and a
 * supplement; about 330 bytes a line) read with {@link RecordReader}: strict binding plus
 * {@code PosyanduValidator} ({@link #readAndValidate}), binding only ({@link #readOnly}), and the
 * floor, a plain Jackson token scan of the same bytes ({@link #tokenScan}). Scores are records per
 * second (one operation = one record, single thread); MB/s = records/s x bytes per record (printed
 * at setup). Goal (issue 4): at least 100,000 records/s per core with validation.
 *
 * <pre>
 * ./mvnw -q package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar NdjsonReadBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NdjsonReadBenchmark {

  /** Visits in the file. */
  static final int VISITS = 20_000;
  /** Seed of the generated visits. */
  static final long SEED = 20261125L;
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private final PosyanduJson validating = PosyanduJson.asOf(AS_OF);
  private final PosyanduJson bindingOnly = PosyanduJson.withoutValidation();
  private final JsonFactory factory = new JsonFactory();
  private byte[] ndjson;

  /** Writes the NDJSON file of visits in memory. */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    Random r = new Random(SEED);
    PosyanduRegistrationNumber posyandu = PosyanduRegistrationNumber.parse("11.01.10.2001.001");
    Immunization.Antigen[] antigens = Immunization.Antigen.values();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = RecordWriter.of(bindingOnly, out, RecordTypes.core())) {
      for (int i = 0; i < VISITS; i++) {
        Visit v = Visit.builder()
            .id("v" + i).residentId("r" + r.nextInt(5000)).kaderId("k" + r.nextInt(40))
            .date(AS_OF.minusDays(r.nextInt(700))).posyandu(posyandu)
            .setting(VisitSetting.POSYANDU_SESSION)
            .addRecords(Anthropometry.builder()
                .weightKg(Math.round((3 + r.nextDouble() * 15) * 10) / 10.0)
                .lengthOrHeightCm(Math.round((50 + r.nextDouble() * 50) * 10) / 10.0)
                .position(MeasurePosition.RECUMBENT)
                .muacCm(Math.round((11 + r.nextDouble() * 6) * 10) / 10.0).build())
            .addRecords(Immunization.builder().antigen(antigens[r.nextInt(antigens.length)])
                .build())
            .addRecords(Supplement.builder().kind(Supplement.Kind.VITAMIN_A_RED).build())
            .build();
        w.write(v);
      }
    }
    ndjson = out.toByteArray();
    ReadSummary s = validating.recordReader(Visit.class, "visit")
        .read(new ByteArrayInputStream(ndjson), x -> { });
    if (s.accepted() != VISITS) {
      throw new IllegalStateException("generated visits must be valid: " + s);
    }
    System.out.printf("%nNDJSON: %d visits, %d bytes, %.1f bytes per record%n", VISITS,
        ndjson.length, ndjson.length / (double) VISITS);
  }

  /** Read, bind and validate every line. */
  @Benchmark
  @OperationsPerInvocation(VISITS)
  public long readAndValidate(Blackhole bh) throws IOException {
    return validating.recordReader(Visit.class, "visit")
        .read(new ByteArrayInputStream(ndjson), bh::consume).accepted();
  }

  /** Read and bind every line (strict), without {@code PosyanduValidator}. */
  @Benchmark
  @OperationsPerInvocation(VISITS)
  public long readOnly(Blackhole bh) throws IOException {
    return bindingOnly.recordReader(Visit.class, "visit")
        .read(new ByteArrayInputStream(ndjson), bh::consume).accepted();
  }

  /** Mixed-type reading (the {@code type} member names each line's type). */
  @Benchmark
  @OperationsPerInvocation(VISITS)
  public long readMixedAndValidate(Blackhole bh) throws IOException {
    return validating.recordReader(RecordTypes.core())
        .read(new ByteArrayInputStream(ndjson), bh::consume).accepted();
  }

  /**
   * Mixed-type reading on two threads ({@code RecordReader.parallel(2)}): results in line order.
   * Records per second of the whole read (two cores busy), to compare with
   * {@link #readMixedAndValidate} on one.
   */
  @Benchmark
  @OperationsPerInvocation(VISITS)
  public long readMixedAndValidateParallel2(Blackhole bh) throws IOException {
    return validating.recordReader(RecordTypes.core()).parallel(2)
        .read(new ByteArrayInputStream(ndjson), bh::consume).accepted();
  }

  /** The floor: every token of the same bytes, with a plain Jackson parser. */
  @Benchmark
  @OperationsPerInvocation(VISITS)
  public long tokenScan() throws IOException {
    long tokens = 0;
    try (JsonParser p = factory.createParser(ndjson)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        tokens += t.id();
      }
    }
    return tokens;
  }
}
