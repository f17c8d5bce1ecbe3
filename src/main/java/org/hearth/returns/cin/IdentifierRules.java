package org.hearth.returns.cin;

import static org.hearth.returns.cin.CinRule.child;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.returns.cin.CinCensus.Child;
import org.hearth.returns.cin.CinCensus.Details;

/** Rules on ChildIdentifiers, ChildCharacteristics and Disabilities. */
final class IdentifierRules {
    // UPN check letters: A-Z less I, O and S, indexed by value (DfE UPN guidance).
    static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private IdentifierRules() {
    }

    static List<CinRule> rules() {
        return List.of(
                child("1510", (ctx, c, sink) -> {
                    // Only a UPN of the right shape has a check letter to test; 1540 and 1550 report the rest.
                    if (c.upn != null && upnWellFormed(c.upn) && validCharacter13(c.upn.charAt(12))
                            && upnCheckLetter(c.upn) != c.upn.charAt(0)) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("1520", (ctx, c, sink) -> {
                    if (c.upn != null && ctx.upnCount(c.upn) > 1) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("1530", (ctx, c, sink) -> {
                    if (c.upn != null && (c.upn.length() < 4
                            || !CinCodes.contains(CinCodes.UPN_LA_CODE, c.upn.substring(1, 4)))) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("1540", (ctx, c, sink) -> {
                    if (c.upn != null && (c.upn.length() < 12 || !digits(c.upn, 4, 12))) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("1550", (ctx, c, sink) -> {
                    if (c.upn != null && (c.upn.length() < 13 || !validCharacter13(c.upn.charAt(12)))) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                // Former UPN: the UPN format (letter, 11 digits, then a digit or a letter), no check-letter test.
                child("1560Q", (ctx, c, sink) -> {
                    if (c.formerUpn != null && !upnWellFormed(c.formerUpn)) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("1570", (ctx, c, sink) -> {
                    if (c.laChildId != null && c.laChildId.length() > 20) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("1580", (ctx, c, sink) -> {
                    if (c.laChildId != null && !alphanumeric(c.laChildId)) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                // Present and valid: GenderCurrent 1/2/0/9 up to 2023/24, Sex M/F/U from 2024/25.
                child("4180", (ctx, c, sink) -> {
                    boolean bad = ctx.usesSex() ? !CinCodes.contains(CinCodes.SEX, c.sex)
                            : !CinCodes.contains(CinCodes.GENDER_CURRENT, c.genderCurrent);
                    if (bad) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("4220", (ctx, c, sink) -> {
                    if (!CinCodes.contains(CinCodes.ETHNICITY, c.ethnicity)) {
                        sink.flag(c, CinTable.ChildCharacteristics, c.characteristicsRow);
                    }
                }),
                child("8500", (ctx, c, sink) -> {
                    if (c.laChildId == null) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("8510", (ctx, c, sink) -> {
                    if (c.laChildId != null && ctx.childIdCount(c.laChildId) > 1) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("8520", (ctx, c, sink) -> {
                    if (c.birth != null && c.birth.isAfter(ctx.referenceDate())) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("8525Q", (ctx, c, sink) -> {
                    if ((c.birth == null) == (c.expectedBirth == null)) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                // Expected date of birth between the reference date less 30 days and plus 9 months (inclusive).
                child("8530Q", (ctx, c, sink) -> {
                    if (c.expectedBirth != null && (c.expectedBirth.isBefore(ctx.referenceDate().minusDays(30))
                            || c.expectedBirth.isAfter(ctx.referenceDate().plusMonths(9)))) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("8535Q", (ctx, c, sink) -> {
                    if (c.death != null && c.birth != null && c.death.isBefore(c.birth)) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                // A born child with any referral that went on to further action needs valid disability codes.
                child("8540", (ctx, c, sink) -> {
                    if (c.birth == null || !anyFurtherAction(c)) {
                        return;
                    }
                    boolean ok = c.disabilities != null && !c.disabilities.isEmpty();
                    if (ok) {
                        for (String d : c.disabilities) {
                            ok &= CinCodes.contains(CinCodes.DISABILITY, d);
                        }
                    }
                    if (!ok) {
                        sink.flag(c, CinTable.ChildCharacteristics, c.characteristicsRow);
                    }
                }),
                child("8545Q", (ctx, c, sink) -> {
                    if (c.death != null && !ctx.inPeriod(c.death)) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("8590", (ctx, c, sink) -> {
                    if (c.details.isEmpty()) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                // Unborn: Sex U from 2024/25, GenderCurrent 0 before.
                child("8750", (ctx, c, sink) -> {
                    if (c.unborn() && !(ctx.usesSex() ? "U".equals(c.sex) : "0".equals(c.genderCurrent))) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                child("8770Q", IdentifierRules::upnExpected),
                // UN7 (referral with no further action): every episode must be flagged as one.
                child("8772", (ctx, c, sink) -> {
                    if ("UN7".equals(c.upnUnknown) && c.details.stream().anyMatch(d -> !d.nfa())) {
                        sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                    }
                }),
                // Born over 25 years before the reference date and an episode open, or closed after the 25th birthday.
                child("8775Q", (ctx, c, sink) -> {
                    if (c.birth == null || !c.birth.isBefore(ctx.referenceDate().minusYears(25))) {
                        return;
                    }
                    LocalDate turns25 = c.birth.plusYears(25);
                    for (Details d : c.details) {
                        if (d.closure == null || d.closure.isAfter(turns25)) {
                            sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
                            return;
                        }
                    }
                }),
                child("8790", (ctx, c, sink) -> {
                    if (c.disabilities != null && c.disabilities.contains("NONE")) {
                        for (String d : c.disabilities) {
                            if (d != null && !d.equals("NONE")) {
                                sink.flag(c, CinTable.Disabilities, c.disabilitiesRow);
                                return;
                            }
                        }
                    }
                }),
                child("8794", (ctx, c, sink) -> {
                    if (c.disabilities != null && c.disabilities.size() > 1) {
                        Set<String> seen = new HashSet<>();
                        for (String d : c.disabilities) {
                            if (d != null && !seen.add(d)) {
                                sink.flag(c, CinTable.Disabilities, c.disabilitiesRow);
                                return;
                            }
                        }
                    }
                }));
    }

    /**
     * 8770Q. A child of school age with a referral that went on to further action needs a UPN or a reason other than
     * UN1 ("not of school age"). School age, as the DfE's logic has it since its November 2024 change for every year:
     * born more than 6 years before the reference date (before that change the 2024/25 text read as reception age,
     * 31 August four years before the year's end).
     */
    private static void upnExpected(CinContext ctx, Child c, IssueSink sink) {
        if (c.birth == null || c.upn != null || !anyFurtherAction(c)) {
            return;
        }
        boolean schoolAge = !c.birth.isAfter(ctx.referenceDate().minusYears(6));
        if (schoolAge && (c.upnUnknown == null || c.upnUnknown.equals("UN1")
                || !CinCodes.contains(CinCodes.UPN_UNKNOWN, c.upnUnknown))) {
            sink.flag(c, CinTable.ChildIdentifiers, c.idRow);
        }
    }

    static boolean anyFurtherAction(Child c) {
        for (Details d : c.details) {
            if (Boolean.FALSE.equals(d.referralNfa)) {
                return true;
            }
        }
        return false;
    }

    /** Letter, eleven digits, then a digit or a letter: the shape every UPN has (13 characters). */
    static boolean upnWellFormed(String upn) {
        if (upn.length() != 13 || !isAsciiLetter(upn.charAt(0)) || !digits(upn, 1, 12)) {
            return false;
        }
        char last = upn.charAt(12);
        return isDigit(last) || isAsciiLetter(last);
    }

    /**
     * The check letter of a UPN: characters 2-13 weighted 2-13, summed, modulo 23, as a letter. A temporary UPN's
     * final letter counts as its position among the check letters.
     */
    static char upnCheckLetter(String upn) {
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char ch = upn.charAt(i);
            int value = isDigit(ch) ? ch - '0' : UPN_LETTERS.indexOf(ch);
            sum += value * (i + 1);
        }
        return UPN_LETTERS.charAt(sum % 23);
    }

    private static boolean validCharacter13(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z' && UPN_LETTERS.indexOf(c) >= 0);
    }

    static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean alphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isDigit(c) && !isAsciiLetter(c)) {
                return false;
            }
        }
        return true;
    }
}
