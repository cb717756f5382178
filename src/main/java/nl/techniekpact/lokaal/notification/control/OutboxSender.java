package nl.techniekpact.lokaal.notification.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.lokaal.platform.control.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls the outbox and delivers what is due, when an SMTP server is configured, over {@code
 * lokaal.mail.connections} SMTP connections at once. Each recipient's mail always goes over the
 * same connection, in the order it was written ({@link Delivery} checks that order against the
 * database as well). An SMTP outage only delays mail: each failure backs off, and everything waits
 * in the database, also across restarts.
 */
@ApplicationScoped
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  /** Messages one connection takes per round. */
  private static final int SHARE = 200;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService workers;
  @Inject MailSettings settings;
  @Inject Delivery delivery;

  @Inject
  @ConfigProperty(name = "lokaal.mail.poll-ms", defaultValue = "2000")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "lokaal.mail.connections", defaultValue = "2")
  int connections;

  private ScheduledFuture<?> polling;

  void start(@Observes DatabaseReady ready) {
    if (!settings.isConfigured()) {
      LOG.info(
          "No SMTP server configured (lokaal.mail.smtp.host): mail stays in the outbox, readable by organisers");
      return;
    }
    polling =
        scheduler.scheduleWithFixedDelay(
            this::deliverDue, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * Delivers in rounds until nothing is due: each round splits the due mail over the connections by
   * recipient.
   */
  void deliverDue() {
    try {
      int parallel = Math.max(1, connections);
      for (var due = delivery.due(SHARE * parallel);
          !due.isEmpty();
          due = delivery.due(SHARE * parallel)) {
        List<List<Long>> shares = shares(due, parallel);
        List<Future<Integer>> others = new ArrayList<>();
        for (List<Long> share : shares.subList(1, shares.size())) {
          if (!share.isEmpty()) {
            others.add(workers.submit(() -> deliver(share)));
          }
        }
        int delivered = shares.get(0).isEmpty() ? 0 : deliver(shares.get(0));
        for (Future<Integer> other : others) {
          delivered += other.get();
        }
        if (delivered == 0) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox delivery round failed; retrying next round", e);
    }
  }

  /**
   * The due mail in {@code parallel} shares, each recipient's in one share in the order written.
   */
  static List<List<Long>> shares(List<Delivery.Due> due, int parallel) {
    List<List<Long>> shares = new ArrayList<>();
    for (int i = 0; i < parallel; i++) {
      shares.add(new ArrayList<>());
    }
    for (Delivery.Due message : due) {
      shares.get(Math.floorMod(message.recipient().hashCode(), parallel)).add(message.id());
    }
    return shares;
  }

  /**
   * One share over one SMTP connection, a transaction per {@link Delivery#BATCH} messages. A server
   * that cannot be reached postpones the share with the usual back-off. A recipient whose message
   * fails gets nothing more this round: their later mail must not overtake it.
   */
  private int deliver(List<Long> share) {
    int delivered = 0;
    Set<String> held = new HashSet<>();
    try (Transport transport = settings.session().getTransport("smtp")) {
      transport.connect();
      for (int from = 0; from < share.size() && transport.isConnected(); from += Delivery.BATCH) {
        delivered +=
            delivery.deliver(
                share.subList(from, Math.min(share.size(), from + Delivery.BATCH)),
                transport,
                held);
      }
    } catch (MessagingException e) {
      LOG.warning(
          () -> "SMTP server unreachable: " + e.getMessage() + "; mail waits in the outbox");
      delivery.unreachable(share, e.getMessage());
    }
    return delivered;
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }
}
