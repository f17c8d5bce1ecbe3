package org.hearth.health;

import java.time.LocalDate;
import java.util.UUID;

/** A flag a child carries now: which, since when, and the record it rests on (the CP plan or period of care). */
public record HealthFlag(FlagKind kind, LocalDate since, UUID recordId) {}
