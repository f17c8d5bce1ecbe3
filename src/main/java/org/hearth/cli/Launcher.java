package org.hearth.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hearth.HearthApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Parses the launcher's subcommands and starts Hearth in the right shape: a web server for {@code serve}, a
 * short-lived application context for every other subcommand, which then runs the matching {@link HearthCommand}.
 */
public final class Launcher {
    /** Returned when the web server keeps running after main returns. */
    public static final int SERVING = Integer.MIN_VALUE;

    static final String HELP = """
            Hearth — children's social care record

            Usage: ./hearth [subcommand] [options]

              serve [--port N] [--data-dir DIR]      run Hearth (default); http://localhost:8080
              demo-data --children N --seed S [--data-dir DIR]
                                                     generate a synthetic local authority into the database
              audit verify [--data-dir DIR]          check the audit chain (keyed, against its signed anchor);
                                                     reports the first break
              backup --out FILE [--data-dir DIR]     base backup of the embedded database, with its passwords,
                                                     audit key and anchor (keep it safe); works while Hearth runs
              restore --from FILE --data-dir NEWDIR  restore a backup into a new data directory
              users add --username U --role ROLE [--name "Full Name"] [--team ID --team-name "Team"]
                                                     add a local account (password from HEARTH_NEW_PASSWORD or stdin)
              users contact --username U [--phone "01632 960 123"] [--email E]
                                                     a worker's work phone and email, as carers see them
              bench api [--children N] [--seed S] [--requests N] [--concurrency N] [--think-ms N] [--data-dir DIR]
                                                     load demo children and measure API read latency
              bench fhir [same options; 50 callers by default]   health flag look-ups (FHIR) per second, p95;
              bench web [same options; --users N]    page times with signed-in users (sessions, CSRF);
                                                     --think-ms: mean pause between a user's pages (0: stress);
                                                     several (--think-ms 5000,0) are measured in turn, one sign-in;
                                                     --pages practitioner,partner,portal (or all): whose pages, in
                                                     one run (default practitioner: My work, record, find)
              returns validate --return 903 --year YYYY --current DIR|FILE.xml [--previous DIR|FILE.xml] [--la CODE] [--postcodes]
                       [--ofsted FILE] [--la-codes FILE] --out DIR
              returns validate --return cin --year YYYY --file FILE.xml --out DIR [--schema]
                                                     validate a CIN census file with every DfE rule of that year
              returns bench [--children-903 80000] [--children-cin 400000] [--seed S] [--runs 5]
                                                     time validating national-size generated 903 and CIN returns
              returns export --return 903|cin --year YYYY --out DIR [--la ONS-CODE] [--la-number NNN]
                                                     the return derived from the record (903 CSV + XML, CIN XML)
              returns import --return 903 --year YYYY --current DIR|FILE.xml [--previous DIR|FILE.xml] [--keep-rule-breaks] [--out DIR]
              returns import --return cin --year YYYY --file FILE.xml [--out DIR] [--progress N] [--data-dir DIR]
                                                     import a 903 return or CIN census into the record, all or nothing;
                                                     refused files list their errors (DIR/errors.csv with --out)
              dfe-api send [--dry-run --out DIR] [--full|--partial] [--data-dir DIR]
                                                     the DfE children's social care data flow (spec 0.8): changed
                                                     children and purges (--full: all) in batches of <= 100; a dry
                                                     run writes the batches to DIR and sends nothing
              dfe-api bench [--children 100000] [--seed S]  time building the flow for a council that size
              ssd export --out DIR [--schema] [--data-dir DIR]
                                                     the Standard Safeguarding Dataset (v1.4.5) from the record: one CSV
                                                     per SSD table, checked against the spec (nothing written if a value
                                                     breaks it); --schema also loads it into the PostgreSQL schema ssd
              ssd bench [--children 100000] [--seed S] [--out DIR]
                                                     time the SSD export's derive, check and write for a generated council
              identity link --input records.csv --out clusters.csv [--pairs pairs.csv] [--threshold P]
                                                     link records of children into people (no database);
                                                     see README "Identity matching"
              identity bench [--runs N]              quality and time of identity link on FEBRL3/4 and children
              --help                                 this text

            With no database configured Hearth runs an embedded PostgreSQL under --data-dir (default ./data).
            Set HEARTH_DATABASE_URL, HEARTH_DATABASE_USERNAME and HEARTH_DATABASE_PASSWORD to use your own server.
            """;

    private Launcher() {}

