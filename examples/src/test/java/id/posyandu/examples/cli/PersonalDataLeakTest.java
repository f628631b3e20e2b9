package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.posyandu.core.code.Nik;
import id.posyandu.core.code.NomorKk;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The leak test of issue 19, which cannot go stale: records whose every text field holds a known
 * NIK, KK number or name (also in the wrong fields, in shifted CSV columns, with wrong types) are
 * given to every command of the tool, found by walking picocli's command tree (a new command is
 * covered without editing this test), and no NIK, KK number or name may appear in anything the
 * tool prints or writes, except the files that are the user's own data (the {@code zscore} output,
 * which passes the input's columns through, and what {@code generate} writes).
 */
class PersonalDataLeakTest {

  /** Valid NIKs (resident ids too) and KK numbers (household ids too), and names. */
  private static final Set<String> SECRETS = new LinkedHashSet<>();
  private static final String NIK_A = "3204124506990007";
  private static final String NIK_B = "3273015708120003";
  private static final String KK_A = "3204121203150007";
  private static final String NAME_A = "Dewi Sartika Putri";
  private static final String NAME_B = "Ahmad Fauzi Rahman";
  private static final List<String> NAMES = List.of(NAME_A, NAME_B, "Siti Nurhaliza",
      "Bambang Wijayakusuma");

  @TempDir static Path dir;
  private static Path pop;
  private static final List<Path> INPUTS = new ArrayList<>();
  private static String posyandu;
  private static String childId;

