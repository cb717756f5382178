package nl.techniekpact.lokaal.booking.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A school books seats in a session for one of its class groups. */
public class BookingRequest {
  @NotNull public Long groupId;

  /** Defaults to the group's registered number of pupils. */
  @Min(1)
  @Max(1000)
  public Integer pupils;

  /** When the session is full: a place on its waiting list (default), or a refusal. */
  public Boolean waitIfFull;
}
