package nl.techniekpact.lokaal.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;

/** Finds and stores editions and regions; joins the caller's transaction. */
@ApplicationScoped
public class Editions {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  public Edition edition(long id) {
    Edition edition = em.find(Edition.class, id);
    if (edition == null) {
      throw new NoSuchEntityException("edition", id);
    }
    return edition;
  }

  public List<Edition> all() {
    return em.createNamedQuery(Edition.ALL, Edition.class).getResultList();
  }

  public List<Edition> ofRegion(Region region) {
    return em.createNamedQuery(Edition.OF_REGION, Edition.class)
        .setParameter("region", region)
        .getResultList();
  }

  /** The editions the school signed up for, latest first. */
  public List<Edition> ofSchool(long schoolId) {
    return em.createNamedQuery(Edition.OF_SCHOOL, Edition.class)
        .setParameter("school", schoolId)
        .getResultList();
  }

  /** The editions the company signed up for, latest first. */
  public List<Edition> ofCompany(long companyId) {
    return em.createNamedQuery(Edition.OF_COMPANY, Edition.class)
        .setParameter("company", companyId)
        .getResultList();
  }

  public Region region(String code) {
    return em.createNamedQuery(Region.BY_CODE, Region.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NoSuchEntityException("region", code));
  }

  public List<Region> regions() {
    return em.createNamedQuery(Region.ALL, Region.class).getResultList();
  }

  /** Stores a new entity and flushes, so that its generated id is known to the caller. */
  public <T> T add(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }
}
