package nl.techniekpact.lokaal.access.control;

import jakarta.enterprise.context.RequestScoped;
import nl.techniekpact.lokaal.access.entity.Caller;

/** The caller of the request being handled, set once by the authentication filter. */
@RequestScoped
public class CurrentCaller {

  private Caller caller = Caller.ANONYMOUS;
  private String sessionSecret;

  public Caller get() {
    return caller;
  }

  public void set(Caller caller, String sessionSecret) {
    this.caller = caller;
    this.sessionSecret = sessionSecret;
  }

  public String sessionSecret() {
    return sessionSecret;
  }
}
