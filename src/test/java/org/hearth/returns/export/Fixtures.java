package org.hearth.returns.export;

import org.hearth.returns.geography.PostcodeDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A tiny postcode directory: Leeds LS1 1UR and two Oxford postcodes, with their real ONS grid points. */
final class Fixtures {
    static final String LEEDS = "LS1 1UR";
    static final String OXFORD = "OX1 1AA";
    static final String OXFORD_NEXT_DOOR = "OX1 1AB";
    static final String OXFORDSHIRE = "E10000025";
    static final String LEEDS_LA = "E08000035";

    private Fixtures() {}

    static PostcodeDirectory postcodes() {
        try (InputStream pc = Fixtures.class.getResourceAsStream("/export/postcodes.csv");
             InputStream la = Fixtures.class.getResourceAsStream("/export/ltla-utla.csv")) {
            return PostcodeDirectory.load(pc, la);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
