package nl.techniekpact.lokaal.access.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  RateLimiter limiter;

  @BeforeEach
  void limits() {
    limiter = new RateLimiter();
    limiter.perAddress = 3;
    limiter.perClient = 5;
    limiter.windowMinutes = 15;
  }

  @Test
  void refusesTheAttemptAfterTheLimitForOneAddress() {
    for (int i = 0; i < 3; i++) {
      limiter.attempt("link", "juf@school.example.nl", "10.0.0." + i);
    }
    var refused =
        assertThrows(
            RateLimiter.TooManyRequestsException.class,
            () -> limiter.attempt("link", "juf@school.example.nl", "10.0.0.9"));
    assertTrue(refused.retryAfterSeconds() > 0 && refused.retryAfterSeconds() <= 15 * 60);
  }

  @Test
  void countsAddressesWithoutRegardToCase() {
    for (int i = 0; i < 3; i++) {
      limiter.attempt("link", "Juf@School.example.nl", "10.0.0." + i);
    }
    assertThrows(
        RateLimiter.TooManyRequestsException.class,
        () -> limiter.attempt("link", "juf@school.example.nl", "10.0.0.9"));
  }

  @Test
  void refusesAClientThatTriesManyAddresses() {
    for (int i = 0; i < 5; i++) {
      limiter.attempt("sign-in", "person" + i + "@example.nl", "192.0.2.1");
    }
    assertThrows(
        RateLimiter.TooManyRequestsException.class,
        () -> limiter.attempt("sign-in", "another@example.nl", "192.0.2.1"));
  }

  @Test
  void keepsActionsApart() {
    for (int i = 0; i < 3; i++) {
      limiter.attempt("link", "juf@school.example.nl", "10.0.0." + i);
    }
    assertDoesNotThrow(() -> limiter.attempt("sign-in", "juf@school.example.nl", "10.0.1.1"));
  }
}
