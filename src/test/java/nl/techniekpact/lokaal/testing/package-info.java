/**
 * What the integration tests share: parties signed up and signed in through the API, and the
 * request bodies that set them up.
 */
package nl.techniekpact.lokaal.testing;
