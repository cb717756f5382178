package nl.techniekpact.lokaal.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import nl.techniekpact.lokaal.access.entity.Organiser;
import nl.techniekpact.lokaal.platform.control.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator from {@code lokaal.admin.email} and {@code lokaal.admin.password}
 * when the database has no organiser yet; after that, accounts are made in Lokaal itself.
 */
@ApplicationScoped
public class FirstAdmin {

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject Passwords passwords;

  @Inject
  @ConfigProperty(name = "lokaal.admin.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "lokaal.admin.password")
  Optional<String> password;

  @Transactional
  void create(@Observes DatabaseReady ready) {
    if (em.createNamedQuery(Organiser.COUNT, Long.class).getSingleResult() > 0) {
      return;
    }
    if (email.isEmpty() || password.isEmpty()) {
      LOG.warning(
          "No organiser account exists; set lokaal.admin.email and lokaal.admin.password to create the first administrator");
      return;
    }
    em.persist(
        Organiser.admin(
            email.get(), "Beheerder", passwords.hash(Organiser.requireStrong(password.get()))));
    LOG.info(() -> "First administrator " + email.get() + " created");
  }
}
