package nl.techniekpact.lokaal.school.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.School;
import nl.techniekpact.lokaal.school.entity.SchoolId;

/** Finds and stores schools and their class groups; joins the caller's transaction. */
@ApplicationScoped
public class Schools {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  public School school(long id) {
    return Optional.ofNullable(em.find(School.class, id))
        .orElseThrow(() -> new NoSuchEntityException("school", id));
  }

  public Optional<School> byCode(SchoolId code) {
    return em.createNamedQuery(School.BY_CODE, School.class)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst();
  }

  /** Whether any school has this contact address. */
  public boolean hasContact(String email) {
    return !em.createNamedQuery(School.BY_CONTACT_EMAIL, School.class)
        .setParameter("email", email)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public ClassGroup group(long id) {
    return Optional.ofNullable(em.find(ClassGroup.class, id))
        .orElseThrow(() -> new NoSuchEntityException("group", id));
  }

  public List<ClassGroup> groups(Edition edition) {
    return em.createNamedQuery(ClassGroup.OF_EDITION, ClassGroup.class)
        .setParameter("edition", edition)
        .getResultList();
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
