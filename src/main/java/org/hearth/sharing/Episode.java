package org.hearth.sharing;

import java.time.LocalDate;
import java.util.UUID;

/** An open episode of the child's record a sharing decision can follow (by its kind's API name). */
public record Episode(String kind, UUID id, String label, LocalDate start, LocalDate end) {}
