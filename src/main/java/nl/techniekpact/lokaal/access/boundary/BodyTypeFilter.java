package nl.techniekpact.lokaal.access.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import nl.techniekpact.lokaal.platform.boundary.Problem;
import nl.techniekpact.lokaal.platform.boundary.RequestLanguage;

/**
 * A change takes a body only of a type its operation declares: JSON, unless the operation names its
 * upload types in {@code @Consumes}. So the types a plain HTML form can send cross-site without
 * asking (text/plain, form fields, multipart) reach only the operations that declare them, which
 * check a token of their own; anything else is a 415, as is a body without a Content-Type.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 50)
public class BodyTypeFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (CrossSiteRequestFilter.SAFE.contains(request.getMethod())) {
      return;
    }
    String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    if (contentType == null) {
      if (hasBody(request) || takesFormFields()) {
        refuse(request, "body.noType");
      }
      return;
    }
    MediaType type = mediaTypeOf(request);
    if (type == null
        || type.isWildcardType()
        || type.isWildcardSubtype()
        || declared().stream().noneMatch(accepted -> accepted.isCompatible(type))) {
      refuse(request, "body.wrongType", abbreviated(contentType));
    }
  }

  /** The body types the operation declares; JSON where it declares none. */
  private List<MediaType> declared() {
    Method method = resource.getResourceMethod();
    Consumes consumes = method == null ? null : method.getAnnotation(Consumes.class);
    if (consumes == null && resource.getResourceClass() != null) {
      consumes = resource.getResourceClass().getAnnotation(Consumes.class);
    }
    if (consumes == null) {
      return List.of(MediaType.APPLICATION_JSON_TYPE);
    }
    return Arrays.stream(consumes.value())
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(value -> MediaType.valueOf(value.strip()))
        .filter(accepted -> !accepted.isWildcardType())
        .toList();
  }

  private boolean takesFormFields() {
    Method method = resource.getResourceMethod();
    return method != null
        && Arrays.stream(method.getParameters()).anyMatch(BodyTypeFilter::isFormField);
  }

  private static boolean isFormField(Parameter parameter) {
    return parameter.isAnnotationPresent(FormParam.class);
  }

  /** The request's media type, or null where the header is not one. */
  private static MediaType mediaTypeOf(ContainerRequestContext request) {
    try {
      return request.getMediaType();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean hasBody(ContainerRequestContext request) {
    return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
  }

  private static void refuse(ContainerRequestContext request, String key, Object... args) {
    request.abortWith(
        Problem.of(415, "unsupported-media-type", RequestLanguage.messages(request))
            .say(key, args)
            .field("Content-Type")
            .response());
  }

  private static String abbreviated(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }
}
