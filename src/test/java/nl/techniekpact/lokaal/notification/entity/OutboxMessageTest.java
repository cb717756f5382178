package nl.techniekpact.lokaal.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  final Instant now = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void waitsTwiceAsLongAfterEveryFailureUpToAnHour() {
    OutboxMessage message = new OutboxMessage("juf@school.example.nl", "Onderwerp", "tekst", null, 1L);
    long[] expectedMinutes = {1, 2, 4, 8, 16, 32, 60, 60};
    for (long minutes : expectedMinutes) {
      message.failed(now, "connection refused");
      assertEquals(now.plus(Duration.ofMinutes(minutes)), message.nextAttemptAt());
    }
    assertEquals(OutboxMessage.Status.PENDING, message.status());
    assertEquals(8, message.attempts());
  }

  @Test
  void isSentOnceDeliveredAndForgetsTheLastError() {
    OutboxMessage message = new OutboxMessage("juf@school.example.nl", "Onderwerp", "tekst", null, 1L);
    message.failed(now, "timeout");
    message.sent(now.plusSeconds(90));
    assertEquals(OutboxMessage.Status.SENT, message.status());
    assertEquals(now.plusSeconds(90), message.sentAt());
    assertNull(message.lastError());
  }
}
