package org.hearth.returns.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.codes.CollectionYear;
import org.hearth.platform.web.HearthProblem;
import org.hearth.returns.IssueReport;
import org.hearth.returns.live.ReturnKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Return files: a data analyst or the performance team chooses a return and year, Hearth makes it from the record
 * in the background (the page shows the progress), then they download the files, see and filter the issues (also
 * as CSV) and confirm the queries whose values are right. Thin: {@link ReturnRuns} makes and checks, the access seam
 * decides and audits, {@link QueryConfirmations} keeps the confirmations.
 */
@Controller
class ReturnFilesPage {
    /** How many issues one page shows; the counts and the CSV cover every issue that passes the filter. */
    static final int MAX_ROWS = 500;

    private final ReturnRuns runs;
    private final QueryConfirmations confirmations;
    private final AccessSeam seam;
    private final CurrentActor currentActor;

    ReturnFilesPage(ReturnRuns runs, QueryConfirmations confirmations, AccessSeam seam, CurrentActor currentActor) {
        this.runs = runs;
        this.confirmations = confirmations;
        this.seam = seam;
        this.currentActor = currentActor;
    }

    @GetMapping("/returns/files")
    String choose(Model model) {
        Actor actor = currentActor.get();
        seam.returnFiles(actor, "READ", "choose a return to make", "the list of returns made, no child's data",
                () -> null);
        return chooser(model, null, null, null);
    }

