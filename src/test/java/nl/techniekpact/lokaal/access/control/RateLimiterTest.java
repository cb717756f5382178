package nl.techniekpact.lokaal.access.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
    limiter.failuresBeforeDelay = 5;
    limiter.longestDelayMinutes = 15;
    limiter.clock = Clock.fixed(now, ZoneOffset.UTC);
  }

  Instant now = Instant.parse("2027-02-08T09:00:00Z");

  void later(Duration by) {
    now = now.plus(by);
    limiter.clock = Clock.fixed(now, ZoneOffset.UTC);
  }

  void failFrom(String client, int times) {
    for (int i = 0; i < times; i++) {
      limiter.beforeSignIn("beheer@pact.example.nl", client);
      limiter.signInFailed("beheer@pact.example.nl", client);
    }
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

  @Test
  void aFloodOfFailedSignInsFromOneClientDoesNotStopAnotherClient() {
    limiter.perClient = 1_000;
    failFrom("203.0.113.66", 5);
    assertThrows(
        RateLimiter.TooManyRequestsException.class,
        () -> limiter.beforeSignIn("beheer@pact.example.nl", "203.0.113.66"));
    assertDoesNotThrow(() -> limiter.beforeSignIn("beheer@pact.example.nl", "198.51.100.7"));
  }

  @Test
  void failedSignInsSlowTheirOwnClientDownWithAGrowingDelayInsteadOfBlockingIt() {
    limiter.perClient = 1_000;
    failFrom("198.51.100.7", 5);
    var first =
        assertThrows(
            RateLimiter.TooManyRequestsException.class,
            () -> limiter.beforeSignIn("beheer@pact.example.nl", "198.51.100.7"));
    assertEquals(1, first.retryAfterSeconds());
    later(Duration.ofSeconds(1));
    failFrom("198.51.100.7", 1);
    var second =
        assertThrows(
            RateLimiter.TooManyRequestsException.class,
            () -> limiter.beforeSignIn("beheer@pact.example.nl", "198.51.100.7"));
    assertEquals(2, second.retryAfterSeconds());
    later(Duration.ofSeconds(2));
    assertDoesNotThrow(() -> limiter.beforeSignIn("beheer@pact.example.nl", "198.51.100.7"));
  }

  @Test
  void theDelayStopsGrowingAtTheLongest() {
    assertEquals(Duration.ofMinutes(15), limiter.delayAfter(40));
    assertEquals(Duration.ofSeconds(1), limiter.delayAfter(5));
    assertEquals(Duration.ofSeconds(8), limiter.delayAfter(8));
  }

  @Test
  void aSuccessfulSignInForgetsTheFailuresOfItsClient() {
    limiter.perClient = 1_000;
    failFrom("198.51.100.7", 5);
    limiter.signInSucceeded("beheer@pact.example.nl", "198.51.100.7");
    assertDoesNotThrow(() -> limiter.beforeSignIn("beheer@pact.example.nl", "198.51.100.7"));
  }

  @Test
  void everySignInAttemptCountsTowardsTheClientsCeiling() {
    for (int i = 0; i < 5; i++) {
      limiter.beforeSignIn("person" + i + "@example.nl", "192.0.2.1");
    }
    assertThrows(
        RateLimiter.TooManyRequestsException.class,
        () -> limiter.beforeSignIn("another@example.nl", "192.0.2.1"));
    assertDoesNotThrow(() -> limiter.beforeSignIn("another@example.nl", "192.0.2.2"));
  }
}
