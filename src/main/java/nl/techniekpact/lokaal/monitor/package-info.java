/**
 * The pact's year: the region's register of all its schools, activities inside and outside Lokaal,
 * whether visits took place and how they went, and where the region stands against its goal.
 */
package nl.techniekpact.lokaal.monitor;
