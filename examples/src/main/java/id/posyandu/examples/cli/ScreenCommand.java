package id.posyandu.examples.cli;

import id.posyandu.core.Sex;
import id.posyandu.rules.Finding;
import id.posyandu.rules.screening.AnaemiaGroup;
import id.posyandu.rules.screening.GlucoseTest;
import id.posyandu.rules.screening.KekGroup;
import id.posyandu.rules.screening.Phq4Answers;
import id.posyandu.rules.screening.Screening;
import id.posyandu.rules.screening.SkilasDomain;
import id.posyandu.rules.screening.TbSymptom;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code posyandu screen <screening> [options]}: runs one screening rule and prints its finding
 * with the explanation, in Indonesian ({@code --lang en} for English). A missing option is a
 * missing input: the finding then says "tidak dapat dinilai".
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = "Menjalankan satu skrining / runs one screening rule and prints its finding.",
    subcommands = {
      ScreenCommand.Bp.class, ScreenCommand.Anaemia.class, ScreenCommand.Kek.class,
      ScreenCommand.Glucose.class, ScreenCommand.Bmi.class, ScreenCommand.Waist.class,
      ScreenCommand.MuacChild.class, ScreenCommand.Head.class, ScreenCommand.Puma.class,
      ScreenCommand.Tb.class, ScreenCommand.Srq20.class, ScreenCommand.Phq4.class,
      ScreenCommand.Adl.class, ScreenCommand.Skilas.class, ScreenCommand.Kpsp.class
    })
