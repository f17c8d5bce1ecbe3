package org.hearth.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty embedded database, loads the demo local authority so that `./hearth` alone gives
 * something to look at. Never with a database the council configured (no demo accounts, no default passwords).
 */
@Component
class DemoBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoBootstrap.class);

    private final DemoData demo;
    private final boolean enabled;
    private final boolean embedded;
    private final int children;
    private final int seed;

    DemoBootstrap(DemoData demo, @Value("${hearth.demo.load-on-empty:false}") boolean enabled,
                  @Value("${spring.datasource.url:}") String databaseUrl,
                  @Value("${hearth.demo.children:2000}") int children, @Value("${hearth.demo.seed:42}") int seed) {
        this.demo = demo;
        this.enabled = enabled;
        this.embedded = databaseUrl.isBlank();
        this.children = children;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !embedded || !demo.empty()) {
            return;
        }
        long t0 = System.nanoTime();
        int loaded = demo.load(children, seed);
        log.info("Loaded demo data: {} synthetic children in {} s. Demo accounts (sw.demo, tm.demo, iro.demo, eh.demo, "
                + "pa.demo, analyst.demo, admin.demo) have the demo-only password '{}'", loaded,
                String.format("%.1f", (System.nanoTime() - t0) / 1e9), DemoData.DEMO_PASSWORD);
    }
}
