package nl.techniekpact.lokaal.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.company.entity.TimeWindow;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.School;
import nl.techniekpact.lokaal.school.entity.SchoolId;

/**
 * Puts checked interchange rows in place as the edition's participants, slots and groups. Schools
 * and companies are updated where they exist (the files are the organiser's current list); the
 * edition's slots and groups are replaced. Runs inside the caller's transaction, so an entity that
 * still refuses a row rolls back everything written before it.
 */
@ApplicationScoped
public class EditionImporter {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  public record Summary(int schools, int companies, int slots, int groups) {}

  public Summary replaceContent(Edition edition, EditionFiles files) {
    if (!edition.acceptsBulkChanges()) {
      throw new StateConflictException(
          "an import replaces slots and groups, which is only possible while the edition is draft or open, not "
              + edition.status());
    }
    List<RowError> errors = new ArrayList<>();
    em.createNamedQuery(ClassGroup.DELETE_OF_EDITION)
        .setParameter("edition", edition)
        .executeUpdate();
    em.createNamedQuery(VisitSlot.DELETE_OF_EDITION)
        .setParameter("edition", edition)
        .executeUpdate();
    edition.clearParticipants();

    Map<SchoolId, School> schools = schools(edition, files.schools(), errors);
    Map<String, Company> companies = companies(edition, files.companies(), errors);
    for (SlotRow row : files.slots()) {
      guarded(errors, EditionFiles.SLOTS, row.line(), () -> persist(slot(edition, companies, row)));
    }
    for (GroupRow row : files.groups()) {
      guarded(
          errors, EditionFiles.GROUPS, row.line(), () -> group(edition, schools, companies, row));
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    return new Summary(
        schools.size(), companies.size(), files.slots().size(), files.groups().size());
  }

  private Map<SchoolId, School> schools(
      Edition edition, List<SchoolRow> rows, List<RowError> errors) {
    Map<SchoolId, School> existing = new HashMap<>();
    for (int from = 0; from < rows.size(); from += 500) {
      em.createNamedQuery(School.BY_CODES, School.class)
          .setParameter(
              "codes",
              rows.subList(from, Math.min(rows.size(), from + 500)).stream()
                  .map(r -> r.id().value())
                  .toList())
          .getResultList()
          .forEach(s -> existing.put(s.code(), s));
    }
    Map<SchoolId, School> result = new HashMap<>();
    for (SchoolRow row : rows) {
      guarded(
          errors,
          EditionFiles.SCHOOLS,
          row.line(),
          () -> {
            Address address = new Address(null, row.postcode(), row.town());
            Contact contact = Contact.byEmail(row.contactEmail());
            School school = existing.get(row.id());
            if (school == null) {
              school =
                  new School(
                      row.id(),
                      edition.region(),
                      row.name(),
                      row.kind(),
                      address,
                      row.location(),
                      contact);
              em.persist(school);
            } else {
              school.describe(
                  row.name(),
                  row.kind(),
                  address,
                  row.location(),
                  keepName(school.contact(), contact));
            }
            edition.enrol(school);
            result.put(row.id(), school);
            return school;
          });
    }
    return result;
  }

  private Map<String, Company> companies(
      Edition edition, List<CompanyRow> rows, List<RowError> errors) {
    Map<String, Company> existing = new HashMap<>();
    em.createNamedQuery(Company.OF_REGION, Company.class)
        .setParameter("region", edition.region())
        .getResultList()
        .forEach(c -> existing.put(c.code(), c));
    Map<String, Company> result = new HashMap<>();
    for (CompanyRow row : rows) {
      guarded(
          errors,
          EditionFiles.COMPANIES,
          row.line(),
          () -> {
            Address address = new Address(null, row.postcode(), row.town());
            Contact contact = Contact.byEmail(row.contactEmail());
            Company company = existing.get(row.id());
            if (company == null) {
              company =
                  new Company(
                      edition.region(),
                      row.id(),
                      row.name(),
                      row.sector(),
                      address,
                      row.location(),
                      contact);
              em.persist(company);
            } else {
              company.describe(
                  row.name(),
                  row.sector(),
                  address,
                  row.location(),
                  keepName(company.contact(), contact));
            }
            edition.enrol(company);
            result.put(row.id(), company);
            return company;
          });
    }
    return result;
  }

  private static VisitSlot slot(Edition edition, Map<String, Company> companies, SlotRow row) {
    return VisitSlot.atCompany(
        edition,
        row.id(),
        companies.get(row.companyId()),
        row.date(),
        new TimeWindow(row.start(), row.end()),
        row.capacityPupils(),
        row.maxGroups(),
        row.levels());
  }

  private ClassGroup group(
      Edition edition,
      Map<SchoolId, School> schools,
      Map<String, Company> companies,
      GroupRow row) {
    ClassGroup group =
        new ClassGroup(
            edition,
            schools.get(row.schoolId()),
            row.id(),
            row.name(),
            row.level(),
            row.pupils(),
            Contact.byEmail(row.teacherEmail()),
            row.days(),
            row.transport(),
            row.maxKm());
    group.wish(
        row.preferences().stream().limit(ClassGroup.MAX_WISHES).map(companies::get).toList());
    em.persist(group);
    return group;
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }

  /** The files hold only e-mail addresses: a name and phone already known for that address stay. */
  private static Contact keepName(Contact known, Contact imported) {
    return known.email().equals(imported.email()) ? known : imported;
  }

  /**
   * Entities check every rule again; a refusal becomes a row error instead of stopping at the
   * first.
   */
  private static void guarded(List<RowError> errors, String file, int line, Supplier<?> work) {
    try {
      work.get();
    } catch (InvalidValueException e) {
      errors.add(new RowError(file, line, e.field(), e.getMessage()));
    }
  }
}