final class ScreenCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Pilih jenis skrining / choose a screening: bp, anaemia, kek, glucose, bmi, waist, "
            + "muac-child, head, puma, tb, srq20, phq4, adl, skilas, kpsp");
  }

  static OptionalDouble opt(Double d) {
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  static OptionalInt opt(Integer i) {
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** The options every screening shares, and the printing of the finding. */
  /** Where the cited documents are published, in Indonesian. */
  static final String WHERE_ID = "Dokumen sumber bersifat publik: cari nomornya (KMK, Permenkes) di "
      + "https://jdih.kemkes.go.id, peraturan lain di https://peraturan.go.id; daftar sumber setiap "
      + "aturan ada di README, bagian \"What is computed, and from which source\".";
  /** Where the cited documents are published, in English. */
  static final String WHERE_EN = "The sources are public documents: search their number (KMK, "
      + "Permenkes) at https://jdih.kemkes.go.id, other regulations at https://peraturan.go.id; "
      + "the README lists the source of every rule (\"What is computed, and from which source\").";

  abstract static class Base implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true,
        description = "Bantuan ini / show this help.")
    boolean help;

    @Option(
        names = "--lang",
        defaultValue = "id",
        description = "Bahasa keluaran / output language: id (default) or en.")
    String lang;

    abstract Finding screen(Screening s);

    @Override
    public Integer call() {
      if (!lang.equals("id") && !lang.equals("en")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--lang must be id or en, not '" + lang + "'");
      }
      Finding f;
      try {
        f = screen(Screening.standard());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      Locale locale = Locale.forLanguageTag(lang);
      PrintWriter out = spec.commandLine().getOut();
      String ref = f.referral().map(r -> " → " + r.label().in(locale)).orElse("");
      out.printf(
          "%s  %s  [%s%s]%n",
          f.code(), f.categoryLabel().in(locale), f.severity().label().in(locale), ref);
      out.println(f.explanation().in(locale));
      // the explanation cites regulations by number; say where a user can read them
      out.println(lang.equals("en") ? WHERE_EN : WHERE_ID);
      return 0;
    }
  }

  @Command(name = "bp", description = "Tekanan darah (juknis ILP Tabel 22) / blood pressure.")
  static final class Bp extends Base {
    @Option(names = "--systolic", description = "Sistolik / systolic, mmHg")
    Double systolic;

    @Option(names = "--diastolic", description = "Diastolik / diastolic, mmHg")
    Double diastolic;

    @Override
    Finding screen(Screening s) {
      return s.bloodPressure(opt(systolic), opt(diastolic));
    }
  }

  @Command(name = "anaemia", aliases = "anemia", description = "Anemia menurut Hb / anaemia by Hb.")
  static final class Anaemia extends Base {
    @Option(names = "--hb", description = "Hemoglobin, g/dL")
    Double hb;

    @Option(
        names = "--group",
        required = true,
        description =
            "CHILD_6_59_MONTHS, CHILD_5_11_YEARS, CHILD_12_14_YEARS, WOMAN_15_PLUS, "
                + "PREGNANT, MAN_15_PLUS")
    AnaemiaGroup group;

    @Override
    Finding screen(Screening s) {
      return s.anaemia(group, opt(hb));
    }
  }

  @Command(name = "kek", description = "KEK menurut LiLA / chronic energy deficiency by MUAC.")
  static final class Kek extends Base {
    @Option(names = "--muac", description = "LiLA / MUAC, cm")
    Double muac;

    @Option(names = "--group", defaultValue = "PREGNANT", description = "PREGNANT (default) or WUS")
    KekGroup group;

    @Override
    Finding screen(Screening s) {
      return s.kek(group, opt(muac));
    }
  }

  @Command(name = "glucose", description = "Gula darah / blood glucose.")
  static final class Glucose extends Base {
    @Option(names = "--value", description = "mg/dL (HbA1c: %%)")
    Double value;

    @Option(
        names = "--test",
        defaultValue = "RANDOM",
        description = "RANDOM (GDS, default), FASTING (GDP), OGTT_2H, HBA1C")
    GlucoseTest test;

    @Override
    Finding screen(Screening s) {
      return s.glucose(test, opt(value));
    }
  }

  @Command(name = "bmi", description = "IMT dewasa / adult BMI (Kemenkes bands).")
  static final class Bmi extends Base {
    @Option(names = "--weight", description = "Berat / weight, kg")
    Double weight;

    @Option(names = "--height", description = "Tinggi / height, cm")
    Double height;

    @Override
    Finding screen(Screening s) {
      return s.adultBmi(opt(weight), opt(height));
    }
  }

  @Command(name = "waist", description = "Obesitas sentral / central obesity by waist.")
  static final class Waist extends Base {
    @Option(names = "--waist", description = "Lingkar perut / waist, cm")
    Double waist;

    @Option(
        names = "--sex",
        required = true,
        converter = SexConverter.class,
        description = "L/P, m/f, 1/2")
    Sex sex;

    @Override
    Finding screen(Screening s) {
      return s.centralObesity(sex, opt(waist));
    }
  }

  @Command(name = "muac-child", description = "LiLA anak 6-59 bulan / child MUAC.")
  static final class MuacChild extends Base {
    @Option(names = "--muac", description = "LiLA / MUAC, cm")
    Double muac;

    @Option(names = "--birth", required = true, description = "Tanggal lahir / birth date")
    LocalDate birth;

    @Option(names = "--as-of", required = true, description = "Tanggal periksa / as-of date")
    LocalDate asOf;

    @Override
    Finding screen(Screening s) {
      return s.childMuac(birth, asOf, opt(muac));
    }
  }

  @Command(name = "head", description = "Lingkar kepala / head circumference-for-age z-score.")
  static final class Head extends Base {
    @Option(names = "--z", description = "z-score LK/U")
    Double z;

    @Override
    Finding screen(Screening s) {
      return s.headCircumference(opt(z));
    }
  }

  @Command(name = "puma", description = "PUMA (PPOK / COPD risk).")
  static final class Puma extends Base {
    @Option(names = "--age", description = "Umur / age, years")
    Integer age;

    @Option(names = "--score", description = "Skor PUMA / PUMA score")
    Integer score;

    @Option(names = "--cutoff", description = "Ambang risiko tinggi / high-risk cut-off (table: 6)")
    Integer cutoff;

    @Override
    Finding screen(Screening s) {
      return cutoff == null ? s.puma(opt(age), opt(score)) : s.puma(opt(age), opt(score), cutoff);
    }
  }

  @Command(
      name = "tb",
      description =
          "Gejala TBC / TB symptoms: the listed ones are present, the " + "others absent.")
  static final class Tb extends Base {
    @Option(
        names = "--symptoms",
        split = ",",
        description =
            "e.g. COUGH_2_WEEKS,NIGHT_SWEATS; known: COUGH_2_WEEKS, FEVER_2_WEEKS, WEIGHT_LOSS,"
                + " TB_CONTACT, MALAISE, NIGHT_SWEATS, HAEMOPTYSIS, DYSPNOEA")
    List<TbSymptom> symptoms = new ArrayList<>();

    @Option(
        names = "--min",
        description = "Jumlah gejala untuk rujuk / symptoms to refer (table: 2)")
    Integer min;

    @Override
    Finding screen(Screening s) {
      Map<TbSymptom, Boolean> m = new EnumMap<>(TbSymptom.class);
      for (TbSymptom t : TbSymptom.values()) {
        m.put(t, symptoms.contains(t));
      }
      return min == null ? s.tbSymptoms(m) : s.tbSymptoms(m, min);
    }
  }

  @Command(
      name = "srq20",
      description = "SRQ-20: the listed items are \"Ya\", the others \"Tidak\".")
  static final class Srq20 extends Base {
    @Option(names = "--yes", split = ",", description = "Butir \"Ya\" / items answered yes, 1-20")
    List<Integer> yes = new ArrayList<>();

    @Override
    Finding screen(Screening s) {
      Map<Integer, Boolean> m = new HashMap<>();
      for (int i = 1; i <= 20; i++) {
        m.put(i, false);
      }
      for (Integer i : yes) {
        if (i < 1 || i > 20) {
          throw new IllegalArgumentException("SRQ-20 item " + i + " is outside 1-20");
        }
        m.put(i, true);
      }
      return s.srq20(m);
    }
  }

  @Command(name = "phq4", description = "PHQ-4: four answers 0-3 (interest, down, nervous, worry).")
  static final class Phq4 extends Base {
    @Option(names = "--answers", split = ",", required = true, description = "e.g. 1,2,0,0")
    List<Integer> answers;

    @Option(names = "--cutoff", description = "Ambang subskala / subscale cut-off (table: 3)")
    Integer cutoff;

    @Override
    Finding screen(Screening s) {
      if (answers.size() != 4) {
        throw new IllegalArgumentException("--answers needs 4 values, got " + answers.size());
      }
      Phq4Answers a =
          Phq4Answers.of(answers.get(0), answers.get(1), answers.get(2), answers.get(3));
      return cutoff == null ? s.phq4(a) : s.phq4(a, cutoff);
    }
  }

  @Command(name = "adl", description = "AKS/ADL (Barthel 0-20).")
  static final class Adl extends Base {
    @Option(names = "--score", description = "Skor / score 0-20")
    Integer score;

    @Override
    Finding screen(Screening s) {
      return s.adl(opt(score));
    }
  }

  @Command(
      name = "skilas",
      description = "SKILAS: the listed domains are positive, the others not.")
  static final class Skilas extends Base {
    @Option(
        names = "--positive",
        split = ",",
        description = "COGNITION, MOBILITY, MALNUTRITION, " + "VISION, HEARING, DEPRESSION")
    List<SkilasDomain> positive = new ArrayList<>();

    @Override
    Finding screen(Screening s) {
      Map<SkilasDomain, Boolean> m = new EnumMap<>(SkilasDomain.class);
      for (SkilasDomain d : SkilasDomain.values()) {
        m.put(d, positive.contains(d));
      }
      return s.skilas(m);
    }
  }

  @Command(name = "kpsp", description = "KPSP: number of \"Ya\" answers out of 10.")
  static final class Kpsp extends Base {
    @Option(names = "--yes-count", description = "0-10")
    Integer yesCount;

    @Override
    Finding screen(Screening s) {
      return s.kpsp(opt(yesCount));
    }
  }

  /** Reads a sex code the way {@link Sex#parse(String)} does. */
  static final class SexConverter implements CommandLine.ITypeConverter<Sex> {
    @Override
    public Sex convert(String value) {
      return Sex.parse(value);
    }
  }
}
