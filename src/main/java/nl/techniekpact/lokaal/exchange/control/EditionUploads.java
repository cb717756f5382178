package nl.techniekpact.lokaal.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.exchange.entity.EditionBounds;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.exchange.entity.ImportPreview;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/**
 * An organiser's upload of an edition's tables: first a preview of what it would do, then, with
 * that preview's token, the change itself. Registrations are only removed by an upload whose
 * preview the organiser has seen.
 */
@ApplicationScoped
public class EditionUploads {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject EditionExporter exporter;
  @Inject EditionImporter importer;
  @Inject AuditLog audit;

  /** The answer to an upload: its preview, and the counts written when it was applied. */
  public record Outcome(boolean applied, EditionImporter.Summary summary, ImportPreview preview) {}

  /**
   * @param apply false: only the preview; true: apply as well
   * @param expected the token of the preview the organiser saw; needed to remove registrations
   * @throws StateConflictException when the token no longer matches, or is missing where needed
   */
  public Outcome upload(
      Edition edition, Upload upload, ImportMode mode, boolean apply, String expected) {
    if (apply) {
      // One upload at a time per edition: the preview checked below is the state written over.
      em.lock(edition, LockModeType.PESSIMISTIC_WRITE);
    }
    EditionFiles incoming =
        new InterchangeReader().read(upload, EditionBounds.of(edition, mode), mode);
    ImportPreview preview =
        new ImportPlanner().plan(exporter.export(edition), incoming, mode, upload.ignored());
    if (!apply) {
      return new Outcome(false, null, preview);
    }
    if (expected != null && !expected.isBlank() && !expected.strip().equals(preview.token())) {
      throw new StateConflictException("import.changedSincePreview");
    }
    if ((expected == null || expected.isBlank()) && preview.removesRegistrations()) {
      throw new StateConflictException("import.removesGroupsUnseen");
    }
    EditionImporter.Summary summary = importer.apply(edition, incoming, mode);
    audit.record(
        edition,
        "edition.imported",
        "edition " + edition.id(),
        mode,
        summary.schools(),
        summary.companies(),
        summary.slots(),
        summary.groups());
    return new Outcome(true, summary, preview);
  }
}
