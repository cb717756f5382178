package nl.techniekpact.lokaal.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.techniekpact.lokaal.access.entity.IdempotentRequest;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers creating requests by their {@code Idempotency-Key}, each step in its own transaction:
 * the claim is committed before the request is handled, so a concurrent retry sees it. A key is the
 * caller's own, belongs to one request (method, path and body), and is forgotten after {@code
 * lokaal.idempotency.hours}.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class Idempotency {

  /** The key was used before for a different request: 422, nothing is done. */
  public static class KeyReusedException extends RuntimeException {
    KeyReusedException() {
      super("this Idempotency-Key was used for another request; send a new key");
    }
  }

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "lokaal.idempotency.hours", defaultValue = "24")
  int hours;

  /**
   * Claims the key for this request. Empty: go ahead (the claim is made; the unique key refuses a
   * concurrent twin). Present: the answer the first request got, to send again.
   */
  public Optional<IdempotentRequest> claim(
      String caller, String key, String request, String requestHash) {
    Optional<IdempotentRequest> earlier = find(caller, key);
    if (earlier.isPresent() && earlier.get().isOlderThan(oldestKept())) {
      em.remove(earlier.get());
      em.flush();
      earlier = Optional.empty();
    }
    if (earlier.isPresent()) {
      if (!earlier.get().isFor(request, requestHash)) {
        throw new KeyReusedException();
      }
      if (!earlier.get().isAnswered()) {
        throw new StateConflictException("idempotency.pending");
      }
      return earlier;
    }
    IdempotentRequest claim = new IdempotentRequest(caller, key, request, requestHash);
    em.persist(claim);
    em.flush();
    return Optional.empty();
  }

  public long claimed(String caller, String key) {
    return find(caller, key).orElseThrow().id();
  }

  public void answer(long id, int status, String location, String body) {
    em.find(IdempotentRequest.class, id).answered(status, location, body);
  }

  /** A failed request leaves no trace: a retry with the same key is tried afresh. */
  public void forget(long id) {
    IdempotentRequest claim = em.find(IdempotentRequest.class, id);
    if (claim != null) {
      em.remove(claim);
    }
  }

  /** Forgets the keys past their time; returns how many. */
  public int purgeExpired() {
    return em.createNamedQuery(IdempotentRequest.PURGE)
        .setParameter("before", oldestKept())
        .executeUpdate();
  }

  private Instant oldestKept() {
    return Instant.now().minus(Duration.ofHours(hours));
  }

  private Optional<IdempotentRequest> find(String caller, String key) {
    return em.createNamedQuery(IdempotentRequest.BY_KEY, IdempotentRequest.class)
        .setParameter("caller", caller)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }
}
