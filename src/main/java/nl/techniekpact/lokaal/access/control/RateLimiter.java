package nl.techniekpact.lokaal.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits sign-in attempts and link requests per e-mail address and per client address within a
 * sliding window, against password guessing and mail flooding. Kept in memory: Lokaal runs as one
 * process, and a restart forgetting the counts is harmless.
 */
@ApplicationScoped
public class RateLimiter {

  /** Thrown when a limit is reached; the response tells when to try again. */
  public static class TooManyRequestsException extends RuntimeException {
    private final long retryAfterSeconds;

    TooManyRequestsException(long retryAfterSeconds) {
      super(
          "too many attempts; try again in " + Math.max(1, retryAfterSeconds / 60) + " minute(s)");
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  @Inject
  @ConfigProperty(name = "lokaal.rate-limit.per-address", defaultValue = "5")
  int perAddress;

  @Inject
  @ConfigProperty(name = "lokaal.rate-limit.per-client", defaultValue = "30")
  int perClient;

  @Inject
  @ConfigProperty(name = "lokaal.rate-limit.window-minutes", defaultValue = "15")
  int windowMinutes;

  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  /**
   * Counts one attempt for the e-mail address and one for the client; refuses if either is over its
   * limit.
   */
  public void attempt(String action, String email, String client) {
    Instant now = Instant.now();
    count(
        action + "|address|" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT)),
        perAddress,
        now);
    count(action + "|client|" + client, perClient, now);
  }

  private void count(String key, int limit, Instant now) {
    Duration window = Duration.ofMinutes(windowMinutes);
    Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        throw new TooManyRequestsException(
            Duration.between(now, times.peekFirst().plus(window)).toSeconds());
      }
      times.addLast(now);
    }
    if (attempts.size() > 100_000) {
      attempts.entrySet().removeIf(e -> e.getValue().isEmpty());
    }
  }

  /** Forgets all counts; for tests that sign in many times. */
  public void reset() {
    attempts.clear();
  }
}
