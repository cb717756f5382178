package nl.techniekpact.lokaal.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.company.entity.TimeWindow;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.GroupRow;
import nl.techniekpact.lokaal.exchange.entity.EditionFiles.SlotRow;
import nl.techniekpact.lokaal.exchange.entity.ImportMode;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import nl.techniekpact.lokaal.proposal.entity.ProposedPlacement;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.School;
import nl.techniekpact.lokaal.school.entity.SchoolId;

/**
 * Puts checked interchange rows in place as the edition's participants, slots and groups, by id:
 * what exists is updated, what is new is added and, when the files replace the edition, what they
 * leave out goes (schools and companies only leave the edition; they stay in the region). Runs
 * inside the caller's transaction, so an entity that still refuses a row rolls back everything
 * written before it.
 */
@ApplicationScoped
public class EditionImporter {

  /** Booked groups and slots cannot go: their bookings would lose their subject. */
  private static final String BOOKED_GROUPS =
      "select distinct b.group.code from Booking b where b.group.edition = :edition";

  private static final String BOOKED_SLOTS =
      "select distinct b.slot.code from Booking b where b.slot.edition = :edition";

  /** New groups are written and let go of in chunks of this many. */
  private static final int CHUNK = 1000;

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject Participants participants;

  public record Summary(int schools, int companies, int slots, int groups) {}

  /** The files as the whole edition: what they leave out goes. */
  public Summary replaceContent(Edition edition, EditionFiles files) {
    return apply(edition, files, ImportMode.REPLACE);
  }

