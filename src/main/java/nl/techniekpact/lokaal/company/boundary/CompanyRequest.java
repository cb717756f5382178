package nl.techniekpact.lokaal.company.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.techniekpact.lokaal.platform.boundary.PlaceRequest;

/** A company signing up, or changing its profile. */
public class CompanyRequest extends PlaceRequest {
  @NotBlank
  @Size(max = 120)
  public String name;

  @NotBlank
  @Size(max = 60)
  public String sector;
}
