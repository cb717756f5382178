package nl.techniekpact.lokaal.school.entity;

/** The sector a school belongs to. */
public enum SchoolKind {
  /** Primary school, groep 1-8. */
  PO,
  /** Secondary school, klas 1-6. */
  VO,
  /** Special education. */
  SO
}
