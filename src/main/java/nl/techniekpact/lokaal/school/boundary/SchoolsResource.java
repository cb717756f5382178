package nl.techniekpact.lokaal.school.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.school.control.Schools;
import nl.techniekpact.lokaal.school.entity.School;

/** A school's details: the school itself and its region's organisers read and change them. */
@Path("schools/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class SchoolsResource {

  @Inject Schools schools;
  @Inject Access access;

  @GET
  public SchoolView get(@PathParam("id") long id) {
    School school = schools.school(id);
    access.requireActingFor(school);
    return SchoolView.of(school);
  }

  @PUT
  public SchoolView describe(@PathParam("id") long id, @Valid @NotNull SchoolRequest request) {
    School school = schools.school(id);
    access.requireActingFor(school);
    if (!school.code().value().equalsIgnoreCase(request.schoolId)) {
      throw new InvalidValueException("schoolId", "a school's BRIN code and location number cannot change");
    }
    school.describe(request.name, request.kind, request.address(), request.location(), request.contact());
    return SchoolView.of(school);
  }
}
