package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.Nik;
import id.posyandu.core.code.NomorKk;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** NIK, KK, kode wilayah and Posyandu number as JSON strings. */
class CodeTypesTest {

  /** A record of the tests holding every code type. */
  public record Coded(Nik nik, NomorKk kk, KodeWilayah wilayah, PosyanduRegistrationNumber posyandu) {}

  static final String NIK = "3174015506900001";
  static final String GOOD = "{\"nik\":\"" + NIK + "\",\"kk\":\"3204120301170042\","
      + "\"wilayah\":\"11.01.01.2001\",\"posyandu\":\"11.01.10.2001.001\"}";

  private static final PosyanduJson JSON = PosyanduJson.withoutValidation();

  @Test
  void codesAreWrittenAsStringsAndReadBack() {
    Coded c = JSON.read(GOOD, Coded.class).value().orElseThrow();
    assertThat(c.nik()).isEqualTo(Nik.parse(NIK));
    assertThat(c.wilayah().dotted()).isEqualTo("11.01.01.2001");
    assertThat(JSON.write(c)).isEqualTo(GOOD);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"nik\":\"3174015506900001\"  | \"nik\":\"3174015513900001\" | VALIDATION.NIK.MONTH | /nik",
      "\"nik\":\"3174015506900001\"  | \"nik\":\"317401550690000\"  | VALIDATION.NIK.LENGTH | /nik",
      "\"nik\":\"3174015506900001\"  | \"nik\":\"31740155069000x1\" | VALIDATION.NIK.NOT_DIGITS | /nik",
      "\"nik\":\"3174015506900001\"  | \"nik\":3174015506900001   | JSON.WRONG_TYPE | /nik",
      "\"nik\":\"3174015506900001\"  | \"nik\":\" 3174015506900001\" | JSON.INVALID_VALUE | /nik",
      "\"wilayah\":\"11.01.01.2001\" | \"wilayah\":\"11.1.01.2001\"  | VALIDATION.KODE_WILAYAH.FORMAT | /wilayah",
      "\"wilayah\":\"11.01.01.2001\" | \"wilayah\":\"00.01.01.2001\" | VALIDATION.KODE_WILAYAH.PROVINCE | /wilayah",
      "\"wilayah\":\"11.01.01.2001\" | \"wilayah\":11               | JSON.WRONG_TYPE | /wilayah",
  })
  void aMalformedCodeIsAProblemWithTheCoreCodeAndAMaskedMessage(String from, String to,
      String code, String pointer) {
    RecordResult<Coded> r = JSON.read(GOOD.replace(from.strip(), to.strip()), Coded.class);
    assertThat(r.accepted()).isFalse();
    JsonProblem p = r.problems().get(0);
    assertThat(p.code()).as(p.toString()).startsWith(code.strip());
    assertThat(p.pointer()).isEqualTo(pointer.strip());
    String raw = to.strip().replaceAll(".*:\"?([^\"]*)\"?", "$1");
    if (code.contains("NIK")) {
      assertThat(p.messageId() + p.messageEn() + p.value().orElse("")).doesNotContain(raw.strip());
    }
  }
}
