package ir.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's small read-only JSON API, under {@code /api}. */
@ApplicationPath("/api")
public class PortalApi extends Application {}
