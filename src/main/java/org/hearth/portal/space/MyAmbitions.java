package org.hearth.portal.space;

import java.util.LinkedHashMap;
import java.util.Map;

/** The child's hopes for a year, three years and five years from now, in their words; they can change them. */
public record MyAmbitions(String oneYear, String threeYears, String fiveYears, int version) {
    public static final MyAmbitions NONE = new MyAmbitions(null, null, null, 0);

    public boolean isEmpty() {
        return oneYear == null && threeYears == null && fiveYears == null;
    }

    public record Checked(MyAmbitions ambitions, Map<String, String> problems) {}

    public static Checked check(Map<String, String> form, int version) {
        Map<String, String> problems = new LinkedHashMap<>();
        String one = SayWhatIThink.text(form.get("oneYear"), "oneYear", problems);
        String three = SayWhatIThink.text(form.get("threeYears"), "threeYears", problems);
        String five = SayWhatIThink.text(form.get("fiveYears"), "fiveYears", problems);
        if (problems.isEmpty() && one == null && three == null && five == null) {
            problems.put("oneYear", "Write at least one hope");
        }
        return problems.isEmpty() ? new Checked(new MyAmbitions(one, three, five, version), Map.of())
                : new Checked(null, problems);
    }
}
