package nl.techniekpact.lokaal.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.techniekpact.lokaal.access.control.CurrentCaller;
import nl.techniekpact.lokaal.audit.entity.AuditEntry;
import nl.techniekpact.lokaal.event.entity.Edition;

/**
 * Records changes in the caller's transaction, with the caller as actor: no change without its
 * entry. One instance for the application (the caller is the request's): a bean per request would
 * be created and injected anew on every request, and Payara serialises that injection.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject CurrentCaller caller;

  public void record(Edition edition, String action, String subject, String details) {
    em.persist(new AuditEntry(edition.id(), caller.get().reference(), action, subject, details));
  }

  public List<AuditEntry> of(Edition edition, int max) {
    return em.createNamedQuery(AuditEntry.OF_EDITION, AuditEntry.class)
        .setParameter("edition", edition.id())
        .setMaxResults(max)
        .getResultList();
  }
}
