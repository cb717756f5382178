package nl.techniekpact.lokaal.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits what an outsider can try, in sliding windows kept in memory (a restart forgetting them is
 * harmless):
 *
 * <ul>
 *   <li>every client address has a ceiling on all its sign-in attempts and link requests together;
 *   <li>an address may be mailed only so many links per window, whoever asks (against mail floods);
 *   <li>failed sign-ins slow down one e-mail address <em>from one client</em> with a growing delay.
 *       Nothing one client does delays another, so nobody can lock an organiser out, and the
 *       owner's own client is slowed down, never shut out.
 * </ul>
 */
@ApplicationScoped
public class RateLimiter {

  /** Thrown when a limit is reached; the response tells when to try again. */
  public static class TooManyRequestsException extends RuntimeException {
    private final long retryAfterSeconds;

    TooManyRequestsException(long retryAfterSeconds) {
      super(
          retryAfterSeconds < 60
              ? "too many attempts; try again in " + Math.max(1, retryAfterSeconds) + " second(s)"
              : "too many attempts; try again in " + (retryAfterSeconds + 59) / 60 + " minute(s)");
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  private static final String SIGN_IN = "sign-in";

  @Inject
  @ConfigProperty(name = "lokaal.rate-limit.per-address", defaultValue = "5")
  int perAddress;

  @Inject
  @ConfigProperty(name = "lokaal.rate-limit.per-client", defaultValue = "30")
  int perClient;

  @Inject
  @ConfigProperty(name = "lokaal.rate-limit.window-minutes", defaultValue = "15")
  int windowMinutes;

  @Inject
  @ConfigProperty(name = "lokaal.rate-limit.failures-before-delay", defaultValue = "5")
  int failuresBeforeDelay;

  @Inject
  @ConfigProperty(name = "lokaal.rate-limit.longest-delay-minutes", defaultValue = "15")
  int longestDelayMinutes;

  Clock clock = Clock.systemUTC();

  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  /** Failed sign-ins of one e-mail address from one client, and when the last one was. */
  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  /**
   * Counts a request that mails a link to this address: refused when the address had its share of
   * links in the window, or the client its share of attempts.
   */
  public void attempt(String action, String email, String client) {
    Instant now = clock.instant();
    count(action + "|client|" + client, perClient, now);
    count(action + "|address|" + normalised(email), perAddress, now);
  }

  /**
   * Before a password is checked: refused when the client is over its ceiling, or when this address
   * failed from this client often enough that it must wait a while longer.
   */
  public void beforeSignIn(String email, String client) {
    Instant now = clock.instant();
    Failures failed = failures.get(pair(email, client));
    if (failed != null && failed.count() >= failuresBeforeDelay) {
      Instant allowed = failed.last().plus(delayAfter(failed.count()));
      if (now.isBefore(allowed)) {
        throw new TooManyRequestsException(secondsUntil(now, allowed));
      }
    }
    count(SIGN_IN + "|client|" + client, perClient, now);
  }

  /** A wrong password for this address from this client: the next try may have to wait. */
  public void signInFailed(String email, String client) {
    Instant now = clock.instant();
    failures.compute(
        pair(email, client),
        (key, earlier) ->
            earlier == null || isForgotten(earlier, now)
                ? new Failures(1, now)
                : new Failures(earlier.count() + 1, now));
    tidy(now);
  }

  /** The owner got in: their client starts with a clean slate. */
  public void signInSucceeded(String email, String client) {
    failures.remove(pair(email, client));
  }

  /** 1 s after the first failures over the threshold, doubling per failure, up to the longest. */
  Duration delayAfter(int failed) {
    int doublings = Math.min(30, Math.max(0, failed - failuresBeforeDelay));
    Duration longest = Duration.ofMinutes(longestDelayMinutes);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(longest) > 0 ? longest : delay;
  }

  private boolean isForgotten(Failures failed, Instant now) {
    return failed.last().plus(delayAfter(failed.count())).plus(window()).isBefore(now);
  }

  private void count(String key, int limit, Instant now) {
    Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window()))) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        throw new TooManyRequestsException(secondsUntil(now, times.peekFirst().plus(window())));
      }
      times.addLast(now);
    }
    tidy(now);
  }

  /** Keeps the maps from growing without bound under a flood of distinct addresses. */
  private void tidy(Instant now) {
    if (attempts.size() > 100_000) {
      attempts
          .values()
          .removeIf(
              times -> {
                synchronized (times) {
                  return times.isEmpty() || times.peekLast().isBefore(now.minus(window()));
                }
              });
    }
    if (failures.size() > 100_000) {
      failures.values().removeIf(failed -> isForgotten(failed, now));
    }
  }

  private Duration window() {
    return Duration.ofMinutes(windowMinutes);
  }

  private static long secondsUntil(Instant now, Instant then) {
    return Math.max(1, (Duration.between(now, then).toMillis() + 999) / 1000);
  }

  private static String pair(String email, String client) {
    return normalised(email) + "|" + client;
  }

  private static String normalised(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  /** Forgets all counts; for tests that sign in many times. */
  public void reset() {
    attempts.clear();
    failures.clear();
  }
}
