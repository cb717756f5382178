package nl.techniekpact.lokaal.monitor.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.entity.Region;

/** The region named in a request's path, for the organisers who run it. */
@ApplicationScoped
public class OrganisedRegions {

  @Inject Access access;
  @Inject Editions editions;

  /** The region, if the caller organises it; 401 before 404, so that codes reveal nothing. */
  public Region of(String code) {
    access.requireSignedIn();
    Region region = editions.region(code);
    access.requireOrganiserOf(region);
    return region;
  }

  /** As {@link #of}, or null for {@code all}: every region, for administrators only. */
  public Region orEvery(String code) {
    if (MonitorView.ALL.equals(code)) {
      access.requireAdmin();
      return null;
    }
    return of(code);
  }
}
