package nl.techniekpact.lokaal.access.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose answer holds a secret (a session, a feed's address): its {@code
 * Idempotency-Key} is ignored, so the answer is never stored and never sent to anyone again.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NeverReplayed {}
