package nl.techniekpact.lokaal.event.entity;

/** The life of an edition, in order; {@link Edition} guards which step may follow which. */
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
  PUBLISHED
}
