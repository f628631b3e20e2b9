package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The leaks of issue 19 in posyandu-json: values and keys of the input never reach a problem. */
class ProblemsQuoteNoPersonalDataTest {

  private static final PosyanduJson JSON = PosyanduJson.asOf(LocalDate.of(2025, 6, 30));
  private static final String KK = "3204121203150007";
  private static final String NIK = "3204124506990007";
  private static final String HOUSEHOLD = "{\"type\":\"household\",\"address\":{\"kodeDesa\":"
      + "\"11.01.10.2001\",\"rt\":\"016\",\"rw\":\"011\"},\"id\":\"h1\",\"posyandu\":"
      + "\"11.01.10.2001.001\"}";

  private static RecordResult<?> read(String json) {
    return JSON.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), RecordTypes.core());
  }

  private static String all(RecordResult<?> r) {
    StringBuilder sb = new StringBuilder();
    for (JsonProblem p : r.problems()) {
      sb.append(p.format(Locale.ENGLISH)).append('\n').append(p.format(Locale.forLanguageTag("id")))
          .append('\n').append(p.value().orElse("")).append('\n').append(p.pointer());
    }
    return sb.toString();
  }

  @Test
  void aKkNumberAsAPosyanduNumberIsMasked() {
    RecordResult<?> r = read(HOUSEHOLD.replace("11.01.10.2001.001", KK));
    assertThat(r.accepted()).isFalse();
    assertThat(all(r)).doesNotContain(KK).contains("3204**********07");
  }

  @Test
  void anAddressAsAnAreaCodeIsDescribed() {
    RecordResult<?> r = read(HOUSEHOLD.replace("\"11.01.10.2001\"", "\"Jl. Anggrek No. 104\""));
    assertThat(all(r)).doesNotContain("Anggrek").contains("a text of 19 characters")
        .contains("teks 19 karakter");
  }

  @Test
  void aNikAsAnUnknownPropertyIsMaskedInMessageAndPointer() {
    RecordResult<?> r = read(HOUSEHOLD.replace("\"id\":\"h1\"",
        "\"id\":\"h1\",\"" + NIK + "\":1"));
    assertThat(r.problems()).extracting(JsonProblem::code).contains("JSON.UNKNOWN_PROPERTY");
    assertThat(all(r)).doesNotContain(NIK);
  }

  @Test
  void aNameAsADuplicateKeyIsMasked() {
    RecordResult<?> r = read(HOUSEHOLD.replace("\"id\":\"h1\"",
        "\"id\":\"h1\",\"Dewi Sartika\":1,\"Dewi Sartika\":2"));
    assertThat(r.accepted()).isFalse();
    assertThat(all(r)).doesNotContain("Dewi");
  }

  @Test
  void aTypoOfAPropertyNameIsStillQuotedBecauseItHelps() {
    RecordResult<?> r = read(HOUSEHOLD.replace("\"id\":\"h1\"", "\"id\":\"h1\",\"posyandoo\":1"));
    assertThat(all(r)).contains("\"posyandoo\"");
  }
}
