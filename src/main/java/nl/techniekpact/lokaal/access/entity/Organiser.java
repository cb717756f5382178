package nl.techniekpact.lokaal.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * A person who runs editions: a pact's project leader, POA or ICER staff (role ORGANISER, one
 * region) or an administrator (role ADMIN, every region). Signs in with e-mail and password; only
 * the password's PBKDF2 hash is kept.
 */
@Entity
@Table(name = "organiser")
@NamedQuery(name = Organiser.BY_EMAIL, query = "select o from Organiser o where o.email = :email")
@NamedQuery(name = Organiser.COUNT, query = "select count(o) from Organiser o")
@NamedQuery(name = Organiser.ALL, query = "select o from Organiser o order by o.email")
public class Organiser {

  public static final String BY_EMAIL = "Organiser.byEmail";
  public static final String COUNT = "Organiser.count";
  public static final String ALL = "Organiser.all";
  public static final int MIN_PASSWORD_LENGTH = 12;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "email", nullable = false, unique = true)
  private String email;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Role role;

  @ManyToOne
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "active", nullable = false)
  private boolean active;

  protected Organiser() {}

  public static Organiser admin(String email, String name, String passwordHash) {
    return new Organiser(email, name, Role.ADMIN, null, passwordHash);
  }

  public static Organiser of(Region region, String email, String name, String passwordHash) {
    return new Organiser(
        email, name, Role.ORGANISER, Require.present(region, "region"), passwordHash);
  }

  private Organiser(String email, String name, Role role, Region region, String passwordHash) {
    this.email = Require.email(email, "email");
    this.name = Require.text(name, "name", 120);
    this.role = role;
    this.region = region;
    this.passwordHash = Require.text(passwordHash, "password", 500);
    this.active = true;
  }

  /** Refuses passwords too short to resist guessing; checked before hashing. */
  public static String requireStrong(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new InvalidValueException("password", "password.tooShort", MIN_PASSWORD_LENGTH);
    }
    if (password.length() > 200) {
      throw new InvalidValueException("password", "password.tooLong", 200);
    }
    return password;
  }

  public void changePassword(String passwordHash) {
    this.passwordHash = Require.text(passwordHash, "password", 500);
  }

  public void deactivate() {
    active = false;
  }

  /** Whether this organiser may run editions of the region. */
  public boolean runs(Region region) {
    return active && (role == Role.ADMIN || this.region.equals(region));
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String name() {
    return name;
  }

  public Role role() {
    return role;
  }

  public Region region() {
    return region;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }
}
