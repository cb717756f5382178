package nl.techniekpact.lokaal.notification.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.techniekpact.lokaal.access.boundary.NeverReplayed;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.notification.control.Feeds;
import nl.techniekpact.lokaal.notification.entity.CalendarFeed;
import nl.techniekpact.lokaal.platform.entity.NoSuchEntityException;
import nl.techniekpact.lokaal.school.control.Schools;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Calendar subscriptions. A school, a company or an edition's organisers ask for (or rotate) a
 * secret address; calendar apps poll it without signing in, since the address is the secret.
 */
@ApplicationScoped
@Path("feeds")
@Transactional
public class FeedsResource {

  public static class FeedRequest {
    @NotNull public CalendarFeed.Kind kind;
    @NotNull public Long id;
  }

  public record FeedView(String url, String webcal) {}

  @Inject Feeds feeds;
  @Inject Access access;
  @Inject Schools schools;
  @Inject Companies companies;
  @Inject Editions editions;

  @Inject
  @ConfigProperty(name = "lokaal.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  /** A new secret address; the previous one, if any, stops working. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @NeverReplayed
  @APIResponse(description = "The feed's new secret address; the old one stops working")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public FeedView rotate(@Valid @NotNull FeedRequest request) {
    requireOwner(request.kind, request.id);
    return view(feeds.rotate(request.kind, request.id));
  }

  /**
   * The feed's address as it is, to show or download again: only for its owner, never rotated. 404
   * when there is none yet (or none made since addresses are kept), as for another party's.
   */
  @GET
  @Path("{kind}/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(description = "The feed's secret address, unchanged")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public FeedView current(@PathParam("kind") CalendarFeed.Kind kind, @PathParam("id") long id) {
    requireOwner(kind, id);
    return feeds
        .current(kind, id)
        .map(this::view)
        .orElseThrow(() -> new NoSuchEntityException("feed", id));
  }

  private void requireOwner(CalendarFeed.Kind kind, long id) {
    access.requireSignedIn();
    switch (kind) {
      case SCHOOL -> access.requireActingFor(schools.school(id));
      case COMPANY -> access.requireActingFor(companies.company(id));
      case EDITION -> access.requireOrganising(editions.edition(id));
    }
  }

  private FeedView view(String secret) {
    String url = baseUrl.replaceAll("/+$", "") + "/api/feeds/" + secret + ".ics";
    return new FeedView(url, url.replaceFirst("^https?://", "webcal://"));
  }

  @GET
  @Path("{secret}.ics")
  @Produces("text/calendar")
  @APIResponse(responseCode = "200", description = "The calendar")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response calendar(@PathParam("secret") String secret) {
    String ics = feeds.calendar(secret).orElseThrow(() -> new NoSuchEntityException("feed", ""));
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setMaxAge(300);
    return Response.ok(ics, "text/calendar; charset=UTF-8").cacheControl(cache).build();
  }
}
