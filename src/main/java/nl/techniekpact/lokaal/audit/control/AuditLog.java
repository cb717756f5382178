package nl.techniekpact.lokaal.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.access.control.CurrentCaller;
import nl.techniekpact.lokaal.audit.entity.AuditEntry;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Region;

/**
 * Records changes in the caller's transaction, with the caller as actor: no change without its
 * entry. One instance for the application (the caller is the request's): a bean per request would
 * be created and injected anew on every request, and Payara serialises that injection.
 *
 * <p>Each entry reads as a sentence: the message under {@code audit.<action>} in the recording
 * feature's bundle, with {0} the actor's name, {1} their role and {2}, {3}... the {@code arguments}
 * given to {@link #record}. Arguments are worded for the reader as {@code Messages} words them
 * (dates, days, enum constants, numbers, a {@link Phrase}); names and counts are stored as they
 * are, never ids.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject CurrentCaller caller;

  /** An argument worded by the message under {@code key}, in the reader's language. */
  public record Phrase(String key) {}

  /**
   * Records {@code action} on {@code subject} (a machine reference such as "group G00012", for
   * searching) with the arguments of its sentence.
   */
  public void record(Edition edition, String action, String subject, Object... given) {
    write(edition.region(), edition.id(), action, subject, given);
  }

  /** Records what was done to the region itself, outside any edition: its register, its records. */
  public void record(Region region, String action, String subject, Object... given) {
    write(region, null, action, subject, given);
  }

  private void write(Region region, Long edition, String action, String subject, Object[] given) {
    // record(edition, action, subject, null) passes no array at all: no arguments.
    Object[] arguments = given == null ? new Object[0] : given;
    String details =
        arguments.length == 0
            ? null
            : Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(" "));
    em.persist(
        new AuditEntry(
            region.id(),
            edition,
            caller.get().reference(),
            action,
            subject,
            details,
            AuditArguments.write(List.of(arguments))));
  }

  /** The latest entries about the region outside its editions, newest first. */
  public List<AuditEntry> of(Region region, int max) {
    return em.createNamedQuery(AuditEntry.OF_REGION, AuditEntry.class)
        .setParameter("region", region.id())
        .setMaxResults(max)
        .getResultList();
  }

  public List<AuditEntry> of(Edition edition, int max) {
    return em.createNamedQuery(AuditEntry.OF_EDITION, AuditEntry.class)
        .setParameter("edition", edition.id())
        .setMaxResults(max)
        .getResultList();
  }
}
