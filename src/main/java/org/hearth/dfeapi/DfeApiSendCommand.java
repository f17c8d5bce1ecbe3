package org.hearth.dfeapi;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hearth.cli.HearthCommand;
import org.hearth.cli.Options;
import org.springframework.stereotype.Component;

/**
 * {@code ./hearth dfe-api send [--dry-run --out DIR] [--full|--partial] [--data-dir DIR]}: the DfE children's social
 * care data flow from the record. Partial (only children changed since the DfE last accepted them, and purges) unless
 * --full. A dry run writes the batches to DIR and sends nothing.
 */
@Component
class DfeApiSendCommand implements HearthCommand {
    private final DfeApiSender sender;
    private final DfeApiSettings settings;

    DfeApiSendCommand(DfeApiSender sender, DfeApiSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "dfe-api send";
    }

    @Override
    public int run(Options options) {
        if (options.has("full") && options.has("partial")) {
            System.err.println("hearth dfe-api send: give --full or --partial, not both");
            return 2;
        }
        boolean dryRun = options.has("dry-run");
        if (dryRun && options.get("out").filter(o -> !o.equals("true")).isEmpty()) {
            System.err.println("hearth dfe-api send: a dry run writes the payloads to a directory: give --out DIR");
            return 2;
        }
        LocalDate today;
        try {
            today = options.get("today").map(LocalDate::parse).orElse(LocalDate.now());
        } catch (DateTimeParseException e) {
            System.err.println("hearth dfe-api send: --today must be a date such as 2026-04-30");
            return 2;
        }
        SendPlan.Mode mode = options.has("full") ? SendPlan.Mode.FULL : SendPlan.Mode.PARTIAL;
        long t0 = System.nanoTime();
        DfeApiSender.Summary s;
        java.util.List<String> problems = dryRun ? settings.problemsForBuilding() : settings.problemsForSending();
        if (!problems.isEmpty()) {
            // Said before any record is read, and before the OAuth2 client is built from the settings.
            System.err.println("hearth dfe-api send: " + String.join("; ", problems));
            return 2;
        }
        try {
            DfeApiClient client = dryRun ? null : DfeApiClient.waiting(settings);
            s = sender.send(System.getProperty("user.name", "operator"), mode, dryRun,
                    dryRun ? Path.of(options.get("out").get()) : null, today, settings, client);
        } catch (IllegalArgumentException e) {
            System.err.println("hearth dfe-api send: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            System.err.println("hearth dfe-api send: could not write the payloads: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("hearth dfe-api send: stopped; what the DfE accepted so far is kept");
            return 1;
        }
        System.out.printf("%s %s of the DfE data flow (spec %s): %d children's records read, %d in the flow "
                        + "(%d left out with no LA child id), %d children and %d purges in %d batches, %,d bytes, %.1f s%n",
                mode == SendPlan.Mode.FULL ? "Full" : "Partial", s.dryRun() ? "dry run" : "send", DfeApiSender.SPEC,
                s.read(), s.inFlow(), s.leftOutNoId(), s.children(), s.purges(), s.batches(), s.bytes(),
                (System.nanoTime() - t0) / 1e9);
        if (s.dryRun()) {
            System.out.println("Nothing was sent; the batches are in " + options.get("out").get());
            return 0;
        }
        System.out.printf("The DfE accepted %d; %d were rejected and %d failed, and go again on the next send (run %s)%n",
                s.accepted(), s.rejected(), s.failed(), s.run());
        return s.rejected() + s.failed() == 0 ? 0 : 3;
    }
}
