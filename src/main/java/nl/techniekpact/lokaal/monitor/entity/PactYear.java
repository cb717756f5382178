package nl.techniekpact.lokaal.monitor.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/**
 * One region's school year counted against goal 1.1 of the pact: every primary school of the
 * register takes part in a technology activity at least twice a school year. Each attended visit of
 * a group and each school's part in an activity outside Lokaal is one activity of that school.
 */
public record PactYear(
    SchoolYear year,
    int schoolsInRegister,
    int primarySchools,
    int primaryWithTwoOrMore,
    int primaryWithOne,
    int primaryWithNone,
    int activitiesAttended,
    int groupsReached,
    int pupilsReached,
    int attendanceUnknown,
    int absent,
    int planned,
    List<SchoolCount> belowGoal,
    List<Reach> byLevel,
    List<Reach> byMunicipality,
    List<Reach> byKind,
    List<Reach> hostsBySector) {

  /** The pact's goal: activities per primary school per school year. */
  public static final int GOAL = 2;

  /** A primary school below the goal, and how many activities it had. */
  public record SchoolCount(Listing school, int activities) {}

  /**
   * What one group of activities reached: activities, groups and pupils that took part, distinct
   * hosts, and the ratings given. {@code key} is a level, a municipality, a kind or a sector; null
   * when it is not known (an external activity without level, a school not on the register).
   */
  public record Reach(
      String key, int activities, int groups, int pupils, int hosts, int ratingSum, int ratings) {

    /** The average 1-5 rating, or null when nobody rated. */
    public Double averageRating() {
      return ratings == 0 ? null : Math.round(10.0 * ratingSum / ratings) / 10.0;
    }
  }

  /** Counts the activities of the school year; activities outside it are ignored. */
  public static PactYear count(SchoolYear year, List<Listing> register, List<Activity> activities) {
    List<Listing> open = register.stream().filter(s -> s.openIn(year)).toList();
    Map<String, Listing> byCode = new HashMap<>();
    open.forEach(s -> byCode.put(s.code(), s));
    List<Activity> inYear = activities.stream().filter(a -> year.contains(a.day())).toList();
    List<Activity> attended = inYear.stream().filter(Activity::counts).toList();

    Map<String, Integer> perSchool = new HashMap<>();
    attended.forEach(a -> perSchool.merge(a.schoolCode(), 1, Integer::sum));
    List<Listing> primary = open.stream().filter(s -> s.kind() == SchoolKind.PO).toList();
    int two = 0;
    int one = 0;
    List<SchoolCount> below = new ArrayList<>();
    for (Listing school : primary) {
      int n = perSchool.getOrDefault(school.code(), 0);
      if (n >= GOAL) {
        two++;
      } else {
        one += n == 1 ? 1 : 0;
        below.add(new SchoolCount(school, n));
      }
    }
    below.sort(
        Comparator.comparing((SchoolCount c) -> c.school().municipality())
            .thenComparing(c -> c.school().name()));
    return new PactYear(
        year,
        open.size(),
        primary.size(),
        two,
        one,
        primary.size() - two - one,
        attended.size(),
        attended.stream().mapToInt(Activity::groups).sum(),
        attended.stream().mapToInt(Activity::pupils).sum(),
        count(inYear, Turnout.UNKNOWN),
        count(inYear, Turnout.ABSENT),
        count(inYear, Turnout.PLANNED),
        List.copyOf(below),
        reach(attended, a -> a.level() == null ? null : a.level().name(), levelOrder()),
        reach(attended, a -> municipalityOf(byCode, a), Comparator.naturalOrder()),
        reach(attended, Activity::kindKey, Comparator.naturalOrder()),
        reach(
            attended.stream().filter(a -> a.hostId() != null).toList(),
            Activity::hostSector,
            Comparator.naturalOrder()));
  }

  /** The share of primary schools that reached the goal, in percent with one decimal. */
  public double goalPercentage() {
    return primarySchools == 0
        ? 0
        : Math.round(1000.0 * primaryWithTwoOrMore / primarySchools) / 10.0;
  }

  private static int count(List<Activity> activities, Turnout turnout) {
    return (int) activities.stream().filter(a -> a.turnout() == turnout).count();
  }

  private static String municipalityOf(Map<String, Listing> byCode, Activity a) {
    Listing school = byCode.get(a.schoolCode());
    return school == null ? null : school.municipality();
  }

  private static Comparator<String> levelOrder() {
    return Comparator.comparing(Level::valueOf);
  }

  /** Groups the activities by a key; unknown keys (null) come last. */
  private static List<Reach> reach(
      List<Activity> activities, Function<Activity, String> key, Comparator<String> order) {
    Map<String, List<Activity>> groups = new TreeMap<>(Comparator.nullsLast(order));
    activities.forEach(a -> groups.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a));
    List<Reach> result = new ArrayList<>();
    groups.forEach(
        (k, list) -> {
          Set<Long> hosts = new HashSet<>();
          list.stream().filter(a -> a.hostId() != null).forEach(a -> hosts.add(a.hostId()));
          result.add(
              new Reach(
                  k,
                  list.size(),
                  list.stream().mapToInt(Activity::groups).sum(),
                  list.stream().mapToInt(Activity::pupils).sum(),
                  hosts.size(),
                  list.stream().mapToInt(Activity::ratingSum).sum(),
                  list.stream().mapToInt(Activity::ratings).sum()));
        });
    return List.copyOf(result);
  }
}
