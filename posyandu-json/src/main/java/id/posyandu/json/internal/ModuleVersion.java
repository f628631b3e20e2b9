package id.posyandu.json.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of posyandu-json as Jackson reports it for {@link id.posyandu.json.PosyanduModule}:
 * read from {@code version.properties}, which the build writes from the Maven project version
 * (resource filtering), so it is never hard-coded.
 */
public final class ModuleVersion {
  /** The module's version, e.g. {@code 0.1.0-SNAPSHOT} of {@code id.posyandu:posyandu-json}. */
  public static final Version VERSION = read();

  private ModuleVersion() {}

  private static Version read() {
    Properties p = new Properties();
    try (InputStream in = ModuleVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties of posyandu-json", e);
    }
    return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"),
        p.getProperty("artifactId"));
  }
}
