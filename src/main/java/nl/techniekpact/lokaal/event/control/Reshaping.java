package nl.techniekpact.lokaal.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.event.entity.DateRange;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.school.entity.ClassGroup;

/**
 * What a new period or new levels of an edition would leave outside: slots on a day outside the
 * period or for none of the levels, groups of a level that no longer takes part or free on a day
 * outside the period, and a proposal made for the edition as it was.
 *
 * <p>Such a change is made only when the organiser confirms it. Then the slots and groups outside
 * stay as they are, for the organiser to move or withdraw (the edition page marks them as outside);
 * nothing is deleted. A proposal is dropped: the edition goes back to closed, so the stale proposal
 * can no longer be published, and the next allocation run makes one for the edition as it is now.
 */
@ApplicationScoped
public class Reshaping {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  /** What lies outside: how many slots and groups, and whether a proposal exists. */
  public record Outside(int slots, int groups, boolean proposal) {
    public boolean isEmpty() {
      return slots == 0 && groups == 0 && !proposal;
    }
  }

  /**
   * What {@code period} and {@code levels} would leave outside. A proposal counts only when the
   * period or levels change at all: renaming an allocated edition leaves its proposal standing.
   */
  public Outside outside(Edition edition, DateRange period, Levels levels) {
    boolean changes = !period.equals(edition.period()) || !levels.equals(edition.allowedLevels());
    if (!changes) {
      return new Outside(0, 0, false);
    }
    int slots =
        (int)
            em.createNamedQuery(VisitSlot.OF_EDITION, VisitSlot.class)
                .setParameter("edition", edition)
                .getResultStream()
                .filter(s -> !period.contains(s.day()) || !fits(s.levels(), levels))
                .count();
    int groups =
        (int)
            em.createNamedQuery(ClassGroup.OF_EDITION, ClassGroup.class)
                .setParameter("edition", edition)
                .getResultStream()
                .filter(
                    g ->
                        !levels.contains(g.level())
                            || g.days().asList().stream().anyMatch(d -> !period.contains(d)))
                .count();
    return new Outside(slots, groups, edition.status() == EditionStatus.ALLOCATED);
  }

  private static boolean fits(Levels slot, Levels edition) {
    return slot == null || slot.overlaps(edition);
  }
}
