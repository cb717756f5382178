package nl.techniekpact.lokaal.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.monitor.entity.ActivityKind;
import nl.techniekpact.lokaal.monitor.entity.ExternalActivity;
import nl.techniekpact.lokaal.monitor.entity.Participant;
import nl.techniekpact.lokaal.monitor.entity.RegisterSchool;
import nl.techniekpact.lokaal.monitor.entity.SchoolYear;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/**
 * The region's activities held outside Lokaal and the kinds they are of: found only within their
 * region (another region's id is not found), changed only from the version the organiser saw, and
 * every change written in the audit log.
 */
@ApplicationScoped
public class ExternalActivities {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject AuditLog audit;

  /** The shared kinds and the region's own, by name. */
  public List<ActivityKind> kinds(Region region) {
    return em.createNamedQuery(ActivityKind.VISIBLE_IN, ActivityKind.class)
        .setParameter("region", region)
        .getResultList();
  }

  /** The kind of that name the region can use, shared or its own. */
  public Optional<ActivityKind> kindNamed(Region region, String name) {
    return kinds(region).stream().filter(k -> k.named(name)).findFirst();
  }

  /** A kind of the region's own; a name the region's list has already is refused. */
  public ActivityKind addKind(Region region, String name) {
    ActivityKind kind = new ActivityKind(region, name);
    if (kindNamed(region, kind.name()).isPresent()) {
      throw new InvalidValueException("name", "activity.kindExists", kind.name());
    }
    em.persist(kind);
    em.flush();
    audit.record(region, "activity.kindAdded", "activity-kind " + kind.id(), kind.name());
    return kind;
  }

  public ActivityKind kind(Region region, long id) {
    ActivityKind kind = em.find(ActivityKind.class, id);
    if (kind == null || !kind.usableIn(region)) {
      throw new NoSuchEntityException("activityKind", id);
    }
    return kind;
  }

  /** The region's activities held in the school year, by day. */
  public List<ExternalActivity> of(Region region, SchoolYear year) {
    return em.createNamedQuery(ExternalActivity.OF_REGION_BETWEEN, ExternalActivity.class)
        .setParameter("region", region)
        .setParameter("first", year.firstDay())
        .setParameter("last", year.lastDay())
        .getResultList();
  }

  /** The activity, if it is the region's: another region's id is not found, as a missing one. */
  public ExternalActivity activity(Region region, long id) {
    ExternalActivity activity = em.find(ExternalActivity.class, id);
    if (activity == null || !activity.region().equals(region)) {
      throw new NoSuchEntityException("activity", id);
    }
    return activity;
  }

  /** The activity of that name, kind and day, which a bulk upload adds schools to. */
  public Optional<ExternalActivity> same(
      Region region, ActivityKind kind, String name, LocalDate day) {
    if (kind.id() == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(ExternalActivity.SAME, ExternalActivity.class)
        .setParameter("region", region)
        .setParameter("kind", kind)
        .setParameter("day", day)
        .setParameter("name", name.strip())
        .getResultStream()
        .findFirst();
  }

  /** The school of the region's register with that code, if any. */
  public Optional<RegisterSchool> school(Region region, String code) {
    return em.createNamedQuery(RegisterSchool.BY_CODE, RegisterSchool.class)
        .setParameter("region", region)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The school for a form's field: a code not on the region's register is refused by name. */
  public RegisterSchool requireSchool(Region region, String code) {
    String given = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    return school(region, given)
        .orElseThrow(() -> new InvalidValueException("schools", "activity.schoolUnknown", given));
  }

  public ExternalActivity record(
      Region region, ActivityKind kind, String name, LocalDate day, List<Participant> schools) {
    ExternalActivity activity = new ExternalActivity(region, kind, name, day, schools);
    em.persist(activity);
    em.flush();
    audit.record(
        region,
        "activity.recorded",
        "activity " + activity.id(),
        activity.name(),
        activity.heldOn(),
        activity.participations().size());
    return activity;
  }

  /** Changes the activity as the organiser saw it at {@code version}; a later change wins not. */
  public ExternalActivity change(
      ExternalActivity activity,
      long version,
      ActivityKind kind,
      String name,
      LocalDate day,
      List<Participant> schools) {
    requireVersion(activity, version);
    activity.describe(kind, name, day, schools);
    em.flush();
    audit.record(
        activity.region(),
        "activity.changed",
        "activity " + activity.id(),
        activity.name(),
        activity.heldOn(),
        activity.participations().size());
    return activity;
  }

  public void delete(ExternalActivity activity, Long version) {
    if (version != null) {
      requireVersion(activity, version);
    }
    em.remove(activity);
    audit.record(
        activity.region(),
        "activity.deleted",
        "activity " + activity.id(),
        activity.name(),
        activity.heldOn());
  }

  private static void requireVersion(ExternalActivity activity, long version) {
    if (activity.version() != version) {
      throw new StateConflictException("activity.stale", activity.name());
    }
  }
}
