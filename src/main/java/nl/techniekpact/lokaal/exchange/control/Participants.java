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
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.CompanyRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SchoolRow;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Label;
import nl.techniekpact.lokaal.school.entity.School;
import nl.techniekpact.lokaal.school.entity.SchoolId;

/**
 * The schools and companies of imported files: each is updated where the region knows it already
 * (the files are the organiser's current list), made where it is new, and enrolled in the edition.
 */
@ApplicationScoped
public class Participants {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  Map<SchoolId, School> schools(Edition edition, List<SchoolRow> rows, List<RowError> errors) {
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

  Map<String, Company> companies(Edition edition, List<CompanyRow> rows, List<RowError> errors) {
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

  /** The files hold only e-mail addresses: a name and phone already known for that address stay. */
  static Contact keepName(Contact known, Contact imported) {
    return known.email().equals(imported.email()) ? known : imported;
  }

  /**
   * Entities check every rule again; a refusal becomes a row error instead of stopping at the
   * first.
   */
  /** The arguments of a domain refusal, its field's label first as everywhere else. */
  private static Object[] labelled(InvalidValueException.Violation violation) {
    List<Object> args = new ArrayList<>();
    args.add(new Label(violation.field()));
    args.addAll(violation.args());
    return args.toArray();
  }

  static void guarded(List<RowError> errors, String file, int line, Supplier<?> work) {
    try {
      work.get();
    } catch (InvalidValueException e) {
      e.violations()
          .forEach(v -> errors.add(RowError.of(file, line, v.field(), v.key(), labelled(v))));
    }
  }
}
