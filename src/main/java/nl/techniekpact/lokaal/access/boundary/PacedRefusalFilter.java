package nl.techniekpact.lokaal.access.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends a refusal of a {@link PacedRefusals} operation {@code lokaal.sign-in.refusal-ms} after the
 * request arrived, never sooner. Hashing a password takes the same work for a known and an unknown
 * address, but how long it takes varies with the machine's load by more than what tells the two
 * apart; a fixed pace hides both. It runs after the transaction has ended, holding no connection.
 */
@Provider
@PacedRefusals
public class PacedRefusalFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String ARRIVED = PacedRefusalFilter.class.getName() + ".arrived";

  private final long paceNanos =
      ConfigProvider.getConfig()
              .getOptionalValue("lokaal.sign-in.refusal-ms", Long.class)
              .orElse(400L)
          * 1_000_000L;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(ARRIVED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object arrived = request.getProperty(ARRIVED);
    if (response.getStatus() != 401 || arrived == null) {
      return;
    }
    long remaining = (Long) arrived + paceNanos - System.nanoTime();
    if (remaining > 0) {
      try {
        Thread.sleep(remaining / 1_000_000L, (int) (remaining % 1_000_000L));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
