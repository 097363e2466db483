package ir.portal.it;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.infinispan.Cache;

/**
 * ClusterIT's probe, deployed beside the portal on one node: lets go of the kept public pages there, as a
 * publication does (the domain side of it is PublicPagesIT's), to see the other node let go of its own.
 */
@WebServlet("/clear")
public class CacheProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/infinispan/cache/portal/pages")
    private Cache<String, Object> pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.clear();
        response.getWriter().write("cleared");
    }
}