    private String chooser(Model model, String chosenReturn, String chosenYear, Map<String, String> errors) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (ReturnKind k : ReturnKind.values()) {
            kinds.put(k.param(), k.label());
        }
        model.addAttribute("kinds", kinds);
        model.addAttribute("years", runs.years());
        model.addAttribute("chosenReturn", chosenReturn);
        model.addAttribute("chosenYear", chosenYear == null ? runs.years().get(0).toString() : chosenYear);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("runs", runs.recent());
        return "returns/files";
    }

    @PostMapping("/returns/files")
    String start(@RequestParam(name = "return", required = false) String which,
                 @RequestParam(required = false) String year, Model model,
                 jakarta.servlet.http.HttpServletResponse response) {
        Actor actor = currentActor.get();
        Optional<ReturnKind> kind = ReturnKind.fromParam(which);
        Optional<CollectionYear> chosen = runs.years().stream().filter(y -> y.toString().equals(year)).findFirst();
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind.isEmpty()) {
            errors.put("return", "Select the return to make");
        }
        if (chosen.isEmpty()) {
            errors.put("year", "Select a collection year from those listed");
        }
        if (!errors.isEmpty()) {
            seam.returnFiles(actor, "READ", "choose a return to make", "the list of returns made, no child's data",
                    () -> null);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return chooser(model, which, year, errors);
        }
        ReturnRun run = runs.start(actor, kind.get(), chosen.get());
        return "redirect:/returns/files/" + run.id();
    }

    @GetMapping("/returns/files/{id}")
    String run(@PathVariable UUID id, @RequestParam(required = false) String rule,
               @RequestParam(required = false) String child, @RequestParam(required = false) String status,
               @RequestParam(required = false) String confirmed, Model model) {
        Actor actor = currentActor.get();
        ReturnRun run = runFor(actor, id);
        model.addAttribute("run", run);
        if (!run.done()) {
            return "returns/run";
        }
        Filter filter = Filter.of(rule, child, status);
        List<ReturnRuns.RunIssue> all = runs.issues(run);
        List<ReturnRuns.RunIssue> shown = all.stream().filter(filter).toList();
        long children = shown.stream().map(i -> i.issue().laChildId()).filter(c -> c != null).distinct().count();
        seam.returnFiles(actor, "READ", "check the " + run.kind().label() + " " + run.year(),
                shown.size() + " issues on " + children + " children", () -> null);
        results(model, run, all, shown, filter);
        model.addAttribute("confirmedMessage", confirmed);
        return "returns/run";
    }

    private void results(Model model, ReturnRun run, List<ReturnRuns.RunIssue> all, List<ReturnRuns.RunIssue> shown,
                         Filter filter) {
        model.addAttribute("filter", filter);
        model.addAttribute("counts", RuleRow.of(all));
        model.addAttribute("rows", shown.size() > MAX_ROWS ? shown.subList(0, MAX_ROWS) : shown);
        model.addAttribute("shownCount", shown.size());
        model.addAttribute("maxRows", MAX_ROWS);
        model.addAttribute("openErrors", all.stream().filter(i -> !i.query()).count());
        model.addAttribute("openQueries", all.stream().filter(i -> i.query() && i.open()).count());
        model.addAttribute("confirmedQueries", all.stream().filter(i -> !i.open()).count());
        model.addAttribute("ruleCodes", all.stream().map(i -> i.issue().ruleCode()).distinct()
                .sorted(IssueReport.RULE_ORDER).toList());
        model.addAttribute("statuses", Filter.STATUSES);
        model.addAttribute("csvHref", "/returns/files/" + run.id() + "/issues.csv" + filter.query());
    }

    @GetMapping("/returns/files/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        Actor actor = currentActor.get();
        ReturnRun run = runFor(actor, id);
        if (!run.done()) {
            throw new HearthProblem(HttpStatus.CONFLICT, "The return is not ready",
                    "Hearth is still making this return: wait until the page says it has finished");
        }
        byte[] bytes = runs.download(actor, run);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(run.fileName())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(run.contentType()))
                .body(bytes);
    }

    @GetMapping("/returns/files/{id}/issues.csv")
    ResponseEntity<byte[]> issuesCsv(@PathVariable UUID id, @RequestParam(required = false) String rule,
                                     @RequestParam(required = false) String child,
                                     @RequestParam(required = false) String status) {
        Actor actor = currentActor.get();
        ReturnRun run = runFor(actor, id);
        if (!run.done()) {
            throw new HearthProblem(HttpStatus.CONFLICT, "The return is not ready",
                    "Hearth is still making this return: wait until the page says it has finished");
        }
        Filter filter = Filter.of(rule, child, status);
        List<ReturnRuns.RunIssue> shown = runs.issues(run).stream().filter(filter).toList();
        String csv = IssuesCsv.write(shown);
        byte[] bytes = seam.returnFiles(actor, "DOWNLOAD", "download the issues of the " + run.kind().label() + " "
                + run.year(), "issues.csv: " + shown.size() + " issues", () -> csv.getBytes(StandardCharsets.UTF_8));
        String name = (run.kind() == ReturnKind.CIN ? "cin" : "ssda903") + "-" + run.year().rulesetName()
                + "-issues.csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(bytes);
    }

    @PostMapping("/returns/files/{id}/issues/{index}/confirm")
    String confirm(@PathVariable UUID id, @PathVariable int index, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String rule, @RequestParam(required = false) String child,
                   @RequestParam(required = false) String status, Model model,
                   jakarta.servlet.http.HttpServletResponse response) {
        Actor actor = currentActor.get();
        ReturnRun run = runFor(actor, id);
        List<ReturnRuns.RunIssue> all = runs.issues(run);
        if (!run.done() || index < 0 || index >= all.size()) {
            throw HearthProblem.notFound("That issue of the return");
        }
        ReturnRuns.RunIssue issue = all.get(index);
        String refused = QueryConfirmations.refusal(issue.query(), issue.issue().ruleCode(), reason);
        if (refused != null && issue.query()) {
            // The same page, with the reason asked for again beside the query it is about.
            Filter filter = Filter.of(rule, child, status);
            List<ReturnRuns.RunIssue> shown = all.stream().filter(filter).toList();
            seam.returnFiles(actor, "READ", "check the " + run.kind().label() + " " + run.year(),
                    shown.size() + " issues", () -> null);
            model.addAttribute("run", run);
            results(model, run, all, shown, filter);
            model.addAttribute("errorIndex", index);
            model.addAttribute("errorMessage", refused);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "returns/run";
        }
        confirmations.confirm(actor, issue.key(), issue.query(), reason, run.year());
        String who = issue.key().laChildId().isEmpty() ? "the whole return" : "child " + issue.key().laChildId();
        return "redirect:/returns/files/" + run.id() + Filter.of(rule, child, status).query()
                + (Filter.of(rule, child, status).query().isEmpty() ? "?" : "&") + "confirmed="
                + java.net.URLEncoder.encode("Query " + issue.issue().ruleCode() + " for " + who + " is confirmed",
                StandardCharsets.UTF_8) + "#issues";
    }

    /** The run, for a user who may use the return files (anyone else is refused, and that is audited). */
    private ReturnRun runFor(Actor actor, UUID id) {
        if (!seam.mayUseReturnFiles(actor)) {
            seam.returnFiles(actor, "READ", "see a return's files", "nothing", () -> null); // refuses, audited
        }
        return runs.find(id).orElseThrow(() -> HearthProblem.notFound("That return (returns made are kept until "
                + ReturnRuns.KEEP + " newer ones are made, or Hearth restarts)"));
    }

    /** Which issues are shown: one rule, one child (their LA child id, or part of it), and a status. */
    record Filter(String rule, String child, String status) implements Predicate<ReturnRuns.RunIssue> {
        static final Map<String, String> STATUSES = statuses();

        private static Map<String, String> statuses() {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("open", "Errors and open queries");
            s.put("errors", "Errors only");
            s.put("queries", "Open queries only");
            s.put("confirmed", "Confirmed queries");
            s.put("all", "Everything");
            return s;
        }

        static Filter of(String rule, String child, String status) {
            String r = rule == null || !rule.strip().matches("[A-Za-z0-9]{1,12}") ? null : rule.strip();
            String c = child == null || !child.strip().matches("[A-Za-z0-9-]{1,10}") ? null : child.strip();
            String s = status != null && STATUSES.containsKey(status) ? status : "open";
            return new Filter(r, c, s);
        }

        @Override
        public boolean test(ReturnRuns.RunIssue i) {
            if (rule != null && !i.issue().ruleCode().equalsIgnoreCase(rule)) {
                return false;
            }
            if (child != null && (i.issue().laChildId() == null || !i.issue().laChildId().toUpperCase(Locale.ROOT)
                    .contains(child.toUpperCase(Locale.ROOT)))) {
                return false;
            }
            return switch (status) {
                case "errors" -> !i.query();
                case "queries" -> i.query() && i.open();
                case "confirmed" -> !i.open();
                case "all" -> true;
                default -> i.open();
            };
        }

        /** The filter as a query string ("" when it is the default). */
        String query() {
            List<String> parts = new ArrayList<>();
            if (rule != null) {
                parts.add("rule=" + rule);
            }
            if (child != null) {
                parts.add("child=" + child);
            }
            if (!status.equals("open")) {
                parts.add("status=" + status);
            }
            return parts.isEmpty() ? "" : "?" + String.join("&", parts);
        }
    }

    /** One rule's line in the summary: its issues still open and those confirmed. */
    record RuleRow(String code, String message, boolean query, long open, long confirmed, long children) {
        static List<RuleRow> of(List<ReturnRuns.RunIssue> issues) {
            Map<String, List<ReturnRuns.RunIssue>> byRule = new java.util.TreeMap<>(IssueReport.RULE_ORDER);
            for (ReturnRuns.RunIssue i : issues) {
                byRule.computeIfAbsent(i.issue().ruleCode(), k -> new ArrayList<>()).add(i);
            }
            List<RuleRow> out = new ArrayList<>();
            byRule.forEach((code, list) -> out.add(new RuleRow(code, list.get(0).issue().message(),
                    list.get(0).query(), list.stream().filter(ReturnRuns.RunIssue::open).count(),
                    list.stream().filter(i -> !i.open()).count(),
                    list.stream().map(i -> i.issue().laChildId()).filter(c -> c != null).distinct().count())));
            return out;
        }
    }
}
