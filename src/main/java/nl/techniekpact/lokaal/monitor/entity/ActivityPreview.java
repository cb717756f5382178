package nl.techniekpact.lokaal.monitor.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What an activities upload would do: the activities it names, new or already recorded, with the
 * schools it adds and changes, and the kinds it would add to the region's list. {@code token}
 * stands for exactly this upload against exactly this state of the region's records.
 */
public record ActivityPreview(
    String token, List<Planned> activities, List<String> newKinds, List<String> ignored) {

  public ActivityPreview {
    activities = List.copyOf(activities);
    newKinds = List.copyOf(newKinds);
    ignored = List.copyOf(ignored);
  }

  /** One activity of the file: {@code id} null when it is new. */
  public record Planned(
      Long id,
      String name,
      String kind,
      LocalDate date,
      boolean newKind,
      int added,
      int changed,
      int unchanged) {}

  public int added() {
    return activities.stream().mapToInt(Planned::added).sum();
  }

  public int changed() {
    return activities.stream().mapToInt(Planned::changed).sum();
  }
}
