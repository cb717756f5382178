package nl.techniekpact.lokaal.monitor.entity;

/** Whether an activity took place for its school, as far as Lokaal knows. */
public enum Turnout {
  /** The group came, or the activity outside Lokaal was held: it counts toward the goal. */
  ATTENDED,
  /** The host marked that the group did not come. */
  ABSENT,
  /** The visit's day has come, but nobody marked whether the group came. */
  UNKNOWN,
  /** The visit's day is still ahead. */
  PLANNED;

  /** A confirmed visit's turnout: what its host marked, else whether its day has come. */
  public static Turnout of(Boolean came, java.time.LocalDate day, java.time.LocalDate today) {
    if (came != null) {
      return came ? ATTENDED : ABSENT;
    }
    return day.isAfter(today) ? PLANNED : UNKNOWN;
  }
}
