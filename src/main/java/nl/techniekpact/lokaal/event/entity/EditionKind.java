package nl.techniekpact.lokaal.event.entity;

/** What kind of event an edition is, which decides how class groups get their visits. */
public enum EditionKind {
  /** Week van de Techniek: classes visit companies; organisers allocate groups to slots. */
  COMPANY_VISITS(true),
  /** "7 werelden van techniek": a game show in sessions, booked first come, first served. */
  SHOW(false),
  /** Visits to an innovation centre such as ICER, booked first come, first served. */
  CENTRE_VISIT(false);

  private final boolean allocated;

  EditionKind(boolean allocated) {
    this.allocated = allocated;
  }

  /** Whether organisers allocate groups to slots (rather than schools booking directly). */
  public boolean isAllocated() {
    return allocated;
  }
}
