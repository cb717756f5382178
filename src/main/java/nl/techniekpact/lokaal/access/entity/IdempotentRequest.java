package nl.techniekpact.lokaal.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * A creating request sent with an {@code Idempotency-Key}, and the answer it got, so that a retry
 * with the same key gets the same answer instead of creating a second thing.
 */
@Entity
@Table(name = "idempotent_request")
@NamedQuery(
    name = IdempotentRequest.BY_KEY,
    query =
        "select r from IdempotentRequest r where r.caller = :caller and r.idempotencyKey = :key")
@NamedQuery(
    name = IdempotentRequest.PURGE,
    query = "delete from IdempotentRequest r where r.createdAt < :before")
public class IdempotentRequest {

  public static final String BY_KEY = "IdempotentRequest.byKey";
  public static final String PURGE = "IdempotentRequest.purge";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "caller", nullable = false)
  private String caller;

  @Column(name = "idempotency_key", nullable = false)
  private String idempotencyKey;

  /** "POST /api/editions/3/groups": a key belongs to one request. */
  @Column(name = "request", nullable = false)
  private String request;

  /** SHA-256 of the method, path and body: a key answers only the very same request again. */
  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** 0 while the first request is still being handled. */
  @Column(name = "status", nullable = false)
  private int status;

  @Column(name = "location")
  private String location;

  @Lob
  @Column(name = "body")
  private String body;

  protected IdempotentRequest() {}

  public IdempotentRequest(String caller, String key, String request, String requestHash) {
    this.caller = Require.text(caller, "caller", 60);
    this.idempotencyKey = Require.text(key, "Idempotency-Key", 100);
    this.request = Require.text(request, "request", 300);
    this.requestHash = Require.text(requestHash, "requestHash", 64);
    this.createdAt = Instant.now();
  }

  public void answered(int status, String location, String body) {
    this.status = status;
    this.location = location;
    this.body = body;
  }

  public boolean isAnswered() {
    return status != 0;
  }

  /** The same method, path and body as the request that first used the key. */
  public boolean isFor(String request, String requestHash) {
    return this.request.equals(request) && this.requestHash.equals(requestHash);
  }

  public boolean isOlderThan(Instant moment) {
    return createdAt.isBefore(moment);
  }

  public Long id() {
    return id;
  }

  public int status() {
    return status;
  }

  public String location() {
    return location;
  }

  public String body() {
    return body;
  }
}
