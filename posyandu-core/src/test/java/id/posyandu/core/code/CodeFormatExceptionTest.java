package id.posyandu.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeFormatExceptionTest {

  @Test
  void survivesSerializationWithItsCodeAndMessages() throws IOException, ClassNotFoundException {
    CodeFormatException e = new CodeFormatException("NIK.SERIAL",
        Map.of("value", "3174**********00", "length", "16"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    CodeFormatException back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (CodeFormatException) in.readObject();
    }
    assertThat(back.code()).isEqualTo("NIK.SERIAL");
    assertThat(back.getMessage()).isEqualTo(e.getMessage())
        .isEqualTo("NIK 3174**********00: nomor urut tidak boleh 0000"
            + " / NIK 3174**********00: serial number must not be 0000");
  }

  @Test
  void fallsBackToTheKeyForAnUnknownCodeAndKeepsUnknownParameters() {
    CodeFormatException e = new CodeFormatException("NO.SUCH", Map.of());
    assertThat(e.messageKey()).isEqualTo("posyandu.code.NO.SUCH");
    assertThat(e.messageEn()).isEqualTo("posyandu.code.NO.SUCH");
    CodeFormatException noParams = new CodeFormatException("NIK.MONTH", Map.of());
    assertThat(noParams.messageEn())
        .isEqualTo("NIK {value}: month of birth {part} is not valid (01-12)");
  }

  @Test
  void hasImmutableParameters() {
    CodeFormatException e = new CodeFormatException("NIK.EMPTY", Map.of("a", "b"));
    assertThatThrownBy(() -> e.parameters().put("c", "d"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void namesEveryAllowedLevelWhenTheLevelIsWrong() {
    assertThatThrownBy(() -> KodeWilayah.parse("31.74", WilayahLevel.DESA_KELURAHAN,
        WilayahLevel.KECAMATAN))
        .isInstanceOfSatisfying(CodeFormatException.class, e -> assertThat(e.messageEn())
            .isEqualTo("Area code 31.74 is a Regency/City code; expected District / Village"));
  }
}
