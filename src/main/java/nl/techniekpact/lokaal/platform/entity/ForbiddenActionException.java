package nl.techniekpact.lokaal.platform.entity;

/**
 * The caller may not do this (HTTP 403), worded by a message key with arguments that says who may,
 * so the reader knows whom to ask.
 */
public class ForbiddenActionException extends WordedRefusal {

  public ForbiddenActionException(String key, Object... args) {
    super(key, args);
  }
}
