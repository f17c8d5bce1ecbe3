package org.hearth.returns.ssda903;

/** A catalogued rule that was not run, and why (e.g. it needs reference data Hearth does not hold). */
public record SkippedRule(String code, String reason) {}
