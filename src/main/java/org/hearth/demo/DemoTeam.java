package org.hearth.demo;

/** A team in the demo authority; {@code id} is what users and allocations refer to. */
public record DemoTeam(String id, String name) {}
