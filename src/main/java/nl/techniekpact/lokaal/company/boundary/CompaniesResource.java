package nl.techniekpact.lokaal.company.boundary;

import static nl.techniekpact.lokaal.platform.boundary.ProblemResponses.CONFLICT;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.event.boundary.EditionView;
import nl.techniekpact.lokaal.event.control.Editions;
import nl.techniekpact.lokaal.event.control.Enrolments;
import nl.techniekpact.lokaal.event.entity.Edition;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A company's profile and the editions it takes part in: the company itself and its region's
 * organisers read and change them, and add an edition of its region.
 */
@ApplicationScoped
@Path("companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class CompaniesResource {

  @Inject Companies companies;
  @Inject Editions editions;
  @Inject Enrolments enrolments;
  @Inject Access access;

  @GET
  @Path("{id}")
  @APIResponse(description = "The company")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public CompanyView get(@PathParam("id") long id) {
    Company company = companies.company(id);
    access.requireActingFor(company);
    return CompanyView.of(company);
  }

  /** The editions the company signed up for, latest first: where its own pages list its slots. */
  @GET
  @Path("{id}/editions")
  @APIResponse(description = "The editions the company takes part in")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<EditionView> editions(@PathParam("id") long id) {
    Company company = companies.company(id);
    access.requireActingFor(company);
    return editions.ofCompany(company.id()).stream()
        .filter(access::canSee)
        .map(EditionView::of)
        .toList();
  }

  /**
   * The company takes part in the edition too (a sign-up confirmed): the company itself while
   * registration is open, or its region's organisers; only editions of its own region.
   */
  @PUT
  @Path("{id}/editions/{edition}")
  @APIResponse(description = "The edition the company now takes part in")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public EditionView enrol(@PathParam("id") long id, @PathParam("edition") long editionId) {
    Edition edition = editions.edition(editionId);
    enrolments.enrol(edition, companies.company(id));
    return EditionView.of(edition);
  }

  @PUT
  @Path("{id}")
  @APIResponse(description = "The company as described now")
  @APIResponse(responseCode = "401", ref = NOT_SIGNED_IN)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public CompanyView describe(@PathParam("id") long id, @Valid @NotNull CompanyRequest request) {
    Company company = companies.company(id);
    access.requireActingFor(company);
    company.describe(
        request.name, request.sector, request.address(), request.location(), request.contact());
    return CompanyView.of(company);
  }
}
