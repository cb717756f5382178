package nl.techniekpact.lokaal.notification.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.lokaal.platform.control.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls the outbox and delivers what is due, when an SMTP server is configured. An SMTP outage only
 * delays mail: each failure backs off, and everything waits in the database, also across restarts.
 */
@ApplicationScoped
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject MailSettings settings;
  @Inject Delivery delivery;

  @Inject
  @ConfigProperty(name = "lokaal.mail.poll-ms", defaultValue = "2000")
  long pollMillis;

  private ScheduledFuture<?> polling;

  void start(@Observes DatabaseReady ready) {
    if (!settings.isConfigured()) {
      LOG.info("No SMTP server configured (lokaal.mail.smtp.host): mail stays in the outbox, readable by organisers");
      return;
    }
    polling = scheduler.scheduleWithFixedDelay(this::deliverDue, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * Delivers until nothing is due, in batches over one SMTP connection, each message in its own
   * transaction. A server that cannot be reached postpones the batch with the usual back-off.
   */
  void deliverDue() {
    try {
      for (var batch = delivery.due(200); !batch.isEmpty(); batch = delivery.due(200)) {
        int delivered = 0;
        try (Transport transport = settings.session().getTransport("smtp")) {
          transport.connect();
          for (int from = 0; from < batch.size() && transport.isConnected(); from += Delivery.BATCH) {
            delivered += delivery.deliver(batch.subList(from, Math.min(batch.size(), from + Delivery.BATCH)), transport);
          }
        } catch (MessagingException e) {
          LOG.warning(() -> "SMTP server unreachable: " + e.getMessage() + "; mail waits in the outbox");
          delivery.unreachable(batch, e.getMessage());
          return;
        }
        if (delivered == 0) {
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox delivery round failed; retrying next round", e);
    }
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }
}
