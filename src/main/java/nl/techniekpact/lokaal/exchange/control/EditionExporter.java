package nl.techniekpact.lokaal.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.School;

/** Reads an edition's participants, slots and groups back into interchange rows. */
@ApplicationScoped
public class EditionExporter {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  public EditionFiles export(Edition edition) {
    return new EditionFiles(
        edition.schools().stream().map(EditionExporter::row).toList(),
        edition.companies().stream().map(EditionExporter::row).toList(),
        em.createNamedQuery(VisitSlot.OF_EDITION, VisitSlot.class)
            .setParameter("edition", edition)
            .getResultStream()
            .filter(slot -> slot.host() != null)
            .map(EditionExporter::row)
            .toList(),
        em
            .createNamedQuery(ClassGroup.OF_EDITION, ClassGroup.class)
            .setParameter("edition", edition)
            // The wishes of all groups in a few IN queries, not one query per group.
            .setHint("eclipselink.batch", "g.wishes")
            .setHint("eclipselink.batch.type", "IN")
            .getResultList()
            .stream()
            .map(EditionExporter::row)
            .toList());
  }

  private static SchoolRow row(School s) {
    return new SchoolRow(
        0,
        s.code(),
        s.name(),
        s.address().town(),
        s.address().postcode(),
        s.kind(),
        s.location(),
        s.contact().email());
  }

  private static CompanyRow row(Company c) {
    return new CompanyRow(
        0,
        c.code(),
        c.name(),
        c.sector(),
        c.address().town(),
        c.address().postcode(),
        c.location(),
        c.contact().email());
  }

  private static SlotRow row(VisitSlot s) {
    return new SlotRow(
        0,
        s.code(),
        s.host().code(),
        s.day(),
        s.window().start(),
        s.window().end(),
        s.seats(),
        s.maxGroups(),
        s.levels());
  }

  private static GroupRow row(ClassGroup g) {
    return new GroupRow(
        0,
        g.code(),
        g.school().code(),
        g.name(),
        g.level(),
        g.pupils(),
        g.days(),
        g.transport(),
        g.reachKm(),
        g.wishes().stream().map(Company::code).toList(),
        g.teacher().email());
  }
}
