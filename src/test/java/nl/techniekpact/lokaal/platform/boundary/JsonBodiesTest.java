package nl.techniekpact.lokaal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import nl.techniekpact.lokaal.platform.control.Messages;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

  @Test
  void takesUtf8InAnyScript() {
    assertTrue(JsonBodies.isUtf8("{\"name\":\"Zoë 学校 🚀\"}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    for (byte[] bad :
        new byte[][] {
          {'"', (byte) 0xFF, '"'},
          {'"', (byte) 0xC0, (byte) 0xAF, '"'},
          {'"', (byte) 0xC3, 0x28, '"'},
          {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
          {'"', (byte) 0xE2, (byte) 0x82},
          "{}".getBytes(StandardCharsets.UTF_16)
        }) {
      assertFalse(JsonBodies.isUtf8(bad));
    }
  }

  @Test
  void wordsItsRefusalsInTheFirstLanguageOfAcceptLanguageThatLokaalSpeaks() {
    assertEquals(java.util.Locale.GERMAN, JsonBodies.language("fr-FR, de;q=0.8, en;q=0.5"));
    assertEquals(java.util.Locale.ENGLISH, JsonBodies.language("en-GB"));
    assertEquals(Messages.DUTCH, JsonBodies.language("fr"));
    assertEquals(Messages.DUTCH, JsonBodies.language(null));
    assertEquals(Messages.DUTCH, JsonBodies.language(";;;=="));
  }
}
