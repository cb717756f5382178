/** The Netherlands: the top of the package names of Dutch organisations. */
package nl;
