package id.posyandu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.code.WilayahLevel;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class CodeConstraintsTest {
  private static final Locale INDONESIAN = new Locale("id");

  private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  /** A bean as an application holding raw strings would write it. */
  static final class Form {
    @ValidNik String nik;
    @ValidNomorKk String kk;
    @ValidKodeWilayah String anyArea;
    @ValidKodeWilayah(level = WilayahLevel.DESA_KELURAHAN) String desa;
    @ValidPosyanduNumber CharSequence posyandu;
    List<@ValidNik String> niks = List.of();
  }

  private static Form validForm() {
    Form f = new Form();
    f.nik = "3174015506900001";
    f.kk = "3204120301170042";
    f.anyArea = "31.74";
    f.desa = "3174011001";
    f.posyandu = new StringBuilder("11.01.10.2001.001");
    return f;
  }

  private static Set<ConstraintViolation<Form>> validate(Form f, Locale locale) {
    Validator v = FACTORY.usingContext()
        .messageInterpolator(new LocaleInterpolator(FACTORY.getMessageInterpolator(), locale))
        .getValidator();
    return v.validate(f);
  }

  @Test
  void acceptsValidCodesAndNulls() {
    assertThat(validate(validForm(), Locale.ENGLISH)).isEmpty();
    assertThat(validate(new Form(), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void reportsThePreciseReasonOfABadNikInBothLanguagesWithoutLeakingIt() {
    Form f = validForm();
    f.nik = "3174011513900001";
    ConstraintViolation<Form> en = only(validate(f, Locale.ENGLISH));
    assertThat(en.getPropertyPath()).hasToString("nik");
    assertThat(en.getMessageTemplate()).isEqualTo("{posyandu.code.NIK.MONTH}");
    assertThat(en.getMessage())
        .isEqualTo("NIK 3174**********01: month of birth 13 is not valid (01-12)");
    ConstraintViolation<Form> id = only(validate(f, INDONESIAN));
    assertThat(id.getMessage()).isEqualTo("NIK 3174**********01: bulan lahir 13 tidak sah (01-12)");
  }

  @Test
  void reportsABadKkNumberMasked() {
    Form f = validForm();
    f.kk = "320412030117004";
    ConstraintViolation<Form> v = only(validate(f, INDONESIAN));
    assertThat(v.getMessageTemplate()).isEqualTo("{posyandu.code.KK.LENGTH}");
    assertThat(v.getMessage())
        .isEqualTo("Nomor KK 3204*********04 terdiri atas 15 digit; nomor KK harus 16 digit");
  }

  @Test
  void reportsAKodeWilayahAtTheWrongLevel() {
    Form f = validForm();
    f.desa = "31.74.01";
    ConstraintViolation<Form> en = only(validate(f, Locale.ENGLISH));
    assertThat(en.getMessageTemplate()).isEqualTo("{posyandu.code.KODE_WILAYAH.LEVEL}");
    assertThat(en.getMessage()).isEqualTo("Area code 31.74.01 is a District code; expected Village");
    assertThat(only(validate(f, INDONESIAN)).getMessage())
        .isEqualTo("Kode wilayah 31.74.01 adalah kode Kecamatan; yang diharapkan Desa/Kelurahan");
  }

  @Test
  void reportsAMalformedKodeWilayah() {
    Form f = validForm();
    f.anyArea = "31.70";
    ConstraintViolation<Form> v = only(validate(f, Locale.ENGLISH));
    assertThat(v.getMessageTemplate()).isEqualTo("{posyandu.code.KODE_WILAYAH.REGENCY}");
    assertThat(v.getMessage()).isEqualTo(
        "Area code 31.70: regency/city code 70 is not valid (01-69 regency, 71-99 city)");
  }

  @Test
  void reportsABadPosyanduNumber() {
    Form f = validForm();
    f.posyandu = "11.01.10.2001.000";
    ConstraintViolation<Form> v = only(validate(f, INDONESIAN));
    assertThat(v.getMessageTemplate()).isEqualTo("{posyandu.code.POSYANDU_NUMBER.SEQUENCE}");
    assertThat(v.getMessage()).isEqualTo(
        "Nomor registrasi Posyandu 11.01.10.2001.000: nomor urut harus 001-999, bukan 000");
  }

  @Test
  void validatesContainerElements() {
    Form f = validForm();
    f.niks = List.of("3174015506900001", "3174015506900000");
    ConstraintViolation<Form> v = only(validate(f, Locale.ENGLISH));
    assertThat(v.getPropertyPath()).hasToString("niks[1].<list element>");
    assertThat(v.getMessageTemplate()).isEqualTo("{posyandu.code.NIK.SERIAL}");
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    Form f = new Form();
    f.nik = "";
    f.kk = "abc";
    f.anyArea = "1";
    f.desa = "00.01.01.2001";
    f.posyandu = "x";
    Set<String> templates = validate(f, Locale.ENGLISH).stream()
        .map(ConstraintViolation::getMessageTemplate).collect(Collectors.toSet());
    assertThat(templates).containsExactlyInAnyOrder("{posyandu.code.NIK.EMPTY}",
        "{posyandu.code.KK.NOT_DIGITS}", "{posyandu.code.KODE_WILAYAH.LENGTH}",
        "{posyandu.code.KODE_WILAYAH.PROVINCE}", "{posyandu.code.POSYANDU_NUMBER.FORMAT}");
  }

  @Test
  void resolvesTheDefaultMessagesOfTheAnnotationsInBothLanguages() {
    ParameterMessageInterpolator interpolator = new ParameterMessageInterpolator();
    for (String name : List.of("ValidNik", "ValidNomorKk", "ValidKodeWilayah",
        "ValidPosyanduNumber")) {
      String template = "{id.posyandu.core.validation." + name + ".message}";
      String en = interpolator.interpolate(template, null, Locale.ENGLISH);
      String id = interpolator.interpolate(template, null, INDONESIAN);
      assertThat(en).as(name).doesNotContain("{").startsWith("must be");
      assertThat(id).as(name).doesNotContain("{").startsWith("harus");
    }
  }

  private static <T> T only(Set<T> set) {
    assertThat(set).hasSize(1);
    return set.iterator().next();
  }
}
