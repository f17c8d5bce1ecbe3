package org.hearth.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hearth.codes.CollectionYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OC2 cohort: looked after continuously for at least 12 months at 31 March (2023/24 here). */
class Ssda903ContextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            open since before the year                          | true  | 01/01/2020,,,C2
            starts on 1 April                                    | true  | 01/04/2023,,,C2
            starts on 2 April                                    | false | 02/04/2023,,,C2
            chain of episodes joined end to start                | true  | 01/01/2020,01/06/2023,X1,C2;01/06/2023,,,C2
            gap of a day between episodes                        | false | 01/01/2020,01/06/2023,X1,C2;02/06/2023,,,C2
            left care and came back the same day                 | false | 01/01/2020,01/06/2023,E4A,C2;01/06/2023,,,C2
            ceased before 31 March                               | false | 01/01/2020,30/03/2024,E4A,C2
            a short break in the year                            | false | 01/01/2020,01/06/2023,X1,V3;01/06/2023,,,C2
            a short break that ended before the year             | true  | 01/01/2020,01/03/2023,X1,V3;01/03/2023,,,C2
            no valid start date                                  | false | nonsense,,,C2
            """)
    void shouldWorkOutTheTwelveMonthCohortFromTheEpisodes(String why, boolean expected, String episodes) {
        List<String[]> rows = new ArrayList<>();
        for (String e : episodes.split(";")) {
            String[] f = e.split(",", -1);
            rows.add(new String[] {"1", f[0], f[1], f[2], f[3]});
        }
        Ssda903Data data = new Ssda903Data().put(new Ssda903Table("Episodes",
                List.of("CHILD", "DECOM", "DEC", "REC", "LS"), rows));

        Ssda903Context ctx = new Ssda903Context(CollectionYear.of(2024), data);

        assertThat(ctx.lookedAfter12Months("1")).as(why).isEqualTo(expected);
        assertThat(ctx.lookedAfter12Months("someone else")).isFalse();
    }
}
