package org.hearth.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.care.CareStage;
import org.hearth.care.Placement;

/**
 * Placements while looked after: the first, the moves and why each ended, the long-term match with the same
 * carers, the adoptive placement, the recoding of supported accommodation as K3 from April 2025, and each
 * placement's provider, URN, postcode and distance.
 */
final class PlacementSimulation extends StageSimulation {
    static final java.util.Set<String> NO_OFSTED_URN = java.util.Set.of("H5", "R1", "R2", "R5");
    /** PLACE K3 replaced H5 for supported accommodation from the 2025/26 collection year. */
    static final LocalDate K3_FROM = LocalDate.of(2025, 4, 1);
    static final Weighted CHANGE_REASON = new Weighted(new String[] {"CARPL", "CREQB", "CREQO", "CHILD",
            "LAREQ", "STAND", "ALLEG", "CLOSE", "APPRR", "OTHER"}, new double[] {38, 16, 11, 9, 5, 4, 3, 5, 1, 8});

    PlacementSimulation(SimulatedChild child, JourneySimulator journey) {
        super(child, journey);
    }

    /** Placements from the first day of care, with moves and the reason each ended. */
    void placements(LocalDate q, LocalDate end, LocalDate bound, String route, String outcome, LocalDate placed) {
        List<String> types = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        LocalDate limit = placed != null && !placed.isAfter(bound) ? placed : bound;
        if (end != null && end.isBefore(limit)) {
            limit = end;
        }
        String type = placementType(age(q), q, route, null);
        types.add(type);
        starts.add(q);
        LocalDate t = q;
        while (true) {
            int mean = age(t) < 12 ? 700 : 420;
            LocalDate next = t.plusDays(Math.max(7, (long) (-mean * Math.log(1 - rnd.nextDouble()))));
            if (!next.isBefore(limit)) {
                break;
            }
            String nextType;
            String reason;
            if (("U6".equals(type) || "U3".equals(type)) && age(next) < 16 && !"HOME".equals(outcome) && chance(0.35)) {
                nextType = "U6".equals(type) ? "U4" : "U1"; // the same carers, now long term
                reason = "PLACE";
            } else {
                nextType = placementType(age(next), next, route, type);
                reason = CHANGE_REASON.pick(rnd);
            }
            reasons.add(reason);
            types.add(nextType);
            starts.add(next);
            type = nextType;
            t = next;
        }
        if (placed != null && !placed.isAfter(bound) && (end == null || placed.isBefore(end)) && placed.isAfter(t)) {
            reasons.add("CARPL");
            types.add("U5".equals(type) ? "A5" : "A6");
            starts.add(placed);
        } else if ("HOME".equals(outcome) && end != null && "COURT".equals(route) && chance(0.3)) {
            LocalDate home = end.minusDays(between(30, 90));
            if (home.isAfter(t)) {
                reasons.add("CARPL");
                types.add("P1");
                starts.add(home);
            }
        }
        // H5 went out of the 903 on 1 April 2025: a council re-codes supported accommodation still open then as K3
        // from that day (the H5 episode, ceasing on 1 April 2025, is still in the 2025/26 return).
        LocalDate recode = K3_FROM;
        for (int i = 0; i < types.size(); i++) {
            LocalDate e = i + 1 < types.size() ? starts.get(i + 1) : end;
            if ("H5".equals(types.get(i)) && starts.get(i).isBefore(recode) && (e == null || e.isAfter(recode))) {
                types.add(i + 1, "K3");
                starts.add(i + 1, recode);
                reasons.add(i, "OTHER");
            }
        }
        for (int i = 0; i < types.size(); i++) {
            LocalDate e = i + 1 < types.size() ? starts.get(i + 1) : null; // the last ends when care ceases
            String ty = types.get(i);
            boolean residential = ty.startsWith("K") || ty.startsWith("R") || ty.startsWith("S") || ty.equals("H5");
            boolean outside = chance(0.41);
            BigDecimal km = BigDecimal.valueOf(outside ? between(200, 1500) : between(5, 199), 1);
            String urn = residential ? "SC" + (100000 + rnd.nextInt(900000)) : null;
            // Ofsted registers children's homes, secure units, family centres and supported accommodation; not
            // H5, care homes for adults (R1), health settings (R2) or young offender institutions (R5): 903 rule 222.
            if (NO_OFSTED_URN.contains(ty)) {
                urn = null;
            }
            UUID id = uuid(); // drawn first, as before
            String provider = provider(ty);
            if (urn == null && (ty.startsWith("U") || ty.startsWith("A"))) {
                // Foster and adoption placements carry the URN of the fostering service or adoption agency
                // (903 rule 218): the council's own, or an agency's. No draw, so the rest of the demo is unchanged.
                urn = "PR1".equals(provider) ? DemoPostcodes.OWN_SERVICE_URN : DemoPostcodes.agencyUrn(starts.get(i));
            }
            if (urn == null && registeredByThen(ty, e)) {
                // Supported accommodation (H5) came under Ofsted on 28 October 2023 and P2 left the types without a
                // URN in 2024/25 (903 rules 222, 218, 230): such a placement open since then has its provider's URN.
                // Taken from the placement's id, not drawn, so the rest of the demo is unchanged.
                urn = "SC" + (100000 + Math.floorMod(id.getLeastSignificantBits(), 900000));
            }
            // Own provision (PR1) is in the council's own area (903 rule 1015).
            String postcode = outside && !"PR1".equals(provider) ? DemoPostcodes.outside(postcodeDraw())
                    : DemoPostcodes.insidePlacement(postcodeDraw());
            add(CareStage.PLACEMENTS, new Placement(id, pid, starts.get(i), e, ty, provider, postcode,
                    urn, i + 1 < types.size() ? reasons.get(i) : null, km));
        }
    }

