package nl.techniekpact.lokaal.company.boundary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.Level;

/**
 * A visit slot as the REST API shows it. The join link is the host's and the organisers'; visitors
 * get it on booking.
 */
public record SlotView(
    long id,
    long edition,
    String code,
    Long companyId,
    String company,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    int seats,
    int maxGroups,
    List<Level> levels,
    boolean online,
    String joinLink) {

  public static SlotView of(VisitSlot s) {
    return new SlotView(
        s.id(),
        s.edition().id(),
        s.code(),
        s.host() == null ? null : s.host().id(),
        s.host() == null ? null : s.host().name(),
        s.day(),
        s.window().start(),
        s.window().end(),
        s.seats(),
        s.maxGroups(),
        s.levels().asSet().stream().sorted().toList(),
        s.isOnline(),
        s.joinLink() == null ? null : s.joinLink().toString());
  }
}
