package nl.techniekpact.lokaal;

import static nl.techniekpact.lokaal.event.entity.Level.PO5;
import static nl.techniekpact.lokaal.event.entity.Level.PO6;
import static nl.techniekpact.lokaal.event.entity.Level.PO7;
import static nl.techniekpact.lokaal.event.entity.Level.PO8;
import static nl.techniekpact.lokaal.event.entity.Level.VO1;
import static nl.techniekpact.lokaal.event.entity.Level.VO2;
import static nl.techniekpact.lokaal.event.entity.Level.VO3;
import static nl.techniekpact.lokaal.event.entity.Level.VO4;

import java.time.LocalDate;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.event.entity.DateRange;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.EditionStatus;
import nl.techniekpact.lokaal.event.entity.Levels;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.event.entity.Venue;
import nl.techniekpact.lokaal.platform.entity.Address;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.school.entity.School;
import nl.techniekpact.lokaal.school.entity.SchoolId;
import nl.techniekpact.lokaal.school.entity.SchoolKind;

/** Valid domain objects for unit tests: a week of visits in the Achterhoek in March 2027. */
public final class Fixtures {

  public static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 15);
  public static final LocalDate LAST_DAY = LocalDate.of(2027, 3, 19);
  public static final DateRange WEEK = new DateRange(FIRST_DAY, LAST_DAY, "period");
  public static final DateRange REGISTRATION =
      new DateRange(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 26), "registration");

  /** Groep 5 to klas 4 take part; klas 5, klas 6 and MBO do not. */
  public static final Levels TAKING_PART = Levels.of(PO5, PO6, PO7, PO8, VO1, VO2, VO3, VO4);

  public static final GeoPoint WINTERSWIJK = new GeoPoint(51.97, 6.72);
  public static final GeoPoint DOETINCHEM = new GeoPoint(51.965, 6.29);
  public static final Contact TEACHER = Contact.byEmail("leerkracht@klimop.example.nl");

  private Fixtures() {}

  public static Region achterhoek() {
    return new Region("achterhoek", "Achterhoek");
  }

  public static Region liemers() {
    return new Region("liemers", "De Liemers");
  }

  public static Edition edition(EditionKind kind) {
    return new Edition(
        achterhoek(), kind, "Techniek in de Achterhoek 2027", WEEK, REGISTRATION, TAKING_PART, 1);
  }

  /** A Week van de Techniek edition, whose groups are allocated to company visits. */
  public static Edition companyVisits() {
    return edition(EditionKind.COMPANY_VISITS);
  }

  /** An edition brought to {@code status} by the ordinary steps. */
  public static Edition edition(EditionKind kind, EditionStatus status) {
    Edition edition = edition(kind);
    if (status.compareTo(EditionStatus.OPEN) >= 0) {
      edition.openRegistration();
    }
    if (status.compareTo(EditionStatus.CLOSED) >= 0) {
      edition.closeRegistration();
    }
    if (status.compareTo(EditionStatus.ALLOCATED) >= 0 && kind.isAllocated()) {
      edition.markAllocated();
    }
    if (status == EditionStatus.ALLOCATED && !kind.isAllocated()) {
      throw new IllegalArgumentException(kind + " editions are never allocated");
    }
    if (status == EditionStatus.PUBLISHED) {
      edition.publish();
    }
    return edition;
  }

  /** A school in Winterswijk. */
  public static School school(SchoolKind kind) {
    return new School(
        SchoolId.parse("04AB00", "school_id"),
        achterhoek(),
        "De Klimop",
        kind,
        new Address("Meddosestraat 1", "7101 AB", "Winterswijk"),
        WINTERSWIJK,
        Contact.byEmail("info@klimop.example.nl"));
  }

  /** A company in Doetinchem, about 29.5 km from the school. */
  public static Company company(String code) {
    return company(achterhoek(), code);
  }

  public static Company company(Region region, String code) {
    return new Company(
        region,
        code,
        "Metaal " + code,
        "metaal",
        new Address("Havenstraat 2", "7005 AG", "Doetinchem"),
        DOETINCHEM,
        Contact.byEmail("contact@" + code.toLowerCase() + ".example.nl"));
  }

  public static Venue theatre() {
    return new Venue(
        achterhoek(),
        "Schouwburg Amphion",
        new Address("Hofstraat 2", "7001 AB", "Doetinchem"),
        DOETINCHEM);
  }
}