  public Summary apply(Edition edition, EditionFiles files, ImportMode mode) {
    if (!edition.acceptsBulkChanges()) {
      throw new StateConflictException("import.notNow", edition.status());
    }
    List<RowError> errors = new ArrayList<>();
    Map<String, VisitSlot> slots = new HashMap<>();
    em.createNamedQuery(VisitSlot.OF_EDITION, VisitSlot.class)
        .setParameter("edition", edition)
        .getResultStream()
        .forEach(slot -> slots.put(slot.code(), slot));
    Map<String, ClassGroup> groups = new HashMap<>();
    em.createNamedQuery(ClassGroup.OF_EDITION, ClassGroup.class)
        .setParameter("edition", edition)
        // Updating a group replaces its wishes: read them all in a few IN queries.
        .setHint("eclipselink.batch", "g.wishes")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList()
        .forEach(group -> groups.put(group.code(), group));
    removeLeftOutOrMoved(edition, files, mode, slots, groups, errors);
    if (mode == ImportMode.REPLACE) {
      edition.clearParticipants();
    }
    Map<SchoolId, School> schools = participants.schools(edition, files.schools(), errors);
    edition.schools().forEach(s -> schools.putIfAbsent(s.code(), s));
    Map<String, Company> companies = participants.companies(edition, files.companies(), errors);
    edition.companies().forEach(c -> companies.putIfAbsent(c.code(), c));
    for (SlotRow row : files.slots()) {
      Participants.guarded(
          errors,
          EditionFiles.SLOTS,
          row.line(),
          () -> slot(edition, companies, slots.get(row.id()), row));
    }
    List<ClassGroup> written = new ArrayList<>();
    for (GroupRow row : files.groups()) {
      ClassGroup existing = groups.get(row.id());
      Participants.guarded(
          errors,
          EditionFiles.GROUPS,
          row.line(),
          () -> written.add(group(edition, schools, companies, existing, row)));
      if (written.size() == CHUNK && errors.isEmpty()) {
        // Thousands of new groups would otherwise all stay in the persistence context, with
        // EclipseLink's bookkeeping for each, until the commit.
        em.flush();
        written.stream().filter(g -> g != groups.get(g.code())).forEach(em::detach);
        written.clear();
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    return new Summary(
        files.schools().size(),
        files.companies().size(),
        files.slots().size(),
        files.groups().size());
  }

  /**
   * Removes the slots and groups that move to another company or school (they come back as new
   * ones) and, when the files replace the edition, those they leave out; refuses to remove one with
   * bookings.
   */
  private void removeLeftOutOrMoved(
      Edition edition,
      EditionFiles files,
      ImportMode mode,
      Map<String, VisitSlot> slots,
      Map<String, ClassGroup> groups,
      List<RowError> errors) {
    boolean replace = mode == ImportMode.REPLACE;
    Map<String, String> hosts = new HashMap<>();
    files.slots().forEach(s -> hosts.put(s.id(), s.companyId()));
    Map<String, String> schoolOf = new HashMap<>();
    files.groups().forEach(g -> schoolOf.put(g.id(), g.schoolId().value()));
    List<String> bookedGroups =
        em.createQuery(BOOKED_GROUPS, String.class)
            .setParameter("edition", edition)
            .getResultList();
    List<String> bookedSlots =
        em.createQuery(BOOKED_SLOTS, String.class).setParameter("edition", edition).getResultList();
    for (var group : List.copyOf(groups.values())) {
      String school = schoolOf.get(group.code());
      boolean goes = school == null ? replace : !school.equals(group.school().code().value());
      if (goes) {
        if (bookedGroups.contains(group.code())) {
          errors.add(booked(EditionFiles.GROUPS, "import.bookedGroup", group.code()));
        } else {
          groups.remove(group.code());
          em.remove(group);
        }
      }
    }
    boolean slotsGo = false;
    for (var slot : List.copyOf(slots.values())) {
      String host = hosts.get(slot.code());
      // Sessions at a venue are not in the interchange format, so the files leave them be.
      boolean goes =
          slot.host() != null && (host == null ? replace : !host.equals(slot.host().code()));
      if (goes) {
        if (bookedSlots.contains(slot.code())) {
          errors.add(booked(EditionFiles.SLOTS, "import.bookedSlot", slot.code()));
        } else {
          slots.remove(slot.code());
          if (!slotsGo) {
            // A proposal from before registration reopened would point at the slot: it is stale.
            em.createNamedQuery(ProposedPlacement.DELETE_OF_EDITION)
                .setParameter("edition", edition.id())
                .executeUpdate();
            slotsGo = true;
          }
          em.remove(slot);
        }
      }
    }
    // The same ids may come back as new rows; the unique keys must be free by then.
    em.flush();
  }

  private static RowError booked(String file, String key, String code) {
    return RowError.of(file, 0, null, key, code);
  }

  /** Reschedules the slot, or adds it when it is new (or moved to another host, and so removed). */
  private VisitSlot slot(
      Edition edition, Map<String, Company> companies, VisitSlot existing, SlotRow row) {
    if (existing != null && existing.host() == null) {
      throw new InvalidValueException("slot_id", "import.sessionNotSlot", row.id());
    }
    Company host = companies.get(row.companyId());
    TimeWindow window = new TimeWindow(row.start(), row.end());
    if (existing != null && host.equals(existing.host())) {
      existing.reschedule(row.date(), window, row.capacityPupils(), row.maxGroups(), row.levels());
      return existing;
    }
    return persist(
        VisitSlot.atCompany(
            edition,
            row.id(),
            host,
            row.date(),
            window,
            row.capacityPupils(),
            row.maxGroups(),
            row.levels()));
  }

  /** Describes the group anew, or adds it when it is new (or moved to another school). */
  private ClassGroup group(
      Edition edition,
      Map<SchoolId, School> schools,
      Map<String, Company> companies,
      ClassGroup existing,
      GroupRow row) {
    School school = schools.get(row.schoolId());
    Contact teacher = Contact.byEmail(row.teacherEmail());
    ClassGroup group = existing;
    if (group != null && group.school().equals(school)) {
      group.describe(
          row.name(), row.level(), row.pupils(), Participants.keepName(group.teacher(), teacher));
      group.availability(row.days(), row.transport(), row.maxKm());
    } else {
      group =
          persist(
              new ClassGroup(
                  edition,
                  school,
                  row.id(),
                  row.name(),
                  row.level(),
                  row.pupils(),
                  teacher,
                  row.days(),
                  row.transport(),
                  row.maxKm()));
    }
    group.wish(
        row.preferences().stream().limit(ClassGroup.MAX_WISHES).map(companies::get).toList());
    return group;
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }
}
