package nl.techniekpact.lokaal.access.entity;

/** What a signed-in caller is to Lokaal; decides what it may see and change. */
public enum Role {
  /** Runs every region's editions and manages organiser accounts. */
  ADMIN,
  /** Runs the editions of one region. */
  ORGANISER,
  /** A school location, signed in by magic link: its own class groups and bookings. */
  SCHOOL,
  /** A company, signed in by magic link: its own profile and visit slots. */
  COMPANY
}
