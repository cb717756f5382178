package nl.techniekpact.lokaal.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Require;

/**
 * A regional technology pact (Techniekpact), such as Achterhoek or De Liemers, that runs editions.
 */
@Entity
@Table(name = "region")
@NamedQuery(name = Region.ALL, query = "select r from Region r order by r.name")
@NamedQuery(name = Region.BY_CODE, query = "select r from Region r where r.code = :code")
public class Region {

  public static final String ALL = "Region.all";
  public static final String BY_CODE = "Region.byCode";
  private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, unique = true)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  protected Region() {}

  public Region(String code, String name) {
    String lower = Require.text(code, "code", 40).toLowerCase(Locale.ROOT);
    if (!CODE.matcher(lower).matches()) {
      throw new InvalidValueException("code", "region.codeFormat", code);
    }
    this.code = lower;
    this.name = Require.text(name, "name", 120);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Region r && r.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
