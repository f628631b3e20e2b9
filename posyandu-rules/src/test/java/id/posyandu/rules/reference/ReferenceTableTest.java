package id.posyandu.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.rules.Confidence;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ReferenceTableTest {

  private static final String GOOD = "\uFEFF# id: test.kbm\n"
      + "# title: KBM\n"
      + "# source: Buku KIA 2023\n"
      + "# locator: p.54\n"
      + "# confidence: 3P\n"
      + "# version: 2023\n"
      + "#\n"
      + "month\tkbm_g\tnote\r\n"
      + "1\t800\t\r\n"
      + "\n"
      + "# a comment between rows\n"
      + "2\t900\tmerged cells\n";

  private static ReferenceTable parse(String text) {
    return ReferenceTable.parse("t.tsv", new StringReader(text));
  }

  @Test
  void readsMetadataHeaderAndRows() {
    ReferenceTable t = parse(GOOD);
    assertThat(t.id()).isEqualTo("test.kbm");
    assertThat(t.version()).contains("2023");
    assertThat(t.citation().document()).isEqualTo("Buku KIA 2023");
    assertThat(t.citation().locator()).isEqualTo("p.54");
    assertThat(t.citation().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(t.citation()).hasToString("Buku KIA 2023, p.54 [3P]");
    assertThat(t.columns()).containsExactly("month", "kbm_g", "note");
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.rows().get(0).integer("month")).isEqualTo(1);
    assertThat(t.rows().get(0).number("kbm_g")).isEqualTo(800.0);
    assertThat(t.rows().get(0).optionalText("note")).isEmpty();
    assertThat(t.rows().get(1).text("note")).isEqualTo("merged cells");
    assertThat(t.rows().get(1).lineNumber()).isEqualTo(12);
    assertThat(t.requireUniqueKey("month")).isSameAs(t);
  }

  @Test
  void missingMetadataIsNamed() {
    assertThatThrownBy(() -> parse("# id: x\n# confidence: C\na\tb\n1\t2\n"))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("source");
  }

  @Test
  void unknownConfidenceIsRejected() {
    assertThatThrownBy(() -> parse("# id: x\n# source: s\n# confidence: maybe\na\n1\n"))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("maybe");
  }

  @Test
  void wrongCellCountNamesTheLine() {
    assertThatThrownBy(() -> parse("# id: x\n# source: s\n# confidence: C\na\tb\n1\t2\n3\n"))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("t.tsv:6");
  }

  @Test
  void duplicateKeyNamesBothLines() {
    ReferenceTable t = parse("# id: x\n# source: s\n# confidence: C\na\tb\n1\t2\n1\t3\n");
    assertThatThrownBy(() -> t.requireUniqueKey("a"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("t.tsv:6").hasMessageContaining("line 5");
  }

  @Test
  void repeatedColumnNameIsRejected() {
    assertThatThrownBy(() -> parse("# id: x\n# source: s\n# confidence: C\na\ta\n"))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("repeated");
  }

  @Test
  void nonFiniteOrMalformedNumbersAreRejectedWithTheirLine() {
    ReferenceTable t = parse("# id: x\n# source: s\n# confidence: C\na\nNaN\nabc\n");
    assertThatThrownBy(() -> t.rows().get(0).number("a")).hasMessageContaining("t.tsv:5");
    assertThatThrownBy(() -> t.rows().get(1).integer("a")).hasMessageContaining("t.tsv:6");
    assertThatThrownBy(() -> t.rows().get(1).number("nope")).hasMessageContaining("nope");
  }

  @Test
  void rangeCheckedNumbers() {
    ReferenceTable t = parse("# id: x\n# source: s\n# confidence: C\na\n5\n");
    assertThat(t.rows().get(0).number("a", 0, 10)).isEqualTo(5.0);
    assertThatThrownBy(() -> t.rows().get(0).number("a", 6, 10))
        .hasMessageContaining("outside the expected range");
  }

  @Test
  void missingResourceIsAClearError() {
    assertThatThrownBy(() -> ReferenceTable.load(ReferenceTableTest.class, "nope.tsv"))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("nope.tsv");
  }
}
