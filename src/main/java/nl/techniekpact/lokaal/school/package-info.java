/** Schools (BRIN and location) and the class groups they register, with days, reach and wishes. */
package nl.techniekpact.lokaal.school;
