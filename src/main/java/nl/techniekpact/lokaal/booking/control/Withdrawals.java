package nl.techniekpact.lokaal.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import nl.techniekpact.lokaal.school.entity.ClassGroup;

/**
 * What a class group or slot that is withdrawn leaves in the bookings. A booking cannot outlive its
 * group or slot (the database refuses it), so the bookings go first, cancelled ones included; the
 * audit log keeps, in words, what they were. Joins the caller's transaction.
 */
@ApplicationScoped
public class Withdrawals {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject Bookings bookings;

  /**
   * A withdrawn group's place in a session ends as a cancellation ends it (its seats go to those
   * waiting, everyone concerned is mailed), then its bookings are deleted. Answers the bookings
   * that were still active, now cancelled.
   */
  public List<Booking> ofGroup(ClassGroup group) {
    List<Booking> all =
        em.createNamedQuery(Booking.OF_GROUP, Booking.class)
            .setParameter("group", group)
            .getResultList();
    List<Booking> ended = new ArrayList<>();
    for (Booking booking : all) {
      if (!booking.isCancelled()) {
        bookings.cancel(booking);
        ended.add(booking);
      }
    }
    forget(all);
    return ended;
  }

  /**
   * A withdrawn slot's cancelled bookings are deleted; one that still holds or awaits seats is for
   * the organisers to cancel first, so that its school hears of it.
   */
  public void ofSlot(VisitSlot slot) {
    List<Booking> all =
        em.createNamedQuery(Booking.OF_SLOT, Booking.class)
            .setParameter("slot", slot)
            .getResultList();
    long active = all.stream().filter(b -> !b.isCancelled()).count();
    if (active > 0) {
      throw new StateConflictException(
          "booking.slot.hasBookings", slot.day(), slot.window().start(), active);
    }
    forget(all);
  }

  private void forget(List<Booking> withdrawn) {
    withdrawn.forEach(em::remove);
    em.flush();
  }
}
