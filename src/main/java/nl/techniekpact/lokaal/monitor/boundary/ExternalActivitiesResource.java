package nl.techniekpact.lokaal.monitor.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.CONFLICT;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.IMPORT_REJECTED;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.INVALID;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.access.boundary.NeverReplayed;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.exchange.boundary.FormFiles;
import nl.techniekpact.lokaal.exchange.control.Upload;
import nl.techniekpact.lokaal.monitor.control.ActivitiesFile;
import nl.techniekpact.lokaal.monitor.control.ActivityUploads;
import nl.techniekpact.lokaal.monitor.control.ExternalActivities;
import nl.techniekpact.lokaal.monitor.entity.ExternalActivity;
import nl.techniekpact.lokaal.monitor.entity.SchoolYear;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The region's activities held outside Lokaal, for its organisers: listed by school year, recorded
 * one by one, changed from the version the form was loaded with, deleted, and uploaded in bulk
 * (preview first; {@code apply=true} with the preview's token as {@code expect} records them).
 */
@ApplicationScoped
@Path("regions/{region}/activities")
@Transactional
public class ExternalActivitiesResource {

  private static final ZoneId HERE = ZoneId.of("Europe/Amsterdam");

  @Inject OrganisedRegions regions;
  @Inject ExternalActivities activities;
  @Inject ActivityUploads uploads;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "200", description = "The activities of the school year, by date")
  @APIResponse(responseCode = "400", ref = INVALID)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<ActivityView> list(
      @PathParam("region") String code, @QueryParam("year") String year) {
    Region region = regions.of(code);
    SchoolYear schoolYear =
        year == null || year.isBlank()
            ? SchoolYear.of(LocalDate.now(HERE))
            : SchoolYear.parse(year, "year");
    return activities.of(region, schoolYear).stream().map(ActivityView::of).toList();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "200", description = "The activity with its schools")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public ActivityView get(@PathParam("region") String code, @PathParam("id") long id) {
    return ActivityView.of(activities.activity(regions.of(code), id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "201", description = "The activity, recorded")
  @APIResponse(responseCode = "400", ref = INVALID)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response create(@PathParam("region") String code, ActivityRequest request) {
    Region region = regions.of(code);
    ActivityRequest body = required(request);
    ActivityRequest.Resolved resolved = body.resolve(region, activities);
    ExternalActivity activity =
        activities.record(region, resolved.kind(), body.name(), body.date(), resolved.schools());
    return Response.status(Response.Status.CREATED).entity(ActivityView.of(activity)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "200", description = "The activity, changed")
  @APIResponse(responseCode = "400", ref = INVALID)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public ActivityView change(
      @PathParam("region") String code, @PathParam("id") long id, ActivityRequest request) {
    Region region = regions.of(code);
    ExternalActivity activity = activities.activity(region, id);
    ActivityRequest body = required(request);
    if (body.version() == null) {
      throw new InvalidValueException("activity.version", "required");
    }
    ActivityRequest.Resolved resolved = body.resolve(region, activities);
    return ActivityView.of(
        activities.change(
            activity,
            body.version(),
            resolved.kind(),
            body.name(),
            body.date(),
            resolved.schools()));
  }

  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204", description = "The activity is deleted")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response delete(
      @PathParam("region") String code,
      @PathParam("id") long id,
      @QueryParam("version") Long version) {
    activities.delete(activities.activity(regions.of(code), id), version);
    return Response.noContent().build();
  }

  /** The file as a form's part (CSV, .xlsx or a zip of one), as the organiser's page sends it. */
  @POST
  @Path("upload")
  @NeverReplayed
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(description = "The preview (applied false), or, with apply=true, the one applied")
  @APIResponse(responseCode = "400", ref = IMPORT_REJECTED)
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public ActivityUploads.Outcome upload(
      @PathParam("region") String code,
      @QueryParam("apply") boolean apply,
      @QueryParam("expect") String expect,
      List<EntityPart> parts) {
    Region region = regions.of(code);
    Map<String, InputStream> files = FormFiles.of(parts);
    try (Upload upload = Upload.ofOneTable(ActivitiesFile.TABLE, files)) {
      return uploads.upload(region, upload, apply, expect);
    }
  }

  private static ActivityRequest required(ActivityRequest request) {
    if (request == null) {
      throw new InvalidValueException("name", "required");
    }
    return request;
  }
}
