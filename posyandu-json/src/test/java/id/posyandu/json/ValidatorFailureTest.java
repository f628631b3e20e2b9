package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.json.internal.InternalErrors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A validator that throws is a bug, not bad input: the problem names it, the log keeps its cause. */
class ValidatorFailureTest {

  private static final String NIK = "3174014506900021";

  @Test
  void aValidatorExceptionBecomesJsonInternalNamingItsClassAndIsLoggedWithoutItsMessage() {
    List<LogRecord> logged = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord r) {
        logged.add(r);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger jul = Logger.getLogger(InternalErrors.LOGGER);
    jul.addHandler(capture);
    jul.setUseParentHandlers(false); // keep the expected stack trace out of the build's output
    try {
      RecordParser parser = new RecordParser(PosyanduJson.withoutValidation().mapper(), v -> {
        throw new IllegalStateException("bug near NIK " + NIK,
            new ArithmeticException("for " + NIK));
      });
      byte[] b = Sample.json("Siti", 3).getBytes(StandardCharsets.UTF_8);

      RecordResult<Sample> r = parser.parse(b, 0, b.length, 7, Sample.class, "sample");

      assertThat(r.problems()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo("JSON.INTERNAL");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.messageEn()).contains("java.lang.IllegalStateException")
            .doesNotContain(NIK);
      });
      assertThat(logged).singleElement().satisfies(rec -> {
        assertThat(rec.getMessage()).contains("sample record at line 7").doesNotContain(NIK);
        Throwable t = rec.getThrown();
        assertThat(t).isNotNull();
        assertThat(t.toString()).contains("java.lang.IllegalStateException")
            .doesNotContain(NIK);
        assertThat(t.getStackTrace()).isNotEmpty();
        assertThat(t.getCause().toString()).contains("java.lang.ArithmeticException")
            .doesNotContain(NIK);
      });
    } finally {
      jul.removeHandler(capture);
      jul.setUseParentHandlers(true);
    }
  }
}
