package org.hearth.returns.cin;

import static org.hearth.returns.cin.CinRule.whole;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.returns.cin.CinCensus.Child;
import org.hearth.returns.cin.CinCensus.Cpp;
import org.hearth.returns.cin.CinCensus.Details;
import org.hearth.returns.cin.CinCensus.S47;

/** Rules about the return as a whole: the header and the LA-level queries. */
final class ReturnRules {

    private ReturnRules() {
    }

    static List<CinRule> rules() {
        return List.of(
                whole("100", (ctx, sink) -> {
                    if (!ctx.referenceDate().equals(ctx.census().header.referenceDate)) {
                        sink.flag(null, CinTable.Header, 0);
                    }
                }),
                // More plans starting in the year than initial conferences held in it (CINdetails and S47 together).
                whole("2883", (ctx, sink) -> {
                    long plans = 0;
                    long conferences = 0;
                    for (Child c : ctx.children()) {
                        for (Details d : c.details) {
                            if (ctx.inPeriod(d.initialCpc)) {
                                conferences++;
                            }
                            for (S47 s : d.section47s) {
                                if (ctx.inPeriod(s.icpc)) {
                                    conferences++;
                                }
                            }
                            for (Cpp p : d.cpps) {
                                if (ctx.inPeriod(p.start)) {
                                    plans++;
                                }
                            }
                        }
                    }
                    if (plans > conferences) {
                        sink.flagReturn();
                    }
                }),
                // More than 2% of children have no sex recorded (missing, or U / GenderCurrent 0) and no expected DOB.
                whole("2886Q", (ctx, sink) -> {
                    int total = ctx.children().size();
                    int unrecorded = 0;
                    for (Child c : ctx.children()) {
                        String sex = ctx.usesSex() ? c.sex : c.genderCurrent;
                        String notRecorded = ctx.usesSex() ? "U" : "0";
                        if ((sex == null || sex.equals(notRecorded)) && c.expectedBirth == null) {
                            unrecorded++;
                        }
                    }
                    if (total > 0 && unrecorded > 0.02 * total) {
                        sink.flagReturn();
                    }
                }),
                // Fewer than 8 different disability codes (NONE aside) used across the return.
                whole("2887Q", (ctx, sink) -> {
                    Set<String> used = new HashSet<>();
                    for (Child c : ctx.children()) {
                        if (c.disabilities != null) {
                            for (String d : c.disabilities) {
                                if (d != null && !d.equals("NONE")) {
                                    used.add(d);
                                }
                            }
                        }
                    }
                    if (used.size() <= 7) {
                        sink.flagReturn();
                    }
                }),
                // Every child recorded with a disability (NONE aside) has exactly one code.
                whole("2888Q", (ctx, sink) -> {
                    boolean anyDisabled = false;
                    for (Child c : ctx.children()) {
                        if (c.disabilities == null) {
                            continue;
                        }
                        Set<String> codes = new HashSet<>();
                        for (String d : c.disabilities) {
                            if (d != null && !d.equals("NONE")) {
                                codes.add(d);
                            }
                        }
                        if (codes.size() > 1) {
                            return;
                        }
                        anyDisabled |= codes.size() == 1;
                    }
                    if (anyDisabled) {
                        sink.flagReturn();
                    }
                }));
    }
}
