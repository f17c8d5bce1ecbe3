package org.hearth.allocation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hearth.access.Role;

/**
 * The roles a practitioner is allocated to a child in (the SSD involvement role), case-exact: SW, IRO, PA, EHW. Each
 * is held only by a Hearth user of the matching role, so an allocation can never make a stranger a "FRIEND" of the
 * child's record.
 */
public final class AllocationRoles {
    public static final String SW = "SW";
    public static final String IRO = "IRO";
    public static final String PA = "PA";
    public static final String EHW = "EHW";

    /** The codes, in Hearth's words. */
    public static final Map<String, String> NAMES;
    static {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(SW, "social worker");
        names.put(IRO, "independent reviewing officer (IRO)");
        names.put(PA, "personal adviser");
        names.put(EHW, "family help worker");
        NAMES = java.util.Collections.unmodifiableMap(names);
    }

    private AllocationRoles() {}

    public static boolean known(String code) {
        return code != null && NAMES.containsKey(code);
    }

    /** The Hearth role whose users may be allocated as {@code code}. */
    public static Optional<Role> hearthRole(String code) {
        return Arrays.stream(Role.values()).filter(r -> code != null && code.equals(r.allocationRole())).findFirst();
    }

    /** The role's name after "a" or "an": "an independent reviewing officer (IRO)". */
    public static String aName(String code) {
        String name = name(code);
        return ("aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " : "a ") + name;
    }

    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }
}
