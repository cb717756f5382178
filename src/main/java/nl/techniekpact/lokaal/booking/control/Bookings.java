package nl.techniekpact.lokaal.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.booking.entity.BookingEvent;
import nl.techniekpact.lokaal.booking.entity.SeatCount;
import nl.techniekpact.lokaal.booking.entity.WaitingList;
import nl.techniekpact.lokaal.company.entity.TimeWindow;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.GroupResized;

/**
 * Books, changes and cancels seats, never more than a session has: every change takes the session
 * row's write lock ({@code SELECT ... FOR UPDATE}) and recounts its confirmed bookings under that
 * lock before deciding. That recount must see what others committed while this one waited, also
 * under MariaDB's REPEATABLE READ: it does because a lock is each transaction's first statement
 * (the reads before it use the container's non-transactional connection), so its snapshot starts
 * after the lock; keep it so (BookingIT checks it). A group's row is locked first when it books, so
 * one group cannot hold two places at once. Seats that come free go to the waiting list, first in
 * first out, in the same transaction. Joins the caller's transaction.
 */
@ApplicationScoped
public class Bookings {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject Event<BookingEvent> events;
  @Inject Locks locks;

  public Booking booking(long id) {
    return Optional.ofNullable(em.find(Booking.class, id))
        .orElseThrow(() -> new NoSuchEntityException("booking", id));
  }

  /**
   * The session to book into, with its edition, region and host read in the same query: a booking
   * checks all of them, and reading them one by one costs a round trip each.
   */
  public VisitSlot slotToBook(long id) {
    return em.createNamedQuery(VisitSlot.TO_BOOK, VisitSlot.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NoSuchEntityException("slot", id));
  }

  /** The group that books, with its school, in one query. */
  public ClassGroup groupToBook(long id) {
    return em.createNamedQuery(ClassGroup.WITH_SCHOOL, ClassGroup.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NoSuchEntityException("group", id));
  }

  public List<Booking> ofEdition(Edition edition) {
    return em.createNamedQuery(Booking.OF_EDITION, Booking.class)
        .setParameter("edition", edition)
        .getResultList();
  }

  /**
   * Seats at once if they are left, else a waiting-list place (or a refusal, if the school does not
   * want to wait).
   */
  public Booking book(VisitSlot slot, ClassGroup group, int pupils, boolean waitIfFull) {
    locks.lockRow(ClassGroup.LOCK, "group", group.id());
    VisitSlot locked = locks.lockAsRead(slot);
    if (!active(group).isEmpty()) {
      throw new StateConflictException("booking.group.alreadyBooked", group.name());
    }
    SeatCount count = count(locked);
    Booking booking;
    if (count.fits(pupils)) {
      booking = persist(Booking.confirmed(locked, group, pupils));
      events.fire(new BookingEvent.Confirmed(booking));
    } else if (waitIfFull) {
      booking = persist(Booking.waiting(locked, group, pupils));
      events.fire(new BookingEvent.Waitlisted(booking));
    } else {
      throw count.full(group.name(), locked);
    }
    return booking;
  }

  /** Cancels a booking or leaves the waiting list; freed seats go to those waiting. */
  public void cancel(Booking booking) {
    VisitSlot slot = locks.lockSlotOf(booking);
    boolean freesSeats = booking.isConfirmed();
    booking.cancel();
    events.fire(new BookingEvent.Cancelled(booking));
    if (freesSeats) {
      promoteWaiting(slot);
    }
  }

  /** More pupils only if the seats are there; fewer frees seats for those waiting. */
  public void changePupils(Booking booking, int pupils) {
    VisitSlot slot = locks.lockSlotOf(booking);
    if (booking.isConfirmed()) {
      count(slot).requireGrowth(booking.pupils(), pupils);
    }
    boolean shrinks = pupils < booking.pupils();
    booking.changePupils(pupils);
    events.fire(new BookingEvent.Changed(booking));
    if (shrinks) {
      promoteWaiting(slot);
    }
  }

