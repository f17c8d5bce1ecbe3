package org.hearth.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One referral episode as it moves through the teams (front door, assessment, child in need, protection, in care):
 * the referral's id and date, and the team that held the child from each day on, turned into social worker
 * allocations when the episode ends ({@link AllocationSimulation#allocate}).
 */
final class ReferralEpisode {
    final UUID id;
    final LocalDate r;
    final List<LocalDate> dates = new ArrayList<>();
    final List<String> teams = new ArrayList<>();

    ReferralEpisode(UUID id, LocalDate r) {
        this.id = id;
        this.r = r;
    }

    /** The child moves to {@code team} on {@code day} (a move on the same day replaces the last one). */
    void phase(LocalDate day, String team) {
        int last = teams.size() - 1;
        if (last >= 0 && teams.get(last).equals(team)) {
            return;
        }
        if (last >= 0 && dates.get(last).equals(day)) {
            teams.set(last, team);
            return;
        }
        dates.add(day);
        teams.add(team);
    }
}
