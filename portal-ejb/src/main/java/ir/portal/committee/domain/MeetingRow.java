package ir.portal.committee.domain;

import java.time.Instant;

/** A meeting in the list: its number, when, where it stands and how many items it has. */
public record MeetingRow(long id, int number, Instant startsAt, String place, MeetingStatus status, long items) {}
