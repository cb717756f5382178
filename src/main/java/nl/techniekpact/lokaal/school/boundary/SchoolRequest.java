package nl.techniekpact.lokaal.school.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.techniekpact.lokaal.platform.boundary.PlaceRequest;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/** A school location signing up, or changing its details. */
public class SchoolRequest extends PlaceRequest {
  /** BRIN code and two-digit location number, e.g. 04AB00. */
  @NotBlank
  @Size(min = 6, max = 6)
  public String schoolId;

  @NotBlank
  @Size(max = 120)
  public String name;

  @NotNull public SchoolKind kind;
}
