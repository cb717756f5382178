package nl.techniekpact.lokaal.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.exchange.control.Upload;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.exchange.entity.RowError;
import nl.techniekpact.lokaal.monitor.entity.ActivityKind;
import nl.techniekpact.lokaal.monitor.entity.ActivityLine;
import nl.techniekpact.lokaal.monitor.entity.ActivityPreview;
import nl.techniekpact.lokaal.monitor.entity.ExternalActivity;
import nl.techniekpact.lokaal.monitor.entity.ExternalParticipation;
import nl.techniekpact.lokaal.monitor.entity.Participant;
import nl.techniekpact.lokaal.monitor.entity.RegisterSchool;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;

/**
 * An organiser's bulk upload of activities held outside Lokaal: first a preview, then, with that
 * preview's token, the records. A row adds its school to the activity of the same name, kind and
 * day (recorded before or new), or changes that school's counts: uploading a file twice changes
 * nothing. Kinds the region's list does not have are added, and the preview names them first.
 * Nothing is removed.
 */
@ApplicationScoped
public class ActivityUploads {

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject ExternalActivities activities;
  @Inject AuditLog audit;

  /** The answer to an upload: its preview, and whether it was applied. */
  public record Outcome(boolean applied, ActivityPreview preview) {}

  /** The rows of one activity of the file, with what is on record already. */
  private record Group(
      List<ActivityLine> lines, Optional<ActivityKind> kind, Optional<ExternalActivity> recorded) {}

  public Outcome upload(Region region, Upload upload, boolean apply, String expected) {
    if (apply) {
      // One upload at a time per region: the preview checked below is the state written over.
      em.lock(region, LockModeType.PESSIMISTIC_WRITE);
    }
    List<ActivityLine> lines = new ActivitiesFile().read(upload);
    String file = upload.table(ActivitiesFile.TABLE).map(t -> t.label()).orElse(null);
    Map<String, RegisterSchool> schools = schools(region, lines, file);
    Map<String, Group> groups = new LinkedHashMap<>();
    for (ActivityLine line : lines) {
      groups
          .computeIfAbsent(
              line.activityKey(),
              key -> {
                Optional<ActivityKind> kind = activities.kindNamed(region, line.kind());
                return new Group(
                    new ArrayList<>(),
                    kind,
                    kind.flatMap(k -> activities.same(region, k, line.name(), line.day())));
              })
          .lines()
          .add(line);
    }
    ActivityPreview preview = preview(groups, schools, upload.ignored());
    if (!apply) {
      return new Outcome(false, preview);
    }
    if (expected != null && !expected.isBlank() && !expected.strip().equals(preview.token())) {
      throw new StateConflictException("activity.changedSincePreview");
    }
    write(region, groups, schools);
    audit.record(
        region,
        "activity.uploaded",
        "activities " + region.code(),
        preview.activities().size(),
        preview.added(),
        preview.changed(),
        preview.newKinds().size());
    return new Outcome(true, preview);
  }

  /** The register's school of every row; a code not on the region's register is a row error. */
  private Map<String, RegisterSchool> schools(
      Region region, List<ActivityLine> lines, String file) {
    Map<String, RegisterSchool> found = new LinkedHashMap<>();
    List<RowError> errors = new ArrayList<>();
    for (ActivityLine line : lines) {
      String code = line.school().value();
      Optional<RegisterSchool> school =
          found.containsKey(code) ? Optional.of(found.get(code)) : activities.school(region, code);
      if (school.isPresent()) {
        found.put(code, school.get());
      } else {
        errors.add(
            RowError.of(
                file,
                line.line(),
                ActivityColumns.SCHOOL,
                "activity.schoolNotInRegister",
                ActivityColumns.SCHOOL,
                code));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    return found;
  }

  private static ActivityPreview preview(
      Map<String, Group> groups, Map<String, RegisterSchool> schools, List<String> ignored) {
    List<ActivityPreview.Planned> planned = new ArrayList<>();
    List<String> newKinds = new ArrayList<>();
    StringBuilder state = new StringBuilder();
    for (Group group : groups.values()) {
      ActivityLine first = group.lines().get(0);
      if (group.kind().isEmpty()
          && newKinds.stream().noneMatch(k -> k.equalsIgnoreCase(first.kind()))) {
        newKinds.add(first.kind());
      }
      int added = 0;
      int changed = 0;
      int unchanged = 0;
      for (ActivityLine line : group.lines()) {
        RegisterSchool school = schools.get(line.school().value());
        Optional<ExternalParticipation> was =
            group
                .recorded()
                .flatMap(
                    a ->
                        a.participations().stream()
                            .filter(p -> p.school().equals(school))
                            .findFirst());
        if (was.isEmpty()) {
          added++;
        } else if (was.get().groups() == line.groups()
            && was.get().pupils() == line.pupils()
            && was.get().level().equals(Optional.ofNullable(line.level()))) {
          unchanged++;
        } else {
          changed++;
        }
        state.append(line).append('\n');
      }
      group
          .recorded()
          .ifPresent(a -> state.append(a.id()).append('@').append(a.version()).append('\n'));
      planned.add(
          new ActivityPreview.Planned(
              group.recorded().map(ExternalActivity::id).orElse(null),
              first.name(),
              group.kind().map(ActivityKind::name).orElse(first.kind()),
              first.day(),
              group.kind().isEmpty(),
              added,
              changed,
              unchanged));
    }
    return new ActivityPreview(token(state.toString()), planned, newKinds, ignored);
  }

  private void write(
      Region region, Map<String, Group> groups, Map<String, RegisterSchool> schools) {
    Map<String, ActivityKind> added = new LinkedHashMap<>();
    for (Group group : groups.values()) {
      ActivityLine first = group.lines().get(0);
      ActivityKind kind =
          group
              .kind()
              .orElseGet(
                  () ->
                      added.computeIfAbsent(
                          ActivityKind.key(first.kind()),
                          key -> activities.addKind(region, first.kind())));
      List<Participant> parts =
          group.lines().stream()
              .map(
                  l ->
                      new Participant(
                          schools.get(l.school().value()), l.groups(), l.pupils(), l.level()))
              .toList();
      if (group.recorded().isPresent()) {
        parts.forEach(group.recorded().get()::count);
      } else {
        em.persist(new ExternalActivity(region, kind, first.name(), first.day(), parts));
      }
    }
    em.flush();
  }

  private static String token(String state) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(state.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
