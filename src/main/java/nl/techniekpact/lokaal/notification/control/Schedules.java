package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.lokaal.access.control.Tokens;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.notification.entity.CalendarEvent;
import nl.techniekpact.lokaal.notification.entity.OutboxMessage;
import nl.techniekpact.lokaal.notification.entity.ScheduleSent;
import nl.techniekpact.lokaal.platform.entity.Contact;

/**
 * Each school's schedule (its groups' visits) and each company's visitor list of an edition, as one
 * mail with one calendar of all its visits. Remembers what it sent by a fingerprint of the visits,
 * so that a re-send after changes mails only those whose visits changed.
 */
@ApplicationScoped
public class Schedules {

  /** One recipient's schedule: who, and which confirmed visits. */
  public record Schedule(
      ScheduleSent.Kind kind, long subjectId, String name, Contact contact, List<Booking> visits) {

    /** Changes whenever a visit is added, removed, moved, resized or re-timed. */
    public String fingerprint() {
      StringBuilder text = new StringBuilder();
      visits.forEach(
          b ->
              text.append(b.id())
                  .append('|')
                  .append(b.sequence())
                  .append('|')
                  .append(b.slot().id())
                  .append('|')
                  .append(b.slot().day())
                  .append(b.slot().window())
                  .append('|')
                  .append(b.pupils())
                  .append('|')
                  .append(b.group().teacher().email())
                  .append('\n'));
      return Tokens.hash(text.toString());
    }
  }

  public record Progress(int queued, int sent) {}

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject Outbox outbox;
  @Inject BookingCalendar calendar;
  @Inject MailTemplates templates;

  public List<Schedule> compose(Edition edition) {
    List<Booking> confirmed =
        em.createNamedQuery(Booking.CONFIRMED_OF_EDITION, Booking.class)
            .setParameter("edition", edition.id())
            .getResultList();
    Map<Long, List<Booking>> bySchool = new LinkedHashMap<>();
    Map<Long, List<Booking>> byCompany = new LinkedHashMap<>();
    for (Booking b : confirmed) {
      bySchool.computeIfAbsent(b.group().school().id(), k -> new ArrayList<>()).add(b);
      if (b.slot().host() != null) {
        byCompany.computeIfAbsent(b.slot().host().id(), k -> new ArrayList<>()).add(b);
      }
    }
    List<Schedule> schedules = new ArrayList<>();
    bySchool
        .values()
        .forEach(
            v ->
                schedules.add(
                    new Schedule(
                        ScheduleSent.Kind.SCHOOL,
                        v.get(0).group().school().id(),
                        v.get(0).group().school().name(),
                        v.get(0).group().school().contact(),
                        v)));
    byCompany
        .values()
        .forEach(
            v ->
                schedules.add(
                    new Schedule(
                        ScheduleSent.Kind.COMPANY,
                        v.get(0).slot().host().id(),
                        v.get(0).slot().host().name(),
                        v.get(0).slot().host().contact(),
                        v)));
    schedules.sort(Comparator.comparing(Schedule::kind).thenComparing(Schedule::name));
    return schedules;
  }

  /** Whether this schedule differs from the one last mailed (or was never mailed). */
  public boolean changed(Edition edition, Schedule schedule) {
    return sent(edition, schedule)
        .map(s -> !s.fingerprint().equals(schedule.fingerprint()))
        .orElse(true);
  }

  public MailTemplates.Rendered preview(Edition edition, Schedule schedule) {
    return templates.render(
        template(schedule), schedule.contact().locale(), variables(edition, schedule));
  }

  /** Mails every changed schedule; returns how many were queued. */
  public int sendChanged(Edition edition) {
    int queued = 0;
    for (Schedule schedule : compose(edition)) {
      if (!changed(edition, schedule)) {
        continue;
      }
      List<CalendarEvent> visits =
          schedule.visits().stream()
              .map(
                  b ->
                      calendar.of(
                          b,
                          List.of(schedule.contact().email()),
                          schedule.kind() == ScheduleSent.Kind.SCHOOL
                              ? calendar.link(b)
                              : calendar.visitorsPage(edition.id())))
              .toList();
      OutboxMessage message =
          outbox.add(
              schedule.contact().email(),
              template(schedule),
              schedule.contact().locale(),
              variables(edition, schedule),
              edition,
              "REQUEST",
              visits);
      em.flush();
      ScheduleSent record =
          sent(edition, schedule)
              .orElseGet(
                  () -> {
                    ScheduleSent fresh =
                        new ScheduleSent(edition.id(), schedule.kind(), schedule.subjectId());
                    em.persist(fresh);
                    return fresh;
                  });
      record.sent(schedule.fingerprint(), message.id());
      queued++;
    }
    return queued;
  }

  /** Of the schedules last queued for the edition, how many have left through SMTP. */
  public Progress progress(Edition edition) {
    List<ScheduleSent> records = records(edition);
    int sent = 0;
    for (ScheduleSent record : records) {
      OutboxMessage message = em.find(OutboxMessage.class, record.messageId());
      sent += message != null && message.status() == OutboxMessage.Status.SENT ? 1 : 0;
    }
    return new Progress(records.size(), sent);
  }

  private Optional<ScheduleSent> sent(Edition edition, Schedule schedule) {
    return records(edition).stream()
        .filter(s -> s.kind() == schedule.kind() && s.subjectId() == schedule.subjectId())
        .findFirst();
  }

  private List<ScheduleSent> records(Edition edition) {
    return em.createNamedQuery(ScheduleSent.OF_EDITION, ScheduleSent.class)
        .setParameter("edition", edition.id())
        .getResultList();
  }

  private static String template(Schedule schedule) {
    return schedule.kind() == ScheduleSent.Kind.SCHOOL ? "schedule-school" : "schedule-company";
  }

  private Map<String, Object> variables(Edition edition, Schedule schedule) {
    Map<String, Object> v = new HashMap<>();
    v.put("name", schedule.name());
    v.put("edition", edition.name());
    v.put("region", edition.region().name());
    v.put(
        "link",
        (schedule.kind() == ScheduleSent.Kind.SCHOOL
                ? calendar.schoolPage(edition.id())
                : calendar.visitorsPage(edition.id()))
            .toString());
    v.put(
        "visits",
        schedule.visits().stream()
            .map(
                b -> {
                  Map<String, Object> visit = new HashMap<>();
                  visit.put("date", b.slot().day());
                  visit.put("start", b.slot().window().start());
                  visit.put("end", b.slot().window().end());
                  visit.put("place", b.slot().placeName());
                  visit.put(
                      "address", b.slot().address() == null ? null : b.slot().address().oneLine());
                  visit.put("group", b.group().name());
                  visit.put("level", b.group().level().dutchName());
                  visit.put("pupils", b.pupils());
                  visit.put("school", b.group().school().name());
                  visit.put(
                      "teacher",
                      b.group().teacher().email()
                          + (b.group().teacher().phone() == null
                              ? ""
                              : ", " + b.group().teacher().phone()));
                  return visit;
                })
            .toList());
    return v;
  }
}
