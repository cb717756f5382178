package nl.techniekpact.lokaal.event.entity;

import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/** The life of an edition, in order, and which step may follow which. */
public enum EditionStatus {
  /** Being prepared by organisers; invisible to schools and companies. */
  DRAFT,
  /** Registration is open: companies offer slots, schools register groups or book. */
  OPEN,
  /** Registration closed; organisers may allocate. */
  CLOSED,
  /** An allocation proposal exists and is being reviewed. */
  ALLOCATED,
  /** The schedule is final and has been sent. */
  PUBLISHED;

  /** Registration opens on a draft, or opens again after it closed. */
  EditionStatus openRegistration() {
    return next("edition.cannotOpen", OPEN, DRAFT, CLOSED);
  }

  EditionStatus closeRegistration() {
    return next("edition.cannotClose", CLOSED, OPEN);
  }

  /** A proposal is made after registration closed, and may be made again. */
  EditionStatus allocate(EditionKind kind) {
    if (!kind.isAllocated()) {
      throw new StateConflictException("edition.bookedNotAllocated", kind);
    }
    return next("edition.cannotAllocate", ALLOCATED, CLOSED, ALLOCATED);
  }

  /** A proposal made for the edition as it was is dropped: allocate again. */
  EditionStatus dropProposal() {
    return this == ALLOCATED ? CLOSED : this;
  }

  /** Allocated events publish their proposal; booked events publish once registration closed. */
  EditionStatus publish(EditionKind kind) {
    return next("edition.cannotPublish", PUBLISHED, kind.isAllocated() ? ALLOCATED : CLOSED);
  }

  /** The next status, or a refusal worded by {@code refusal}, whose {0} is this status. */
  private EditionStatus next(String refusal, EditionStatus to, EditionStatus... from) {
    for (EditionStatus s : from) {
      if (this == s) {
        return to;
      }
    }
    throw new StateConflictException(refusal, this);
  }
}
