package nl.techniekpact.lokaal.company.entity;

import static nl.techniekpact.lokaal.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime HALF_ELEVEN = LocalTime.of(11, 30);

  @Test
  void lastsFromItsStartToItsEnd() {
    assertEquals(Duration.ofMinutes(150), new TimeWindow(NINE, HALF_ELEVEN).length());
  }

  @Test
  void mayLastJustOneMinute() {
    assertEquals(Duration.ofMinutes(1), new TimeWindow(NINE, NINE.plusMinutes(1)).length());
  }

  @Test
  void refusesToEndWhenItStarts() {
    assertInvalid("end", () -> new TimeWindow(NINE, NINE));
  }

  @Test
  void refusesToEndBeforeItStarts() {
    assertInvalid("end", () -> new TimeWindow(HALF_ELEVEN, NINE));
  }

  @Test
  void needsAStartAndAnEnd() {
    assertInvalid("start", () -> new TimeWindow(null, HALF_ELEVEN));
    assertInvalid("end", () -> new TimeWindow(NINE, null));
  }

  @Test
  void windowsAreEqualByStartAndEnd() {
    assertEquals(
        new TimeWindow(NINE, HALF_ELEVEN),
        new TimeWindow(LocalTime.of(9, 0), LocalTime.of(11, 30)));
  }
}
