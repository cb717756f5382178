package nl.techniekpact.lokaal.platform.entity;

/** The requested thing does not exist, or is not visible to the caller (HTTP 404). */
public class NoSuchEntityException extends RuntimeException {

  public NoSuchEntityException(String what, Object id) {
    super(what + " " + id + " not found");
  }
}
