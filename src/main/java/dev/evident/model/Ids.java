package dev.evident.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identifier rules. Ids are lower-case ASCII letters, digits and single hyphens, start with a
 * letter or digit, and are at most 80 characters: safe as file names on every OS, typable, and
 * free of anything a terminal would interpret.
 */
public final class Ids {
  public static final int MAX_LENGTH = 80;
  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final java.util.Set<String> WINDOWS_DEVICES = java.util.Set.of(
      "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
      "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private static final String RESERVED_SOURCE = "source";

  private Ids() {}

  /** Null when {@code id} is valid, else why not. */
  public static String problem(String id) {
    if (id == null || id.isEmpty()) {
      return "id is empty";
    }
    if (id.length() > MAX_LENGTH) {
      return "id is longer than " + MAX_LENGTH + " characters";
    }
    if (!VALID.matcher(id).matches()) {
      return "id may hold only a-z, 0-9 and single inner hyphens";
    }
    if (WINDOWS_DEVICES.contains(id)) {
      return "id '" + id + "' is a reserved device name on Windows";
    }
    if (id.equals(RESERVED_SOURCE)) {
      // claims/<source>/source.yaml: a claim with this id would overwrite its source record
      return "id 'source' is reserved for the source record's file name";
    }
    return null;
  }

  public static boolean isValid(String id) {
    return problem(id) == null;
  }

  /** Lower-case ASCII slug of free text: accents dropped, other runs become one hyphen. */
  public static String slug(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The text a claim id is derived from: the quote, whitespace-normalized and lower-cased. */
  public static String quoteKey(String quote) {
    return QuoteText.normalize(quote).toLowerCase(Locale.ROOT);
  }
}
