package nl.techniekpact.lokaal.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import nl.techniekpact.lokaal.school.entity.ClassGroup;

/**
 * A class group's place in a session or time slot: confirmed (its pupils hold seats), waiting (in
 * line, first in first out, by id), or cancelled. It never holds more seats than its group has
 * pupils. {@code sequence} counts the changes a calendar must hear about, for the invite's
 * SEQUENCE.
 */
@Entity
@Table(name = "booking")
@NamedQuery(
    name = Booking.ACTIVE_OF_SLOT,
    query =
        "select b from Booking b where b.slot = :slot and b.status <> nl.techniekpact.lokaal.booking.entity.Booking.Status.CANCELLED order by b.id")
@NamedQuery(
    name = Booking.ACTIVE_OF_GROUP,
    query =
        "select b from Booking b where b.group = :group and b.status <> nl.techniekpact.lokaal.booking.entity.Booking.Status.CANCELLED")
@NamedQuery(
    name = Booking.OF_GROUP,
    query = "select b from Booking b where b.group = :group order by b.id")
@NamedQuery(
    name = Booking.OF_SLOT,
    query = "select b from Booking b where b.slot = :slot order by b.id")
@NamedQuery(
    name = Booking.WAITING_OF_SLOT,
    query =
        "select b from Booking b where b.slot = :slot and b.status = nl.techniekpact.lokaal.booking.entity.Booking.Status.WAITING order by b.id")
@NamedQuery(
    name = Booking.TAKEN_IN_SLOT,
    query =
        "select count(b), coalesce(sum(b.pupils), 0) from Booking b where b.slot = :slot and b.status = nl.techniekpact.lokaal.booking.entity.Booking.Status.CONFIRMED")
@NamedQuery(
    name = Booking.WAITING_IN_SLOT,
    query =
        "select count(b) from Booking b where b.slot = :slot and b.status = nl.techniekpact.lokaal.booking.entity.Booking.Status.WAITING")
@NamedQuery(
    name = Booking.OF_EDITION,
    query =
        "select b from Booking b where b.slot.edition = :edition order by b.slot.day, b.slot.window.start, b.id")
@NamedQuery(
    name = Booking.CONFIRMED_OF_SCHOOL,
    query =
        "select b from Booking b where b.group.school.id = :school and b.status = nl.techniekpact.lokaal.booking.entity.Booking.Status.CONFIRMED order by b.slot.day, b.id")
@NamedQuery(
    name = Booking.CONFIRMED_OF_COMPANY,
    query =
        "select b from Booking b where b.slot.host.id = :company and b.status = nl.techniekpact.lokaal.booking.entity.Booking.Status.CONFIRMED order by b.slot.day, b.id")
@NamedQuery(
    name = Booking.CONFIRMED_OF_EDITION,
    query =
        "select b from Booking b where b.slot.edition.id = :edition and b.status = nl.techniekpact.lokaal.booking.entity.Booking.Status.CONFIRMED order by b.slot.day, b.id")
public class Booking {

  public static final String ACTIVE_OF_SLOT = "Booking.activeOfSlot";
  public static final String ACTIVE_OF_GROUP = "Booking.activeOfGroup";
  public static final String OF_EDITION = "Booking.ofEdition";

  /** Every booking of a group or slot, cancelled ones included. */
  public static final String OF_GROUP = "Booking.ofGroup";

  public static final String OF_SLOT = "Booking.ofSlot";
  public static final String WAITING_OF_SLOT = "Booking.waitingOfSlot";

  /**
   * Confirmed groups and their pupils, counted by the database: a booking must not load every other
   * one.
   */
  public static final String TAKEN_IN_SLOT = "Booking.takenInSlot";

  public static final String WAITING_IN_SLOT = "Booking.waitingInSlot";
  public static final String CONFIRMED_OF_SCHOOL = "Booking.confirmedOfSchool";
  public static final String CONFIRMED_OF_COMPANY = "Booking.confirmedOfCompany";
  public static final String CONFIRMED_OF_EDITION = "Booking.confirmedOfEdition";

  public enum Status {
    CONFIRMED,
    WAITING,
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "slot_id")
  private VisitSlot slot;

