package org.hearth;

import org.hearth.cli.Launcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Hearth: one faithful record of each child's journey through children's social care. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HearthApplication {

    public static void main(String[] args) {
        int status = Launcher.run(args);
        if (status != Launcher.SERVING) {
            System.exit(status);
        }
    }
}
