package nl.techniekpact.lokaal.booking.boundary;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.techniekpact.lokaal.booking.entity.Booking;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.school.entity.ClassGroup;

/**
 * A class group coming to a company's slot, as its host sees it: when it arrives, who, and whom to
 * call.
 */
public record VisitorView(
    long bookingId,
    long slotId,
    LocalDate date,
    LocalTime arrival,
    LocalTime end,
    long companyId,
    String company,
    String school,
    String group,
    Level level,
    int pupils,
    String teacherName,
    String teacherEmail,
    String teacherPhone) {

  static VisitorView of(Booking b) {
    VisitSlot s = b.slot();
    ClassGroup g = b.group();
    return new VisitorView(
        b.id(),
        s.id(),
        s.day(),
        s.window().start(),
        s.window().end(),
        s.host().id(),
        s.host().name(),
        g.school().name(),
        g.name(),
        g.level(),
        b.pupils(),
        g.teacher().name(),
        g.teacher().email(),
        g.teacher().phone());
  }
}
