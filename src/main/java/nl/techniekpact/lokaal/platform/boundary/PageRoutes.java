package nl.techniekpact.lokaal.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable addresses Lokaal mails (an invitation links to {@code
 * /edities/12/aanmelden?als=school}) lead to the static pages that serve them. The pages themselves
 * are plain HTML in the WAR.
 */
@WebFilter(urlPatterns = "/edities/*")
public class PageRoutes extends HttpFilter {

  private static final Pattern EDITION = Pattern.compile("/edities/(\\d{1,18})(/aanmelden)?/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Matcher route =
        EDITION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!route.matches()) {
      chain.doFilter(request, response);
      return;
    }
    String target;
    if (route.group(2) == null) {
      target = "/editie.html?id=" + route.group(1);
    } else {
      String as = "bedrijf".equals(request.getParameter("als")) ? "bedrijf" : "school";
      target = "/aanmelden.html?editie=" + route.group(1) + "&als=" + as;
    }
    response.sendRedirect(request.getContextPath() + target);
  }
}
