package ir.portal.platform.throttle;

import java.time.Duration;

/** How many attempts at an action one client may make in a window. */
public record ThrottleRule(String action, int limit, Duration window) {}
