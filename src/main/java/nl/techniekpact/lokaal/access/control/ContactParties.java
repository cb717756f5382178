package nl.techniekpact.lokaal.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.techniekpact.lokaal.access.entity.Role;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.school.entity.School;

/**
 * The schools and companies one contact address serves, such as a board coordinator's school
 * locations: what a session that proved the address may switch between.
 */
@ApplicationScoped
public class ContactParties {

  /** A school or company as the chooser names it. */
  public record Party(Role role, long id, String name, String town) {}

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  /**
   * Every school and company whose contact address is exactly this one. The database compares
   * without regard to case or trailing spaces; this compares again, character for character.
   */
  public List<Party> of(String email) {
    Stream<Party> schools =
        em.createNamedQuery(School.BY_CONTACT_EMAIL, School.class)
            .setParameter("email", email)
            .getResultStream()
            .filter(s -> email.equals(s.contact().email()))
            .map(s -> new Party(Role.SCHOOL, s.id(), s.name(), s.address().town()));
    Stream<Party> companies =
        em.createNamedQuery(Company.BY_CONTACT_EMAIL, Company.class)
            .setParameter("email", email)
            .getResultStream()
            .filter(c -> email.equals(c.contact().email()))
            .map(c -> new Party(Role.COMPANY, c.id(), c.name(), c.address().town()));
    return Stream.concat(schools, companies).toList();
  }

  /** The school or company, if its contact address is exactly this one; else none. */
  public Optional<Party> find(String email, Role role, long id) {
    return of(email).stream().filter(p -> p.role() == role && p.id() == id).findFirst();
  }
}
