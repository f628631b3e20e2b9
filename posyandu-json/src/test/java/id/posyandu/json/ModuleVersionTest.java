package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ModuleVersionTest {

  @Test
  void theModuleReportsTheMavenVersionOfPosyanduJson() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
        .matcher(pom);
    assertThat(m.find()).as("version in pom.xml").isTrue();

    Version v = new PosyanduModule().version();

    assertThat(v.isUnknownVersion()).isFalse();
    assertThat(v.getGroupId()).isEqualTo("id.posyandu");
    assertThat(v.getArtifactId()).isEqualTo("posyandu-json");
    assertThat(v.toString()).isEqualTo(m.group(1));
  }
}
