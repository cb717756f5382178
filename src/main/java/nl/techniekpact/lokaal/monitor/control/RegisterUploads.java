package nl.techniekpact.lokaal.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.exchange.control.Upload;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.monitor.entity.RegisterEntry;
import nl.techniekpact.lokaal.monitor.entity.RegisterPreview;
import nl.techniekpact.lokaal.monitor.entity.RegisterSchool;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/**
 * An organiser's upload of the region's register of schools: first a preview of what it would do,
 * then, with that preview's token, the change itself. Schools are updated in place by BRIN +
 * location and never deleted: a full upload closes those it no longer lists, and opens again those
 * that reappear.
 */
@ApplicationScoped
public class RegisterUploads {

  private static final ZoneId HERE = ZoneId.of("Europe/Amsterdam");

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject AuditLog audit;

  /** The answer to an upload: its preview, and whether it was applied. */
  public record Outcome(boolean applied, RegisterPreview preview) {}

  /**
   * @param apply false: only the preview; true: apply as well
   * @param expected the token of the preview the organiser saw; needed to close schools
   * @throws StateConflictException when the token no longer matches, or is missing where needed
   */
  public Outcome upload(
      Region region, Upload upload, ImportMode mode, boolean apply, String expected) {
    if (apply) {
      // One upload at a time per region: the preview checked below is the state written over.
      em.lock(region, LockModeType.PESSIMISTIC_WRITE);
    }
    List<RegisterEntry> incoming = new RegisterFile().read(upload);
    List<RegisterSchool> current = schools(region);
    RegisterPreview preview = new RegisterPlanner().plan(current, incoming, mode, upload.ignored());
    if (!apply) {
      return new Outcome(false, preview);
    }
    boolean unseen = expected == null || expected.isBlank();
    if (!unseen && !expected.strip().equals(preview.token())) {
      throw new StateConflictException("register.changedSincePreview");
    }
    if (unseen && preview.closed() > 0) {
      throw new StateConflictException("register.closesUnseen", preview.closed());
    }
    write(region, current, incoming, mode);
    audit.record(
        region,
        "register.imported",
        "register " + region.code(),
        preview.added(),
        preview.changed(),
        preview.closed());
    return new Outcome(true, preview);
  }

  /** The region's register, open and closed schools, by name. */
  public List<RegisterSchool> schools(Region region) {
    return em.createNamedQuery(RegisterSchool.OF_REGION, RegisterSchool.class)
        .setParameter("region", region)
        .getResultList();
  }

  /** The codes of the region's schools that signed up for Lokaal. */
  public Set<String> signedUp(Region region) {
    return Set.copyOf(
        em.createQuery("select s.code.value from School s where s.region = :region", String.class)
            .setParameter("region", region)
            .getResultList());
  }

  private void write(
      Region region, List<RegisterSchool> current, List<RegisterEntry> incoming, ImportMode mode) {
    Map<String, RegisterSchool> was = new HashMap<>();
    current.forEach(school -> was.put(school.code().value(), school));
    for (RegisterEntry entry : incoming) {
      RegisterSchool school = was.remove(entry.code().value());
      if (school == null) {
        em.persist(
            new RegisterSchool(
                region,
                entry.code(),
                entry.name(),
                entry.kind(),
                entry.address(),
                entry.municipality()));
      } else if (!RegisterEntry.cells(school).equals(entry.cells())
          || school.closedOn().isPresent()) {
        school.describe(entry.name(), entry.kind(), entry.address(), entry.municipality());
      }
    }
    if (mode == ImportMode.REPLACE) {
      LocalDate today = LocalDate.now(HERE);
      was.values().forEach(school -> school.close(today));
    }
  }
}
