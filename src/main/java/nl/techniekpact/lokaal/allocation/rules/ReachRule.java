package nl.techniekpact.lokaal.allocation.rules;

import java.util.Locale;
import nl.techniekpact.lokaal.allocation.entity.Group;
import nl.techniekpact.lokaal.allocation.entity.Host;
import nl.techniekpact.lokaal.allocation.entity.SchoolSite;

/** Hard rule: the host lies within the group's reach, as the crow flies from its school. */
public final class ReachRule {

  public static final String NAME = "reach";

  private ReachRule() {}

  // Why: a class walking, cycling or on a booked bus can only go so far and be back in time.
  public static boolean allows(Group group, double distanceKm) {
    return distanceKm <= group.maxKm();
  }

  public static boolean allows(Group group, SchoolSite school, Host host) {
    return allows(group, school.position().distanceKm(host.position()));
  }

  public static String reason(Group group, SchoolSite school, Host host) {
    return String.format(
        Locale.ROOT,
        "host %s is %.1f km from school %s, group %s goes at most %.1f km",
        host.id(),
        school.position().distanceKm(host.position()),
        school.id(),
        group.id(),
        group.maxKm());
  }
}
