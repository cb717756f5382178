package nl.techniekpact.lokaal.monitor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * One school's part in an activity held outside Lokaal: how many of its groups and pupils took
 * part, and in which school year (level) when known. It took place, so it counts as attended.
 */
@Entity
@Table(name = "external_participation")
public class ExternalParticipation {

  /** Far above one school's groups in one activity; a bound on typing errors. */
  public static final int MAX_GROUPS = 100;

  public static final int MAX_PUPILS = 5000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "activity_id")
  private ExternalActivity activity;

  @ManyToOne(optional = false)
  @JoinColumn(name = "school_id")
  private RegisterSchool school;

  @Column(name = "groups_count", nullable = false)
  private int groups;

  @Column(name = "pupils", nullable = false)
  private int pupils;

  @Enumerated(EnumType.STRING)
  @Column(name = "level")
  private Level level;

  protected ExternalParticipation() {}

  ExternalParticipation(ExternalActivity activity, RegisterSchool school) {
    this.activity = activity;
    this.school = Require.present(school, "school");
  }

  /** Groups and pupils each at least one; fewer pupils than groups is possible (a mixed team). */
  void count(int groups, int pupils, Level level) {
    this.groups = Require.range(groups, 1, MAX_GROUPS, "groups");
    this.pupils = Require.range(pupils, 1, MAX_PUPILS, "pupils");
    this.level = level;
  }

  public Long id() {
    return id;
  }

  public RegisterSchool school() {
    return school;
  }

  public int groups() {
    return groups;
  }

  public int pupils() {
    return pupils;
  }

  public Optional<Level> level() {
    return Optional.ofNullable(level);
  }
}
