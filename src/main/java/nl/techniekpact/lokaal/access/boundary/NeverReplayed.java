package nl.techniekpact.lokaal.access.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose {@code Idempotency-Key} is ignored, so its answer is never stored
 * and never sent to anyone again: it holds a secret (a session, a feed's address), or it answers an
 * upload, whose body is too large to read twice and whose preview token already guards a retry.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NeverReplayed {}
