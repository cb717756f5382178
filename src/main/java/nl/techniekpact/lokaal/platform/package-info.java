/**
 * What every feature shares: the database and its migrations, errors as problem+json,
 * configuration.
 */
package nl.techniekpact.lokaal.platform;
