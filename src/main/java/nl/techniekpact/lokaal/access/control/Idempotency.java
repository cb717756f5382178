package nl.techniekpact.lokaal.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import nl.techniekpact.lokaal.access.entity.IdempotentRequest;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/**
 * Remembers creating requests by their {@code Idempotency-Key}, each step in its own transaction:
 * the claim is committed before the request is handled, so a concurrent retry sees it.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class Idempotency {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  /**
   * Claims the key for this request. Empty: go ahead (the claim is made; the unique key refuses a
   * concurrent twin). Present: the answer the first request got, to send again.
   */
  public Optional<IdempotentRequest> claim(String caller, String key, String request) {
    Optional<IdempotentRequest> earlier =
        em.createNamedQuery(IdempotentRequest.BY_KEY, IdempotentRequest.class)
            .setParameter("caller", caller)
            .setParameter("key", key)
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      if (!earlier.get().isFor(request)) {
        throw new InvalidValueException(
            "Idempotency-Key", "this Idempotency-Key was used for another request");
      }
      if (!earlier.get().isAnswered()) {
        throw new StateConflictException(
            "a request with this Idempotency-Key is still being handled; retry in a moment");
      }
      return earlier;
    }
    IdempotentRequest claim = new IdempotentRequest(caller, key, request);
    em.persist(claim);
    em.flush();
    return Optional.empty();
  }

  public long claimed(String caller, String key) {
    return em.createNamedQuery(IdempotentRequest.BY_KEY, IdempotentRequest.class)
        .setParameter("caller", caller)
        .setParameter("key", key)
        .getSingleResult()
        .id();
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
}
