/** The regional technology pacts (Techniekpacten) of the Netherlands. */
package nl.techniekpact;
