package nl.techniekpact.lokaal.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void secretsCarry256BitsAsUrlSafeText() {
    String secret = Tokens.newSecret();
    assertEquals(43, secret.length(), "32 bytes in unpadded base64url");
    assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
    assertTrue(Tokens.looksValid(secret));
  }

  @Test
  void secretsDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(Tokens.newSecret()));
    }
  }

  @Test
  void storesOnlyAHashThatDiffersFromTheSecret() {
    String secret = Tokens.newSecret();
    String hash = Tokens.hash(secret);
    assertEquals(64, hash.length());
    assertNotEquals(secret, hash);
    assertEquals(hash, Tokens.hash(secret), "the same secret always finds its stored hash");
  }

  @Test
  void refusesGarbageBeforeAnyDatabaseLookUp() {
    assertFalse(Tokens.looksValid(null));
    assertFalse(Tokens.looksValid("short"));
    assertFalse(Tokens.looksValid("x".repeat(42) + "!"));
  }
}
