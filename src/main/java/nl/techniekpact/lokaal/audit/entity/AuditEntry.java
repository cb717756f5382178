package nl.techniekpact.lokaal.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * One change to an edition, its slots, groups or bookings, or to the region's register and records:
 * who did what, to what, and when.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.OF_EDITION,
    query = "select a from AuditEntry a where a.editionId = :edition order by a.id desc")
@NamedQuery(
    name = AuditEntry.OF_REGION,
    query =
        "select a from AuditEntry a where a.regionId = :region and a.editionId is null order by a.id desc")
public class AuditEntry {

  public static final String OF_EDITION = "AuditEntry.ofEdition";

  /** What was done to the region itself, outside its editions. */
  public static final String OF_REGION = "AuditEntry.ofRegion";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The edition it happened in; null for what happened to the region outside any edition. */
  @Column(name = "edition_id")
  private Long editionId;

  @Column(name = "region_id")
  private Long regionId;

  @Column(name = "happened_at", nullable = false)
  private Instant at;

  /** "organiser:3", "school:12", "company:7". */
  @Column(name = "actor", nullable = false)
  private String actor;

  /** What happened, e.g. "group.registered", "slot.withdrawn", "edition.opened". */
  @Column(name = "action", nullable = false)
  private String action;

  /** What it happened to, e.g. "group G00012". */
  @Column(name = "subject", nullable = false)
  private String subject;

  @Column(name = "details")
  private String details;

  /**
   * The arguments of the entry's sentence after actor and role, as a JSON array (see {@code
   * AuditLog}); null for entries written before sentences were.
   */
  @Column(name = "arguments")
  private String arguments;

  protected AuditEntry() {}

  public AuditEntry(
      long regionId,
      Long editionId,
      String actor,
      String action,
      String subject,
      String details,
      String arguments) {
    this.regionId = regionId;
    this.editionId = editionId;
    this.at = Instant.now();
    this.actor = Require.text(actor, "actor", 60);
    this.action = Require.text(action, "action", 60);
    this.subject = Require.text(subject, "subject", 120);
    this.details = details == null ? null : details.substring(0, Math.min(details.length(), 1000));
    this.arguments = arguments == null || arguments.length() > 2000 ? null : arguments;
  }

  public Long id() {
    return id;
  }

  /** The edition, or null for an entry about the region outside its editions. */
  public Long editionId() {
    return editionId;
  }

  public Long regionId() {
    return regionId;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String details() {
    return details;
  }

  public String arguments() {
    return arguments;
  }
}