    public static int run(String[] rawArgs) {
        List<String> args = new ArrayList<>(Arrays.asList(rawArgs));
        if (args.contains("--help") || args.contains("-h") || (!args.isEmpty() && args.get(0).equals("help"))) {
            System.out.println(HELP);
            return 0;
        }
        String command = args.isEmpty() || args.get(0).startsWith("--") ? "serve" : args.remove(0);
        if (command.equals("audit") || command.equals("bench") || command.equals("returns") || command.equals("users")
                || command.equals("dfe-api")
                || command.equals("ssd")) {
            if (args.isEmpty() || args.get(0).startsWith("--")) {
                System.err.println("hearth: '" + command + "' needs a subcommand; see ./hearth --help");
                return 2;
            }
            command = command + " " + args.remove(0);
        }
        if (command.equals("users add")) {
            command = "users";
        }
        if (command.equals("identity")) {
            // Files in, files out, plain Java: no application context (./hearth starts this path without the jar)
            return org.hearth.identity.matching.LinkCommand.run(args.toArray(String[]::new), System.out, System.err);
        }
        if (command.equals("returns bench")) {
            // Generates and validates returns in memory and a temporary directory: no database needed.
            return org.hearth.returns.bench.ReturnsBench.run(args.toArray(String[]::new));
        }
        if (command.equals("dfe-api bench")) {
            // Builds a national-size council's data flow in memory: no database needed.
            return org.hearth.dfeapi.DfeApiBench.run(args.toArray(String[]::new));
        }
        if (command.equals("ssd bench")) {
            // Generates a council and exports its SSD in a temporary directory: no database needed.
            return org.hearth.ssd.SsdBench.run(args.toArray(String[]::new));
        }
        if (command.equals("backup") || command.equals("restore")) {
            return BackupCommands.run(command, args); // the database and its files only: no application context
        }
        if (command.equals("returns validate")) {
            return ReturnsValidate.run(args.toArray(String[]::new)); // a file in, a report out: no database needed
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("hearth: " + e.getMessage());
            return 2;
        }
        java.util.Optional<String> heldBy = embeddedDataDirInUse(options);
        if (heldBy.isPresent()) {
            // Said before anything starts; the embedded database's own check is the one that counts.
            System.err.println("hearth " + command + ": the data directory " + heldBy.get());
            return 1;
        }
        SpringApplication app = new SpringApplication(HearthApplication.class);
        if (command.equals("serve")) {
            app.run(options.springArgs());
            return SERVING;
        }
        boolean needsServer = command.startsWith("bench "); // measures the API over real HTTP
        app.setWebApplicationType(needsServer ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        // A one-off command never loads demo data by itself, and keeps the console for its own report.
        String[] springArgs = java.util.stream.Stream.concat(java.util.Arrays.stream(options.springArgs()),
                java.util.stream.Stream.of("--hearth.demo.load-on-empty=false", "--logging.level.org.hearth=WARN",
                        "--spring.main.log-startup-info=false", needsServer ? "--server.port=0" : "--server.port=-1"))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = app.run(springArgs)) {
            return runCommand(context, command, options);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof org.hearth.platform.DataDirectoryInUseException inUse) {
                    System.err.println("hearth " + command + ": " + inUse.getMessage());
                    return 1;
                }
            }
            // A command that fails says why in one line; the cause's class helps support without exposing data.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            System.err.println("hearth " + command + ": failed: " + firstLine(e.getMessage())
                    + (root != e ? " (cause: " + root.getClass().getSimpleName() + ": " + firstLine(root.getMessage()) + ")" : ""));
            return 1;
        }
    }

    /** Who holds the embedded data directory, when another Hearth is running on it. */
    private static java.util.Optional<String> embeddedDataDirInUse(Options options) {
        String url = System.getenv("HEARTH_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return java.util.Optional.empty();
        }
        String dir = options.get("data-dir").orElse(java.util.Objects.requireNonNullElse(System.getenv("HEARTH_DATA_DIR"),
                "./data"));
        java.nio.file.Path dataDir = java.nio.file.Path.of(dir).toAbsolutePath();
        return org.hearth.platform.StalePostgres.runningOwner(dataDir.resolve("pg")).map(owner -> dataDir
                + " is in use by a running Hearth (" + owner + "). Stop that Hearth first, or use another --data-dir.");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static int runCommand(ConfigurableApplicationContext context, String command, Options options) {
        HearthCommand handler = context.getBeansOfType(HearthCommand.class).values().stream()
                .filter(c -> c.name().equals(command))
                .findFirst()
                .orElse(null);
        if (handler == null) {
            System.err.println("hearth: unknown subcommand '" + command + "'; see ./hearth --help");
            return 2;
        }
        return handler.run(options);
    }
}