  @BeforeAll
  static void data() throws IOException {
    assertThat(Nik.isValid(NIK_A) && Nik.isValid(NIK_B) && NomorKk.isValid(KK_A)).isTrue();
    pop = dir.resolve("pop");
    int code = PosyanduCli.execute(new String[] {"generate", "--residents", "40", "--seed", "3",
        "--months", "3", "--end", "2026-10", "-o", pop.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    personalise();
    SECRETS.addAll(List.of(NIK_A, NIK_B, KK_A));
    SECRETS.addAll(NAMES);
    hostileFiles();
  }

  /**
   * Every resident id becomes a NIK and every household id a KK number (as where a Posyandu uses
   * them as ids), every name a known name, and NIKs go into fields they do not belong in.
   */
  private static void personalise() throws IOException {
    ObjectMapper m = new ObjectMapper();
    Map<String, String> ids = new LinkedHashMap<>();
    int serial = 1;
    for (String line : Files.readAllLines(pop.resolve("residents.ndjson"))) {
      if (!line.isBlank()) {
        String id = m.readTree(line).get("id").asText();
        String nik = String.format(Locale.ROOT, "3204124506%02d%04d", 90 + serial % 10, serial);
        ids.put(id, nik);
        SECRETS.add(nik);
        serial++;
      }
    }
    for (String line : Files.readAllLines(pop.resolve("households.ndjson"))) {
      if (!line.isBlank()) {
        String id = m.readTree(line).get("id").asText();
        String kk = String.format(Locale.ROOT, "320412120315%04d", serial++);
        ids.put(id, kk);
        SECRETS.add(kk);
      }
    }
    try (Stream<Path> files = Files.list(pop)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".ndjson")).toList()) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String line : Files.readAllLines(f)) {
          if (line.isBlank()) {
            continue;
          }
          ObjectNode n = (ObjectNode) m.readTree(line);
          String text = n.toString();
          for (Map.Entry<String, String> e : ids.entrySet()) {
            text = text.replace("\"" + e.getKey() + "\"", "\"" + e.getValue() + "\"");
          }
          n = (ObjectNode) m.readTree(text);
          if (n.has("name")) {
            n.put("name", NAMES.get(i++ % NAMES.size()));
          }
          if (n.has("nik")) {
            n.put("nik", NIK_B);
          }
          out.add(n.toString());
        }
        Files.write(f, out);
      }
    }
    childId = ids.values().iterator().next();
    posyandu = m.readTree(Files.readAllLines(pop.resolve("posyandu.ndjson")).get(0))
        .get("registrationNumber").asText();
  }

  /** Records with personal data in the wrong places, in NDJSON and CSV. */
  private static void hostileFiles() throws IOException {
    String resident = "{\"type\":\"resident\",\"id\":\"" + NIK_A + "\",\"nik\":\"" + NIK_A
        + "\",\"name\":\"" + NAME_A + "\",\"sex\":\"FEMALE\",\"birthDate\":\"2024-05-05\","
        + "\"householdId\":\"" + KK_A + "\",\"relationToHead\":\"ANAK\"}";
    String household = "{\"type\":\"household\",\"id\":\"" + KK_A + "\",\"kkNumber\":\"" + KK_A
        + "\",\"address\":{\"kodeDesa\":\"32.04.12.2001\",\"rt\":\"001\",\"rw\":\"002\","
        + "\"street\":\"" + NAME_B + "\"},\"posyandu\":\"32.04.12.2001.001\"}";
    List<String> wrong = List.of(resident, household,
        resident.replace("\"FEMALE\"", "\"" + NAME_A + "\""),
        resident.replace("\"2024-05-05\"", "\"" + NIK_A + "\""),
        resident.replace("\"ANAK\"", "\"" + NAME_B + "\""),
        resident.replace("\"nik\":\"" + NIK_A + "\"", "\"nik\":\"" + NAME_A + "\""),
        resident.replace("\"nik\":\"" + NIK_A + "\"", "\"nik\":" + NIK_A),
        resident.replace("\"id\":", "\"" + NIK_B + "\":1,\"id\":"),
        resident.replace("\"id\":", "\"" + NAME_B + "\":1,\"" + NAME_B + "\":2,\"id\":"),
        household.replace("\"32.04.12.2001\"", "\"" + NIK_A + "\""),
        household.replace("\"32.04.12.2001\"", "\"" + NAME_A + "\""),
        household.replace("\"32.04.12.2001.001\"", "\"" + KK_A + "\""),
        household.replace("\"kkNumber\":\"" + KK_A + "\"", "\"kkNumber\":\"" + NAME_B + "\""),
        household.replace("\"001\"", "\"" + NIK_B + "\""),
        "{\"type\":\"visit\",\"id\":\"" + NIK_B + "\",\"residentId\":\"" + NIK_A
            + "\",\"date\":\"2026-10-03\",\"posyandu\":\"" + KK_A + "\",\"setting\":\""
            + NAME_A + "\",\"kaderId\":\"" + NAME_B + "\",\"records\":[{\"type\":\"anthropometry\","
            + "\"weightKg\":\"" + NIK_B + "\",\"lengthOrHeightCm\":" + NIK_A + "}]}",
        "{\"type\":\"" + NAME_A + "\",\"id\":\"" + NIK_A + "\"}",
        "[\"" + NIK_A + "\",\"" + NAME_A + "\"]",
        "{\"type\":\"resident\",\"id\":\"" + NIK_A + "\",\"name\":\"" + NAME_A);
    Path nd = Files.write(dir.resolve("hostile.ndjson"), wrong);
    INPUTS.add(nd);
    Path mixed = dir.resolve("mixed");
    Files.createDirectories(mixed);
    Files.write(mixed.resolve("residents.ndjson"), wrong);
    INPUTS.add(mixed);
    INPUTS.add(Files.writeString(dir.resolve("one.json"), wrong.get(2)));
    String residentsCsv = "id,nik,name,sex,birthDate,householdId,relationToHead\n"
        + NIK_A + "," + NIK_A + "," + NAME_A + ",P,2024-05-05," + KK_A + ",ANAK\n"
        + NIK_A + "," + NAME_A + "," + NIK_A + "," + NAME_B + "," + NIK_B + "," + KK_A + ","
        + NAME_A + "\n"
        + NIK_A + "," + NAME_A + ",P,2024-05-05," + KK_A + ",ANAK\n"
        + NIK_A + "," + NIK_A + "," + NAME_A + ",P,2024-05-05," + KK_A + ",ANAK," + NAME_B + "\n";
    INPUTS.add(Files.writeString(dir.resolve("residents.csv"), residentsCsv));
    INPUTS.add(Files.writeString(dir.resolve("headerless.csv"),
        residentsCsv.substring(residentsCsv.indexOf('\n') + 1)));
    INPUTS.add(Files.writeString(dir.resolve("households.csv"),
        "id,kkNumber,street,rt,rw,kodeDesa,posyandu\n"
            + KK_A + "," + KK_A + "," + NAME_B + ",001,002," + NIK_A + "," + KK_A + "\n"
            + KK_A + "," + NAME_A + "," + NAME_B + "," + NIK_B + ",002," + NAME_A + ","
            + NAME_B + "\n"));
    INPUTS.add(Files.writeString(dir.resolve("visits.csv"),
        "id,residentId,date,posyandu,setting,kaderId,weightKg,position\n"
            + NIK_B + "," + NIK_A + ",2026-10-03,32.04.12.2001.001,POSYANDU_SESSION," + NAME_A
            + "," + NIK_A + "," + NAME_B + "\n"
            + NIK_B + "," + NIK_A + "," + NAME_A + "," + KK_A + "," + NAME_B + ",k1," + NAME_A
            + ",l\n"));
    INPUTS.add(Files.writeString(dir.resolve("children.csv"),
        "child_id,sex,birth_date,date,weight_kg,length_cm,measure,age_days,weight,lenhei,name\n"
            + NIK_A + ",P,2024-05-05,2026-10-03,10.2,80,l,880,10.2,80," + NAME_A + "\n"
            + NIK_A + "," + NAME_A + "," + NIK_B + ",2026-10-03," + NAME_B + "," + NIK_A + ","
            + NAME_A + "," + NIK_A + "," + NAME_B + "," + NIK_B + "," + NAME_A + "\n"
            + NIK_A + ",P,2024-05-05,2026-10-04," + NIK_B + ",81," + NAME_B + "\n"));
    INPUTS.add(pop);
    INPUTS.add(pop.resolve("visits.ndjson"));
  }

  /** Values for options a command requires, by option name; others get the first input. */
  private static String valueFor(OptionSpec o, Path out) {
    String name = o.longestName();
    switch (name) {
      case "--period": case "--month": case "--end":
        return "2026-10";
      case "--as-of":
        return "2026-10-31";
      case "--birth":
        return "2025-01-10";
      case "--posyandu":
        return posyandu;
      case "--child":
        return childId;
      case "--indicator":
        return o.command().name().equals("chart") ? "wfa" : "KES-DS";
      case "--residents":
        return "60";
      case "--output":
        return out.toString();
      default:
        return "1";
    }
  }

  /** Every runnable command: the leaves of the tree under {@code posyandu}. */
  private static List<CommandLine> leaves(CommandLine c) {
    List<CommandLine> out = new ArrayList<>();
    if (c.getSubcommands().isEmpty() || c.getCommandSpec().userObject() instanceof Runnable
        || c.getCommandSpec().userObject() instanceof java.util.concurrent.Callable) {
      out.add(c);
    }
    for (CommandLine sub : new LinkedHashSet<>(c.getSubcommands().values())) {
      if (!sub.getCommandName().equals("help")) {
        out.addAll(leaves(sub));
      }
    }
    return out;
  }

  private static List<String> path(CommandLine c) {
    List<String> names = new ArrayList<>();
    for (CommandSpec s = c.getCommandSpec(); s.parent() != null; s = s.parent()) {
      names.add(0, s.name());
    }
    return names;
  }

  /** The argument lists a command is run with: one per input when it reads files. */
  private static List<List<String>> argumentLists(CommandLine c, Path out) {
    CommandSpec spec = c.getCommandSpec();
    boolean readsFiles = spec.positionalParameters().stream()
        .anyMatch(p -> Path.class.isAssignableFrom(p.type()));
    List<List<String>> lists = new ArrayList<>();
    List<Path> inputs = readsFiles ? INPUTS : List.of(dir);
    for (Path input : inputs) {
      List<String> args = new ArrayList<>(path(c));
      for (PositionalParamSpec p : spec.positionalParameters()) {
        if (Path.class.isAssignableFrom(p.type())) {
          args.add(input.toString());
        }
      }
      for (OptionSpec o : spec.options()) {
        boolean output = o.longestName().equals("--output");
        if ((o.required() || output) && o.arity().max() > 0) {
          args.add(o.longestName());
          Path target = output && spec.name().equals("zscore") ? out.resolve("z.csv") : out;
          args.add(valueFor(o, target));
        }
      }
      lists.add(args);
    }
    return lists;
  }

  @Test
  void noCommandPrintsOrWritesANikKkNumberOrName() throws IOException {
    CommandLine root = new CommandLine(new PosyanduCli());
    List<CommandLine> commands = leaves(root);
    assertThat(commands.stream().map(CommandLine::getCommandName).collect(Collectors.toSet()))
        .contains("validate", "zscore", "chart", "report", "followup", "homevisit", "schedule",
            "screen", "bp");
    List<String> leaks = new ArrayList<>();
    int runs = 0;
    int n = 0;
    for (CommandLine c : commands) {
      for (String lang : List.of("id", "en")) {
        Path out = dir.resolve("out-" + n++);
        for (List<String> args : argumentLists(c, out)) {
          if (lang.equals("en") && c.getCommandSpec().findOption("--lang") != null) {
            args.add("--lang");
            args.add("en");
          } else if (lang.equals("en")) {
            continue;
          }
          StringWriter so = new StringWriter();
          StringWriter se = new StringWriter();
          PosyanduCli.execute(args.toArray(String[]::new), new PrintWriter(so, true),
              new PrintWriter(se, true));
          runs++;
          String written = written(out, c.getCommandName());
          for (String secret : SECRETS) {
            for (String[] where : new String[][] {{"stdout", so.toString()},
                {"stderr", se.toString()}, {"files written", written}}) {
              if (where[1].contains(secret)) {
                leaks.add(String.join(" ", args) + " -> " + where[0] + " holds " + secret);
              }
            }
          }
        }
      }
    }
    assertThat(runs).isGreaterThan(50);
    assertThat(leaks).as("personal data in messages or outputs").isEmpty();
  }

  /** The text of the files a command wrote, but not the user's own data it passes through. */
  private static String written(Path out, String command) throws IOException {
    if (!Files.isDirectory(out) || command.equals("generate") || command.equals("zscore")) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        sb.append(f.getFileName()).append('\n');
        String name = f.toString();
        if (name.endsWith(".svg") || name.endsWith(".html") || name.endsWith(".txt")
            || name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".csv")) {
          sb.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
      }
    }
    return sb.toString();
  }
}
