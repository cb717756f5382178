package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;
import nl.techniekpact.lokaal.school.entity.ClassGroup;

/**
 * Fills each template with an edition's own data, the way the real mail would be: its first group
 * and slot stand in for the booking, its first school for the sign-in link and the sign-up to
 * confirm.
 */
@ApplicationScoped
public class MailPreviews {

  public static final List<String> TEMPLATES =
      List.of("sign-in-link", "confirm-sign-up", "invitation", "booking");

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject MailTemplates templates;

  public MailTemplates.Rendered render(Edition edition, String template, Locale locale) {
    if (!TEMPLATES.contains(template)) {
      throw new NoSuchEntityException("mailTemplate", template);
    }
    Map<String, Object> v = new HashMap<>();
    String region = edition.region().name();
    v.put("region", region);
    v.put("edition", edition.name());
    switch (template) {
      case "sign-in-link", "confirm-sign-up" -> {
        v.put(
            "name",
            edition.schools().stream()
                .findFirst()
                .map(s -> s.name())
                .orElse("Basisschool De Voorbeeld"));
        v.put("link", "https://lokaal.example.nl/api/session/link?token=VOORBEELD");
        v.put("minutes", 60);
      }
      case "invitation" -> {
        v.put(
            "name",
            edition.companies().stream()
                .findFirst()
                .map(c -> c.name())
                .orElse("Bedrijf De Voorbeeld"));
        v.put("firstDay", edition.period().firstDay());
        v.put("lastDay", edition.period().lastDay());
        v.put("closes", edition.registration().lastDay());
        v.put("link", "https://lokaal.example.nl/edities/" + edition.id() + "/aanmelden");
      }
      default -> booking(edition, v);
    }
    return templates.render(template, locale, v);
  }

  private void booking(Edition edition, Map<String, Object> v) {
    VisitSlot slot =
        em.createNamedQuery(VisitSlot.OF_EDITION, VisitSlot.class)
            .setParameter("edition", edition)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NoSuchEntityException("previewSlot", edition.id()));
    ClassGroup group =
        em.createNamedQuery(ClassGroup.OF_EDITION, ClassGroup.class)
            .setParameter("edition", edition)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    v.put("kind", "confirmed");
    v.put("name", group == null ? "Juf Voorbeeld" : group.teacher().email());
    v.put("group", group == null ? "groep 7a" : group.name());
    v.put("school", group == null ? "Basisschool De Voorbeeld" : group.school().name());
    v.put("pupils", group == null ? 25 : group.pupils());
    v.put("date", slot.day());
    v.put("start", slot.window().start());
    v.put("end", slot.window().end());
    v.put("place", slot.placeName());
    v.put("address", slot.address() == null ? null : slot.address().oneLine());
    v.put("routeLink", BookingMails.routeLink(slot));
    v.put("contact", BookingMails.contact(slot));
    v.put("joinLink", slot.isOnline() ? slot.joinLink().toString() : null);
    v.put("link", "https://lokaal.example.nl/school.html?editie=" + edition.id() + "&boeking=0");
  }
}
