package id.posyandu.examples.cli;

import id.posyandu.json.RecordTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code posyandu schema [TYPE]}: prints the JSON Schema (draft 2020-12) that posyandu-json ships
 * for a record type or a result type ({@link RecordTypes#core()}, {@link RecordTypes#results()};
 * {@link RecordTypes#schemaResource}), so non-Java systems can validate the same records and read
 * the same results (e.g. {@code reportRow} of {@code posyandu report --format json}). Without a
 * type, prints one JSON object mapping each type that has a schema to its schema. Exit code 0, 2
 * for a type that is unknown or has no schema.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {
        "Mencetak JSON Schema rekaman dan hasil Posyandu (semua, atau satu jenis).",
        "Prints the JSON Schemas of Posyandu records and results (all, or one type).",
        "Keluar / exit: 0 berhasil / done, 2 jenis tidak dikenal / unknown type."})
final class SchemaCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TYPE",
      description = "Jenis rekaman atau hasil / record or result type, e.g. resident, reportRow "
          + "(default: all)")
  String type;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> names = new ArrayList<>();
    for (RecordTypes types : List.of(RecordTypes.core(), RecordTypes.results())) {
      for (String n : types.asMap().keySet()) {
        if (schema(n) != null) {
          names.add(n);
        }
      }
    }
    if (type != null) {
      String text = names.contains(type) ? schema(type) : null;
      if (text == null) {
        err.println("posyandu: jenis rekaman tanpa skema / record type without a schema: '" + type
            + "'; ada / available: " + String.join(", ", names));
        return PosyanduCli.EXIT_UNREADABLE;
      }
      out.println(text.strip());
      return 0;
    }
    out.println("{");
    for (int i = 0; i < names.size(); i++) {
      out.print("\"" + names.get(i) + "\" : " + schema(names.get(i)).strip());
      out.println(i < names.size() - 1 ? "," : "");
    }
    out.println("}");
    return 0;
  }

  /** The schema text of a type, or null when posyandu-json ships none. */
  private static String schema(String name) throws IOException {
    try (InputStream in = RecordTypes.class.getClassLoader()
        .getResourceAsStream(RecordTypes.schemaResource(name))) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
