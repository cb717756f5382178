package nl.techniekpact.lokaal.booking.entity;

import static nl.techniekpact.lokaal.Fixtures.FIRST_DAY;
import static nl.techniekpact.lokaal.Fixtures.TEACHER;
import static nl.techniekpact.lokaal.Fixtures.company;
import static nl.techniekpact.lokaal.Fixtures.edition;
import static nl.techniekpact.lokaal.Fixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.List;
import nl.techniekpact.lokaal.company.entity.TimeWindow;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.school.entity.ClassGroup;
import nl.techniekpact.lokaal.school.entity.Days;
import nl.techniekpact.lokaal.school.entity.SchoolKind;
import nl.techniekpact.lokaal.school.entity.Transport;
import org.junit.jupiter.api.Test;

/** What a school reads as its class group's status: registered, placed or waiting. */
class GroupStatusTest {

  @Test
  void aGroupWithAConfirmedVisitIsPlaced() {
    Edition show = edition(EditionKind.SHOW, EditionStatus.OPEN);
    ClassGroup group = group(show);
    assertEquals(
        GroupStatus.PLACED,
        GroupStatus.of(show, List.of(Booking.confirmed(slot(show), group, 24))));
  }

  @Test
  void aGroupOnASessionsWaitingListIsWaiting() {
    Edition show = edition(EditionKind.SHOW, EditionStatus.OPEN);
    assertEquals(
        GroupStatus.WAITING,
        GroupStatus.of(show, List.of(Booking.waiting(slot(show), group(show), 24))));
  }

  @Test
  void aGroupWhoseOnlyBookingWasCancelledIsRegisteredAgain() {
    Edition show = edition(EditionKind.SHOW, EditionStatus.OPEN);
    Booking cancelled = Booking.confirmed(slot(show), group(show), 24);
    cancelled.cancel();
    assertEquals(GroupStatus.REGISTERED, GroupStatus.of(show, List.of(cancelled)));
  }

  @Test
  void aGroupWithoutVisitIsRegisteredUntilTheAllocationIsPublished() {
    Edition week = edition(EditionKind.COMPANY_VISITS, EditionStatus.ALLOCATED);
    assertEquals(GroupStatus.REGISTERED, GroupStatus.of(week, List.of()));
  }

  @Test
  void aGroupLeftOutOfThePublishedAllocationIsWaiting() {
    Edition week = edition(EditionKind.COMPANY_VISITS, EditionStatus.PUBLISHED);
    assertEquals(GroupStatus.WAITING, GroupStatus.of(week, List.of()));
  }

  @Test
  void aGroupThatBookedNothingInAClosedShowIsRegistered() {
    Edition show = edition(EditionKind.SHOW, EditionStatus.PUBLISHED);
    assertEquals(GroupStatus.REGISTERED, GroupStatus.of(show, List.of()));
  }

  private static ClassGroup group(Edition edition) {
    return new ClassGroup(
        edition,
        school(SchoolKind.PO),
        "G0001",
        "groep 7a",
        Level.PO7,
        24,
        TEACHER,
        Days.of(List.of(FIRST_DAY), "days"),
        Transport.BUS,
        40.0);
  }

  private static VisitSlot slot(Edition edition) {
    return VisitSlot.atCompany(
        edition,
        "S00001",
        company("C0001"),
        FIRST_DAY,
        new TimeWindow(LocalTime.of(9, 0), LocalTime.of(11, 0)),
        30,
        2,
        Levels.of(Level.PO7, Level.PO8));
  }
}
