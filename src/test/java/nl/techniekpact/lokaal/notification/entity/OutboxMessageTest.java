package nl.techniekpact.lokaal.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  final Instant now = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void waitsTwiceAsLongAfterEveryFailureUpToAnHour() {
    OutboxMessage message =
        new OutboxMessage("juf@school.example.nl", "Onderwerp", "tekst", null, 1L);
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
    OutboxMessage message =
        new OutboxMessage("juf@school.example.nl", "Onderwerp", "tekst", null, 1L);
    message.failed(now, "timeout");
    message.sent(now.plusSeconds(90));
    assertEquals(OutboxMessage.Status.SENT, message.status());
    assertEquals(now.plusSeconds(90), message.sentAt());
    assertNull(message.lastError());
  }

  @Test
  void aDraftKeepsWhatItIsRenderedFromAndNoText() {
    OutboxMessage draft =
        OutboxMessage.draft(
                "juf@school.example.nl", "booking", "de", "{\"kind\":\"confirmed\"}", 1L)
            .withCalendarSnapshot("REQUEST", "{\"events\":[]}");
    assertTrue(draft.isDraft());
    assertEquals("booking", draft.template());
    assertEquals("REQUEST", draft.calendarMethod());
    assertNull(draft.subject());
    assertNull(draft.calendar());
    assertEquals(OutboxMessage.Status.PENDING, draft.status());
  }

  @Test
  void onlyADraftTakesACalendarSnapshot() {
    OutboxMessage rendered =
        new OutboxMessage("juf@school.example.nl", "Onderwerp", "tekst", null, 1L);
    assertFalse(rendered.isDraft());
    assertThrows(IllegalStateException.class, () -> rendered.withCalendarSnapshot("REQUEST", "{}"));
  }
}
