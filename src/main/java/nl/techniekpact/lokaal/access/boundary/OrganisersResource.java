package nl.techniekpact.lokaal.access.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.CONFLICT;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.FORBIDDEN;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_FOUND;
import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.NOT_SIGNED_IN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.access.control.Passwords;
import nl.techniekpact.lokaal.access.entity.Organiser;
import nl.techniekpact.lokaal.access.entity.Role;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Organiser accounts, managed by administrators. */
@ApplicationScoped
@Path("organisers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class OrganisersResource {

  public static class OrganiserRequest {
    @NotBlank
    @Email
    @Size(max = 254)
    public String email;

    @NotBlank
    @Size(max = 120)
    public String name;

    @NotNull public Role role;

    /** The region an ORGANISER runs; none for an ADMIN. */
    @Size(max = 40)
    public String region;

    @NotBlank
    @Size(min = Organiser.MIN_PASSWORD_LENGTH, max = 200)
    public String password;
  }

  public record OrganiserView(
      long id, String email, String name, Role role, String region, boolean active) {
    static OrganiserView of(Organiser o) {
      return new OrganiserView(
          o.id(),
          o.email(),
          o.name(),
          o.role(),
          o.region() == null ? null : o.region().code(),
          o.isActive());
    }
  }

  @PersistenceContext(unitName = "lokaal")
  EntityManager em;

  @Inject Access access;
  @Inject Editions editions;
  @Inject Passwords passwords;

  @GET
  @APIResponse(description = "Every organiser account")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public List<OrganiserView> list() {
    access.requireAdmin();
    return em.createNamedQuery(Organiser.ALL, Organiser.class).getResultList().stream()
        .map(OrganiserView::of)
        .toList();
  }

  @POST
  @APIResponse(responseCode = "201", description = "The new account")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response create(@Valid @NotNull OrganiserRequest request) {
    access.requireAdmin();
    String hash = passwords.hash(Organiser.requireStrong(request.password));
    Organiser organiser =
        switch (request.role) {
          case ADMIN -> Organiser.admin(request.email, request.name, hash);
          case ORGANISER ->
              Organiser.of(
                  editions.region(request.region == null ? "" : request.region),
                  request.email,
                  request.name,
                  hash);
          default ->
              throw new InvalidValueException("role", "organiser.role", Role.ADMIN, Role.ORGANISER);
        };
    if (!em.createNamedQuery(Organiser.BY_EMAIL, Organiser.class)
        .setParameter("email", organiser.email())
        .getResultList()
        .isEmpty()) {
      throw new StateConflictException("organiser.exists", organiser.email());
    }
    em.persist(organiser);
    em.flush();
    return Response.status(Response.Status.CREATED).entity(OrganiserView.of(organiser)).build();
  }
}
