package nl.techniekpact.lokaal.platform.entity;

/**
 * The requested thing does not exist, or is not visible to the caller (HTTP 404). {@code what} is
 * the kind of thing, a key under {@code thing.} in a feature's {@code messages} bundle.
 */
public class NoSuchEntityException extends RuntimeException {

  private final String what;
  private final transient Object id;

  public NoSuchEntityException(String what, Object id) {
    super(what + " " + id + " not found");
    this.what = what;
    this.id = id;
  }

  public String what() {
    return what;
  }

  public Object id() {
    return id;
  }
}
