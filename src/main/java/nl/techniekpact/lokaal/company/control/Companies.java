package nl.techniekpact.lokaal.company.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;

/** Finds and stores companies and their slots; joins the caller's transaction. */
@ApplicationScoped
public class Companies {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  public Company company(long id) {
    return Optional.ofNullable(em.find(Company.class, id))
        .orElseThrow(() -> new NoSuchEntityException("company", id));
  }

  public VisitSlot slot(long id) {
    return Optional.ofNullable(em.find(VisitSlot.class, id))
        .orElseThrow(() -> new NoSuchEntityException("slot", id));
  }

  public Optional<Company> byContact(Region region, String email) {
    return em.createNamedQuery(Company.BY_CONTACT_EMAIL, Company.class)
        .setParameter("email", email)
        .getResultStream()
        .filter(c -> c.region().equals(region))
        .findFirst();
  }

  /** Whether a company of any region has this contact address. */
  public boolean hasContact(String email) {
    return !em.createNamedQuery(Company.BY_CONTACT_EMAIL, Company.class)
        .setParameter("email", email)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public List<VisitSlot> slots(Edition edition) {
    return em.createNamedQuery(VisitSlot.OF_EDITION, VisitSlot.class)
        .setParameter("edition", edition)
        .getResultList();
  }

  /**
   * A fresh code for a company or slot made in Lokaal rather than imported: a letter and six
   * characters.
   */
  public static String newCode(char prefix) {
    StringBuilder code = new StringBuilder().append(prefix);
    for (int i = 0; i < 6; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  public <T> T add(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }

  public void remove(Object entity) {
    em.remove(entity);
  }
}