    /** Whether a placement of this type open until {@code end} (null: still open) needed an Ofsted URN by then. */
    static boolean registeredByThen(String type, LocalDate end) {
        return switch (type) {
            case "H5" -> end == null || !end.isBefore(LocalDate.of(2023, 10, 28));
            case "P2" -> end == null || !end.isBefore(LocalDate.of(2024, 4, 1));
            default -> false;
        };
    }

    /** A placement type for the child's age, valid in the collection year of the day it starts. */
    String placementType(int age, LocalDate day, String route, String previous) {
        String semi = day.isBefore(K3_FROM) ? "H5" : "K3";
        String[] codes;
        double[] w;
        if ("UASC".equals(route)) {
            codes = age >= 16 ? new String[] {semi, "U6", "K2"} : new String[] {"U6", "K2"};
            w = age >= 16 ? new double[] {55, 40, 5} : new double[] {80, 20};
        } else if (age < 1) {
            codes = new String[] {"U6", "U3", "U5", "R3", "P1"};
            w = new double[] {62, 16, 8, 8, 6};
        } else if (age < 5) {
            codes = new String[] {"U6", "U3", "U4", "P1", "U5"};
            w = new double[] {60, 20, 8, 8, 4};
        } else if (age < 12) {
            codes = new String[] {"U6", "U3", "U4", "P1", "K2", "S1"};
            w = new double[] {52, 16, 16, 7, 8, 1};
        } else if (age < 16) {
            codes = new String[] {"U6", "U3", "U4", "K2", "P1", "K1", "R1"};
            w = new double[] {46, 10, 14, 22, 5, 1, 2};
        } else {
            codes = new String[] {"U6", "U3", "U4", "K2", semi, "P1"};
            w = new double[] {34, 8, 10, 16, 29, 3};
        }
        String type = pickString(codes, w);
        if (type.equals(previous) && chance(0.5)) {
            type = pickString(codes, w);
        }
        // Placing a child with parents while looked after needs a care order, so not under section 20.
        return "P1".equals(type) && !"COURT".equals(route) ? "U6" : type;
    }

    String provider(String type) {
        return switch (type) {
            case "U1", "U2", "U3" -> "PR1";
            case "U4", "U5", "U6" -> chance(0.6) ? "PR1" : "PR4";
            case "K2" -> chance(0.25) ? "PR1" : "PR4";
            case "K1" -> "PR1";
            case "H5", "K3" -> chance(0.8) ? "PR4" : "PR5";
            case "R3", "R1" -> "PR3";
            case "P1" -> "PR0";
            case "A5", "A6" -> chance(0.7) ? "PR1" : "PR5";
            default -> "PR4";
        };
    }
}