  /**
   * A group that shrank keeps its places, each down to the group's pupils; the seats that frees go
   * to those waiting. Locks the group's row before any session's, as {@link #book} does.
   */
  void fitToGroup(@Observes GroupResized resized) {
    ClassGroup group = resized.group();
    locks.lockRow(ClassGroup.LOCK, "group", group.id());
    for (Booking booking : active(group)) {
      if (booking.pupils() > group.pupils()) {
        VisitSlot slot = locks.lockSlotOf(booking);
        // Reread under the lock: it may have been cancelled or made small enough meanwhile.
        if (booking.status() != Booking.Status.CANCELLED && booking.pupils() > group.pupils()) {
          booking.changePupils(group.pupils());
          events.fire(new BookingEvent.Changed(booking));
          promoteWaiting(slot);
        }
      }
    }
  }

  /**
   * Changes when and for whom a slot is, under its lock: never to fewer seats or group places than
   * its confirmed bookings hold; more room goes to those waiting.
   */
  public void reschedule(
      VisitSlot slot, LocalDate day, TimeWindow window, int seats, int maxGroups, Levels levels) {
    VisitSlot locked = locks.lock(slot);
    count(locked).requireRoomWithin(seats, maxGroups);
    locked.reschedule(day, window, seats, maxGroups, levels);
    promoteWaiting(locked);
  }

  /** An organiser adds seats; those waiting take them. */
  public void addSeats(VisitSlot slot, int more) {
    VisitSlot locked = locks.lock(slot);
    locked.addSeats(more);
    promoteWaiting(locked);
  }

  /** An organiser moves a confirmed booking to another session of the edition, if it fits there. */
  public void move(Booking booking, VisitSlot target) {
    VisitSlot from = booking.slot();
    if (from.equals(target)) {
      return;
    }
    // Lock in id order, so that two opposite moves cannot deadlock.
    VisitSlot first = locks.lock(from.id() < target.id() ? from : target);
    VisitSlot second = locks.lock(from.id() < target.id() ? target : from);
    locks.reread(booking, from);
    VisitSlot lockedTarget = first.equals(target) ? first : second;
    if (booking.isConfirmed() && !count(lockedTarget).fits(booking.pupils())) {
      throw new StateConflictException(
          "booking.move.full",
          booking.group().name(),
          lockedTarget.day(),
          lockedTarget.window().start(),
          count(lockedTarget).seatsLeft());
    }
    booking.moveTo(lockedTarget);
    events.fire(new BookingEvent.Changed(booking));
    promoteWaiting(first.equals(from) ? first : second);
  }

  /**
   * An organiser cancels a whole session: every booking and waiting-list place ends, and each is
   * told.
   */
  public int cancelSession(VisitSlot slot) {
    VisitSlot locked = locks.lock(slot);
    List<Booking> active = activeIn(locked);
    for (Booking booking : active) {
      booking.cancel();
      events.fire(new BookingEvent.Cancelled(booking));
    }
    return active.size();
  }

  public SeatCount count(VisitSlot slot) {
    Object[] taken =
        em.createNamedQuery(Booking.TAKEN_IN_SLOT, Object[].class)
            .setParameter("slot", slot)
            .getSingleResult();
    return SeatCount.of(slot, ((Number) taken[0]).longValue(), ((Number) taken[1]).longValue());
  }

  /** The waiting list, first in line first. */
  public List<Booking> waiting(VisitSlot slot) {
    return em.createNamedQuery(Booking.WAITING_OF_SLOT, Booking.class)
        .setParameter("slot", slot)
        .getResultList();
  }

  public int waitingCount(VisitSlot slot) {
    return em.createNamedQuery(Booking.WAITING_IN_SLOT, Long.class)
        .setParameter("slot", slot)
        .getSingleResult()
        .intValue();
  }

  private List<Booking> activeIn(VisitSlot slot) {
    return em.createNamedQuery(Booking.ACTIVE_OF_SLOT, Booking.class)
        .setParameter("slot", slot)
        .getResultList();
  }

  /** Seats that came free go to those waiting, as the {@link WaitingList} says. */
  private void promoteWaiting(VisitSlot slot) {
    for (Booking waiting : new WaitingList(waiting(slot)).toPromote(count(slot))) {
      waiting.promote();
      events.fire(new BookingEvent.Promoted(waiting));
    }
  }

  private List<Booking> active(ClassGroup group) {
    return em.createNamedQuery(Booking.ACTIVE_OF_GROUP, Booking.class)
        .setParameter("group", group)
        .getResultList();
  }

  private Booking persist(Booking booking) {
    em.persist(booking);
    em.flush();
    return booking;
  }
}
