package org.hearth.demo;

import org.hearth.cli.HearthCommand;
import org.hearth.cli.Options;
import org.springframework.stereotype.Component;

/** {@code ./hearth demo-data --children N --seed S}: a synthetic local authority into an empty database. */
@Component
class DemoDataCommand implements HearthCommand {
    private final DemoData demo;

    DemoDataCommand(DemoData demo) {
        this.demo = demo;
    }

    @Override
    public String name() {
        return "demo-data";
    }

    @Override
    public int run(Options options) {
        int children = options.getInt("children", 2_000);
        int seed = options.getInt("seed", 42);
        if (children < 1 || children > 1_000_000) {
            System.err.println("hearth demo-data: --children must be between 1 and 1,000,000");
            return 2;
        }
        if (!demo.empty()) {
            System.err.println("hearth demo-data: this database already has data; demo data goes into an empty one "
                    + "(use --data-dir with a new directory)");
            return 2;
        }
        long t0 = System.nanoTime();
        int loaded = demo.load(children, seed);
        System.out.printf("Loaded %d synthetic children (seed %d) in %.1f s.%n", loaded, seed, (System.nanoTime() - t0) / 1e9);
        System.out.println("The demo accounts " + String.join(", ", new java.util.TreeSet<>(DemoData.PUBLISHED_ACCOUNTS))
                + " (demo only) have the password '" + DemoData.DEMO_PASSWORD + "'; the other demo staff cannot sign in.");
        return 0;
    }
}
