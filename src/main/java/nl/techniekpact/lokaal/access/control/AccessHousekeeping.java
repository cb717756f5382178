package nl.techniekpact.lokaal.access.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.lokaal.platform.control.DatabaseReady;

/**
 * Every hour, forgets what can never be used again: expired sign-in links and sessions, and
 * Idempotency-Keys past their time.
 */
@ApplicationScoped
public class AccessHousekeeping {

  private static final Logger LOG = Logger.getLogger(AccessHousekeeping.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Sessions sessions;
  @Inject Idempotency idempotency;

  private ScheduledFuture<?> schedule;

  void start(@Observes DatabaseReady ready) {
    schedule = scheduler.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
  }

  void purge() {
    try {
      int tokens = sessions.purgeExpired();
      int keys = idempotency.purgeExpired();
      LOG.fine(() -> "Forgot " + tokens + " expired tokens and " + keys + " idempotency keys");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Expired tokens could not be removed; trying again in an hour", e);
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
