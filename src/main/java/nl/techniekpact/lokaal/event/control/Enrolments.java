package nl.techniekpact.lokaal.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import nl.techniekpact.lokaal.access.control.Access;
import nl.techniekpact.lokaal.access.control.MagicLinks;
import nl.techniekpact.lokaal.access.control.RateLimiter;
import nl.techniekpact.lokaal.audit.control.AuditLog;
import nl.techniekpact.lokaal.company.control.Companies;
import nl.techniekpact.lokaal.company.entity.Company;
import nl.techniekpact.lokaal.event.entity.Edition;
import nl.techniekpact.lokaal.school.control.Schools;
import nl.techniekpact.lokaal.school.entity.School;

/**
 * How a school or company comes to take part in an edition. Signing up a party Lokaal does not know
 * stores it and enrols it at once. Signing up one it knows (a school by its BRIN code and location,
 * or either by a contact address on file) enrols nobody: the contact on file gets a sign-in link
 * and takes part by {@link #enrol enrolling} itself, signed in. Each sign-up counts as a link
 * request for its address, and the answer is the same either way, so sign-up neither floods a known
 * contact nor tells a stranger what Lokaal knows. Joins the caller's transaction.
 */
@ApplicationScoped
public class Enrolments {

  @Inject Access access;
  @Inject Schools schools;
  @Inject Companies companies;
  @Inject MagicLinks links;
  @Inject RateLimiter limiter;
  @Inject AuditLog audit;

  /**
   * Signs up the school {@code described} (made once the edition is found open, not yet stored),
   * asked from {@code client}.
   */
  public void signUpSchool(
      Edition edition, Supplier<School> described, Locale locale, String client) {
    requireOpen(edition);
    School candidate = described.get();
    String email = candidate.contact().email();
    limiter.attempt("link", email, client);
    Optional<School> onFile = schools.byCode(candidate.code());
    if (onFile.isPresent()) {
      if (mayMail(onFile.get().contact().email(), email, client)) {
        mailKnown(edition, onFile.get(), locale);
      }
    } else if (schools.hasContact(email)) {
      // A new location of a contact Lokaal knows: stored, but it takes part once they confirm.
      links.sendSignUp(schools.add(candidate), edition, locale);
    } else {
      School school = schools.add(candidate);
      edition.enrol(school);
      audit.record(edition, "school.signed-up", "school " + school.code(), school.name());
      links.send(school, locale);
    }
  }

  /**
   * Signs up the company {@code described}, as {@link #signUpSchool} a school. A contact address
   * known only in another region makes the company anew in the edition's region, where companies
   * belong, but it takes part once that contact confirms.
   */
  public void signUpCompany(
      Edition edition, Supplier<Company> described, Locale locale, String client) {
    requireOpen(edition);
    Company candidate = described.get();
    String email = candidate.contact().email();
    limiter.attempt("link", email, client);
    Optional<Company> onFile = companies.byContact(edition.region(), email);
    if (onFile.isPresent()) {
      mailKnown(edition, onFile.get(), locale);
    } else if (companies.hasContact(email)) {
      links.sendSignUp(companies.add(candidate), edition, locale);
    } else {
      Company company = companies.add(candidate);
      edition.enrol(company);
      audit.record(edition, "company.signed-up", "company " + company.code(), company.name());
      links.send(company, locale);
    }
  }

  /**
   * The school takes part in an edition of its own region: asked by itself, signed in, while
   * registration is open, or by its region's organisers at any time.
   */
  public void enrol(Edition edition, School school) {
    access.requireActingFor(school);
    access.requireJoinable(edition, school.region());
    if (!edition.takesPart(school)) {
      edition.enrol(school);
      audit.record(edition, "school.signed-up", "school " + school.code(), school.name());
    }
  }

  /** As {@link #enrol(Edition, School)}, for a company. */
  public void enrol(Edition edition, Company company) {
    access.requireActingFor(company);
    access.requireJoinable(edition, company.region());
    if (!edition.takesPart(company)) {
      edition.enrol(company);
      audit.record(edition, "company.signed-up", "company " + company.code(), company.name());
    }
  }

  private void requireOpen(Edition edition) {
    access.requireVisible(edition);
    access.requireChangeable(edition);
  }

  /**
   * A sign-up naming a known BRIN code with another address than the one on file mails that one
   * only within its own link limit, and when the limit is reached mails nothing and still answers
   * as always: a refusal would tell the caller that the code is known.
   */
  private boolean mayMail(String onFile, String requested, String client) {
    if (onFile.equals(requested)) {
      return true;
    }
    try {
      limiter.attempt("link", onFile, client);
      return true;
    } catch (RateLimiter.TooManyRequestsException e) {
      return false;
    }
  }

  /** A party already taking part has nothing to confirm: it gets a plain sign-in link. */
  private void mailKnown(Edition edition, School known, Locale locale) {
    if (edition.takesPart(known)) {
      links.send(known, locale);
    } else {
      links.sendSignUp(known, edition, locale);
    }
  }

  private void mailKnown(Edition edition, Company known, Locale locale) {
    if (edition.takesPart(known)) {
      links.send(known, locale);
    } else {
      links.sendSignUp(known, edition, locale);
    }
  }
}
