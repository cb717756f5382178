package nl.techniekpact.lokaal.access.entity;

/**
 * Who sends the current request, as established from its session: anonymous, an organiser (with the
 * region they run, none for an admin), a school or a company (with its id).
 */
public record Caller(Role role, long subjectId, Long regionId) {

  public static final Caller ANONYMOUS = new Caller(null, 0, null);

  public boolean isAnonymous() {
    return role == null;
  }

  public boolean isOrganiser() {
    return role == Role.ADMIN || role == Role.ORGANISER;
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  public boolean isSchool(long schoolId) {
    return role == Role.SCHOOL && subjectId == schoolId;
  }

  public boolean isCompany(long companyId) {
    return role == Role.COMPANY && subjectId == companyId;
  }

  /** A stable, readable name for the audit log: "organiser:3", "school:12", "anonymous". */
  public String reference() {
    return role == null
        ? "anonymous"
        : role.name().toLowerCase(java.util.Locale.ROOT) + ":" + subjectId;
  }
}
