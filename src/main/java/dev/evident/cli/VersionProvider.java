package dev.evident.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven filtered into {@code version.properties}. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(
        "/dev/evident/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {"evident " + p.getProperty("version", "unknown")};
  }
}
