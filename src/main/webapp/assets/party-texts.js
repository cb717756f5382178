// Texts of the school and company details forms, shared by the sign-up, school and company pages.
import { texts } from './lokaal.js';

texts({
  nl: {
    'signup.schoolId': 'BRIN-code en vestigingsnummer', 'signup.name.school': 'Naam van de school', 'signup.name.company': 'Naam van het bedrijf',
    'signup.kind': 'Soort school', 'schoolkind.PO': 'Basisschool', 'schoolkind.VO': 'Voortgezet onderwijs', 'schoolkind.SO': 'Speciaal onderwijs',
    'signup.sector': 'Sector', 'signup.sector.hint': 'Bijvoorbeeld: metaal, bouw, voedingsmiddelen, ICT.',
    'signup.street': 'Straat en huisnummer', 'signup.postcode': 'Postcode', 'signup.town': 'Plaats',
    'signup.position': 'Ligging op de kaart (alleen als uw postcode niet gevonden wordt)', 'signup.lat': 'Breedtegraad', 'signup.lon': 'Lengtegraad',
    'signup.contactName': 'Contactpersoon', 'signup.contactEmail': 'E-mailadres', 'signup.contactPhone': 'Telefoon', 'signup.language': 'Taal van onze e-mails',
  },
  en: {
    'signup.schoolId': 'BRIN code and location number', 'signup.name.school': 'Name of the school', 'signup.name.company': 'Name of the company',
    'signup.kind': 'Kind of school', 'schoolkind.PO': 'Primary school', 'schoolkind.VO': 'Secondary school', 'schoolkind.SO': 'Special education',
    'signup.sector': 'Sector', 'signup.sector.hint': 'For example: metal, construction, food, IT.',
    'signup.street': 'Street and number', 'signup.postcode': 'Postcode', 'signup.town': 'Town',
    'signup.position': 'Position on the map (only if your postcode is not found)', 'signup.lat': 'Latitude', 'signup.lon': 'Longitude',
    'signup.contactName': 'Contact person', 'signup.contactEmail': 'E-mail address', 'signup.contactPhone': 'Phone', 'signup.language': 'Language of our e-mails',
  },
  de: {
    'signup.schoolId': 'BRIN-Code und Standortnummer', 'signup.name.school': 'Name der Schule', 'signup.name.company': 'Name des Unternehmens',
    'signup.kind': 'Schulform', 'schoolkind.PO': 'Grundschule', 'schoolkind.VO': 'Weiterführende Schule', 'schoolkind.SO': 'Förderschule',
    'signup.sector': 'Branche', 'signup.sector.hint': 'Zum Beispiel: Metall, Bau, Lebensmittel, IT.',
    'signup.street': 'Straße und Hausnummer', 'signup.postcode': 'Postleitzahl', 'signup.town': 'Ort',
    'signup.position': 'Lage auf der Karte (nur wenn Ihre Postleitzahl nicht gefunden wird)', 'signup.lat': 'Breitengrad', 'signup.lon': 'Längengrad',
    'signup.contactName': 'Ansprechperson', 'signup.contactEmail': 'E-Mail-Adresse', 'signup.contactPhone': 'Telefon', 'signup.language': 'Sprache unserer E-Mails',
  },
});
