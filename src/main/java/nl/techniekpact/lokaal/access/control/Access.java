package nl.techniekpact.lokaal.access.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.OptionalLong;
import nl.techniekpact.lokaal.access.entity.Caller;
import nl.techniekpact.lokaal.access.entity.Role;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.entity.ForbiddenActionException;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import nl.techniekpact.lokaal.school.entity.School;

/**
 * Every access rule of Lokaal in one place. Not signed in: 401. Signed in as the wrong kind of
 * party: 403. Another party's school, company, group or slot: 404, as if it did not exist, so that
 * ids in URLs reveal nothing.
 */
@RequestScoped
public class Access {

  @Inject CurrentCaller current;

  public Caller caller() {
    return current.get();
  }

  public Caller requireSignedIn() {
    if (caller().isAnonymous()) {
      throw new NotAuthorizedException("sign in first", "Bearer realm=\"lokaal\"");
    }
    return caller();
  }

  public void requireAdmin() {
    if (!requireSignedIn().isAdmin()) {
      throw new ForbiddenActionException("forbidden.adminOnly");
    }
  }

  /** Organisers run their own region's editions; administrators run every region's. */
  public void requireOrganiserOf(Region region) {
    if (!runs(region)) {
      requireSignedIn();
      throw caller().isOrganiser()
          ? new ForbiddenActionException("forbidden.otherRegion", region.name())
          : new ForbiddenActionException("forbidden.organisersOnly");
    }
  }

  public boolean runs(Region region) {
    Caller caller = caller();
    return caller.isAdmin()
        || (caller.role() == Role.ORGANISER && region.id().equals(caller.regionId()));
  }

  /** The edition, if the caller organises it: for changes and for organiser-only views. */
  public Edition requireOrganising(Edition edition) {
    requireSignedIn();
    requireOrganiserOf(requireVisible(edition).region());
    return edition;
  }

  /** Draft editions are the organisers' work in progress; everything else is public. */
  public boolean canSee(Edition edition) {
    return edition.status() != EditionStatus.DRAFT || runs(edition.region());
  }

  /** The edition, if the caller {@link #canSee can see} it; else 404, as if there were none. */
  public Edition requireVisible(Edition edition) {
    if (!canSee(edition)) {
      throw new NoSuchEntityException("edition", edition.id());
    }
    return edition;
  }

  /** The school itself, or an organiser of its region. */
  public void requireActingFor(School school) {
    requireActingFor(school, "school", school.id());
  }

  /**
   * One of the school's things (a group, a booking), asked for as {@code thing id}: the school
   * itself, or an organiser of its region. For another party it does not exist, answered exactly as
   * a thing that really does not exist.
   */
  public void requireActingFor(School school, String thing, Object id) {
    requireParty(Role.SCHOOL, school.id(), school.region(), "school", thing, id);
  }

  /** The company itself, or an organiser of its region. */
  public void requireActingFor(Company company) {
    requireActingFor(company, "company", company.id());
  }

  /** One of the company's things (a slot), as {@link #requireActingFor(School, String, Object)}. */
  public void requireActingFor(Company company, String thing, Object id) {
    requireParty(Role.COMPANY, company.id(), company.region(), "company", thing, id);
  }

  /**
   * Schools and companies change their registrations while registration is open; organisers of the
   * region may change them at any time.
   */
  public void requireChangeable(Edition edition) {
    if (!runs(edition.region()) && !edition.isRegistrationOpenOn(java.time.LocalDate.now())) {
      throw new StateConflictException("registration.closed", edition.name());
    }
  }

  /**
   * The edition, if a school or company of {@code partyRegion} may take part in it: a visible one
   * (else 404) of its own region (else 403), while registration is open unless the caller organises
   * the region (else 409).
   */
  public Edition requireJoinable(Edition edition, Region partyRegion) {
    requireVisible(edition);
    if (!edition.region().equals(partyRegion)) {
      throw new ForbiddenActionException(
          "forbidden.editionOfOtherRegion", edition.name(), partyRegion.name());
    }
    requireChangeable(edition);
    return edition;
  }

  /**
   * Whose share of an edition the caller may see: a school's or company's (by {@code party}) own
   * id, or empty for the edition's organisers, who see every party's. Anyone else: 403.
   */
  public OptionalLong requireOwnShareOf(Edition edition, Role party) {
    requireSignedIn();
    requireVisible(edition);
    if (runs(edition.region())) {
      return OptionalLong.empty();
    }
    if (caller().role() != party) {
      throw new ForbiddenActionException(
          party == Role.SCHOOL
              ? "forbidden.schoolsAndOrganisers"
              : "forbidden.companiesAndOrganisers");
    }
    return OptionalLong.of(caller().subjectId());
  }

  public boolean isSchool() {
    return caller().role() == Role.SCHOOL;
  }

  public boolean isCompany() {
    return caller().role() == Role.COMPANY;
  }

  private void requireParty(
      Role role, long id, Region region, String owner, String thing, Object thingId) {
    Caller caller = requireSignedIn();
    if (caller.role() == role && caller.subjectId() == id || runs(region)) {
      return;
    }
    if (caller.role() == role) {
      throw new NoSuchEntityException(thing, thingId);
    }
    throw new ForbiddenActionException(
        owner.equals("school") ? "forbidden.schoolItself" : "forbidden.companyItself");
  }
}
