package nl.techniekpact.lokaal.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.access.entity.Organiser;
import nl.techniekpact.lokaal.access.entity.Role;
import nl.techniekpact.lokaal.audit.entity.AuditEntry;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.school.entity.School;

/**
 * Words audit entries as sentences in the reader's language: "Anne (organisator) opende de
 * aanmelding." The actor is named by the account, school or company behind the entry's actor
 * reference, with their role; the rest is the message under {@code audit.<action>} (see {@link
 * AuditLog}).
 *
 * <p>An action without a message reads as the neutral {@code audit.unknown}, never as its machine
 * name. Entries written before sentences were have no arguments: their message is used when it
 * needs none, else {@code audit.earlier} shows what was stored then.
 */
@ApplicationScoped
public class AuditSentences {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  /** Who did something, as the reader reads it. */
  public record Actor(String name, String role) {}

  /** The entries' sentences and actors, in their order, in {@code language}. */
  public List<Worded> word(List<AuditEntry> entries, Locale language) {
    Messages messages = Messages.in(language);
    Map<String, Actor> actors = new HashMap<>();
    List<Worded> worded = new ArrayList<>();
    for (AuditEntry entry : entries) {
      Actor actor = actors.computeIfAbsent(entry.actor(), reference -> actor(reference, messages));
      worded.add(new Worded(actor, sentence(entry, actor, messages)));
    }
    return worded;
  }

  /** An entry's actor and sentence. */
  public record Worded(Actor actor, String sentence) {}

  static String sentence(AuditEntry entry, Actor actor, Messages messages) {
    String key = "audit." + entry.action();
    if (!messages.has(key)) {
      return messages.text("audit.unknown", actor.name(), actor.role());
    }
    List<Object> stored = AuditArguments.read(entry.arguments());
    List<Object> arguments = new ArrayList<>(List.of(actor.name(), actor.role()));
    stored.forEach(a -> arguments.add(resolve(a, messages)));
    String sentence = messages.text(key, arguments.toArray());
    if (stored.isEmpty() && sentence.matches("(?s).*\\{\\d+}.*")) {
      // Written before sentences were: the message needs what was not stored then.
      return messages.text(
          "audit.earlier",
          actor.name(),
          actor.role(),
          entry.details() == null ? "" : entry.details());
    }
    return sentence;
  }

  private static Object resolve(Object argument, Messages messages) {
    if (argument instanceof AuditArguments.Key key) {
      return messages.has(key.key()) ? messages.text(key.key()) : "";
    }
    if (argument instanceof Collection<?> many) {
      return many.stream().map(a -> resolve(a, messages)).toList();
    }
    return argument;
  }

  /** "organiser:3", "admin:1", "school:12", "company:7" or "anonymous", as name and role. */
  private Actor actor(String reference, Messages messages) {
    int colon = reference.indexOf(':');
    Role role = null;
    long id = -1;
    if (colon > 0) {
      try {
        role = Role.valueOf(reference.substring(0, colon).toUpperCase(Locale.ROOT));
        id = Long.parseLong(reference.substring(colon + 1));
      } catch (IllegalArgumentException unreadable) {
        role = null;
      }
    }
    if (role == null) {
      return new Actor(messages.text("audit.actor.anonymous"), messages.text("audit.role.none"));
    }
    String name =
        switch (role) {
          case ADMIN, ORGANISER -> name(Organiser.class, id, Organiser::name);
          case SCHOOL -> name(School.class, id, School::name);
          case COMPANY -> name(Company.class, id, Company::name);
        };
    return new Actor(
        name != null ? name : messages.text("audit.actor.gone"),
        messages.text("audit.role." + role.name()));
  }

  private <T> String name(Class<T> type, long id, java.util.function.Function<T, String> name) {
    T found = em.find(type, id);
    return found == null ? null : name.apply(found);
  }
}
