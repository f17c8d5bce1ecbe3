package org.hearth.returns.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one postcode directory behind the 903 export and the 903 rules. */
class PostcodeDirectoryTest {
    private static final String POSTCODES = """
            postcode,easting,northing,lad
            LS1 1UR,429833,434079,E08000035
            OX1 1AA,450673,205980,E07000178
            OX1 1AB,451261,206074,E07000178
            AB113AG,,,nan
            """;
    private static final String LOOKUP = """
            ltla_code,ltla_name,utla_code,utla_name
            E07000178,Oxford,E10000025,Oxfordshire
            """;

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldKeepOnlyTheWantedPostcodesWhenFiltering() throws IOException {
        long wanted = PostcodeDirectory.encode("ox1 1aa");
        PostcodeDirectory d = PostcodeDirectory.load(text(POSTCODES), text(LOOKUP), key -> key == wanted);

        assertThat(d.size()).isEqualTo(1);
        assertThat(d.upperTierLa("OX11AA")).contains("E10000025");
        assertThat(d.locate("LS1 1UR")).isEmpty();
    }

    @Test
    void shouldDeriveDistanceLaAndLocationTheDfEWay() throws IOException {
        PostcodeDirectory d = PostcodeDirectory.load(text(POSTCODES), text(LOOKUP));

        assertThat(d.miles("LS1 1UR", "OX1 1AA")).contains(new BigDecimal("142.3"));
        assertThat(d.upperTierLa("LS1 1UR")).as("a unitary district is its own upper tier").contains("E08000035");
        assertThat(d.placementLocation("LS1 1UR", "E08000035")).contains("IN");
        assertThat(d.placementLocation("OX1 1AB", "E08000035")).contains("OUT");
        assertThat(d.placementLocation("ZZ9 9ZZ", "E08000035")).isEmpty();
        assertThat(d.placementLocation("LS1 1UR", null)).isEmpty();
        assertThat(d.locate("AB11 3AG")).as("no grid point").isEmpty();
    }

    @Test
    void shouldLookUpAReturnsPostcodesInTheShippedDirectory() {
        PostcodeDirectory d = PostcodeDirectory.forPostcodes(Arrays.asList("LS2 9JT", "tr12aa", null, "not one"));

        assertThat(d.upperTierLa("LS2 9JT")).contains("E08000035");
        assertThat(d.miles("LS2 9JT", "TR1 2AA")).hasValueSatisfying(m -> assertThat(m).isGreaterThan(BigDecimal.TEN));
        assertThat(PostcodeDirectory.forPostcodes(List.of()).upperTierLa("ZZ9 9ZZ")).isEmpty();
    }
}