  @ManyToOne(optional = false)
  @JoinColumn(name = "group_id")
  private ClassGroup group;

  @Column(name = "pupils", nullable = false)
  private int pupils;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "sequence", nullable = false)
  private int sequence;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Booking() {}

  private Booking(VisitSlot slot, ClassGroup group, int pupils, Status status) {
    this.slot = Require.present(slot, "slot");
    this.group = Require.present(group, "groupId");
    if (!slot.edition().equals(group.edition())) {
      throw new InvalidValueException(
          "groupId", "booking.group.otherEdition", group.name(), slot.edition().name());
    }
    if (!slot.levels().contains(group.level())) {
      throw new InvalidValueException(
          "groupId",
          "booking.group.level",
          group.name(),
          group.level(),
          List.copyOf(slot.levels().asSet()));
    }
    this.pupils = seatsFor(pupils, group, slot);
    this.status = status;
    this.createdAt = Instant.now();
  }

  public static Booking confirmed(VisitSlot slot, ClassGroup group, int pupils) {
    return new Booking(slot, group, pupils, Status.CONFIRMED);
  }

  public static Booking waiting(VisitSlot slot, ClassGroup group, int pupils) {
    return new Booking(slot, group, pupils, Status.WAITING);
  }

  /** Visits of an edition whose visits are allocated are placed by the organisers, not booked. */
  public static void requireBookable(VisitSlot slot) {
    if (slot.edition().kind().isAllocated()) {
      throw new StateConflictException("booking.allocated", slot.edition().name());
    }
  }

  /** Off the waiting list into seats that have come free. */
  public void promote() {
    requireWaiting();
    status = Status.CONFIRMED;
    sequence++;
  }

  public void cancel() {
    if (status == Status.CANCELLED) {
      throw new StateConflictException(
          "booking.alreadyCancelled", group.name(), slot.day(), slot.window().start());
    }
    status = Status.CANCELLED;
    sequence++;
  }

  /**
   * A different number of pupils; whether the seats exist is for {@link SeatCount} to say first.
   */
  public void changePupils(int pupils) {
    requireActive();
    this.pupils = seatsFor(pupils, group, slot);
    sequence++;
  }

  /** To another session or slot, by an organiser; the group's level must fit there too. */
  public void moveTo(VisitSlot other) {
    requireActive();
    if (!other.edition().equals(slot.edition()) || !other.levels().contains(group.level())) {
      throw new InvalidValueException(
          "slotId",
          "booking.move.notForGroup",
          group.name(),
          other.day(),
          other.window().start(),
          group.level());
    }
    slot = other;
    sequence++;
  }

  /**
   * Seats for the group's own pupils only (a booking never holds more pupils than its group has),
   * and never more than the session has at all.
   */
  private static int seatsFor(int pupils, ClassGroup group, VisitSlot slot) {
    if (pupils > group.pupils()) {
      throw new InvalidValueException(
          "pupils", "booking.pupils.moreThanGroup", group.name(), group.pupils(), pupils);
    }
    if (pupils > slot.seats()) {
      throw new InvalidValueException(
          "pupils", "booking.pupils.moreThanSession", slot.seats(), pupils);
    }
    return Require.range(pupils, 1, slot.seats(), "pupils");
  }

  public boolean isConfirmed() {
    return status == Status.CONFIRMED;
  }

  public boolean isWaiting() {
    return status == Status.WAITING;
  }

  public boolean isCancelled() {
    return status == Status.CANCELLED;
  }

  private void requireActive() {
    if (status == Status.CANCELLED) {
      throw new StateConflictException("booking.isCancelled", group.name());
    }
  }

  private void requireWaiting() {
    if (status != Status.WAITING) {
      throw new StateConflictException("booking.notWaiting", group.name(), status);
    }
  }

  public Long id() {
    return id;
  }

  public VisitSlot slot() {
    return slot;
  }

  public ClassGroup group() {
    return group;
  }

  public int pupils() {
    return pupils;
  }

  public Status status() {
    return status;
  }

  public int sequence() {
    return sequence;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Booking b && id != null && id.equals(b.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
