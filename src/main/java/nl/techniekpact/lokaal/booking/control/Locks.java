package nl.techniekpact.lokaal.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/**
 * The row locks ({@code SELECT ... FOR UPDATE}) that {@link Bookings} takes before it counts seats,
 * and the rereads that must follow them. Joins the caller's transaction.
 */
@ApplicationScoped
public class Locks {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  public VisitSlot lock(VisitSlot slot) {
    em.lock(slot, LockModeType.PESSIMISTIC_WRITE);
    return slot;
  }

  /**
   * Locks a slot that is only read under the lock. When nobody changed it since it was read (its
   * version, which every change through JPA raises, is the same), only the version is read again;
   * else the whole slot is read again under the lock, as {@link #lock} does.
   */
  public VisitSlot lockAsRead(VisitSlot slot) {
    if (((Number) lockRow(VisitSlot.LOCK, "slot", slot.id())).longValue() != slot.version()) {
      // A locking read: a plain refresh would see this transaction's snapshot, which may be older.
      em.refresh(slot, LockModeType.PESSIMISTIC_WRITE);
    }
    return slot;
  }

  /** Runs one of the entities' LOCK queries ({@code FOR UPDATE}) and answers what it selects. */
  public Object lockRow(String lockQuery, String entity, long id) {
    List<?> row = em.createNamedQuery(lockQuery).setParameter("id", id).getResultList();
    if (row.isEmpty()) {
      throw new NoSuchEntityException(entity, id);
    }
    return row.get(0);
  }

  /**
   * Locks the booking's session, then rereads the booking, which may have changed before the lock
   * was ours.
   */
  public VisitSlot lockSlotOf(Booking booking) {
    VisitSlot slot = lock(booking.slot());
    reread(booking, slot);
    return slot;
  }

  // Read before the lock, a booking may since have been promoted (and must then fit when it grows),
  // cancelled, or moved to a session whose lock we do not hold.
  public void reread(Booking booking, VisitSlot locked) {
    em.refresh(booking);
    if (!booking.slot().equals(locked)) {
      throw new StateConflictException("booking.movedMeanwhile");
    }
  }
}
