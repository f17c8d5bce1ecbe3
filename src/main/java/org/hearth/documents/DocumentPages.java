package org.hearth.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.RuleViolations;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The child's documents page: the documents the user may see (kind, date, title), a search by a word inside them, and
 * the GOV.UK file upload form to add one; and the download, sent as an attachment.
 */
@Controller
class DocumentPages {
    static final String PURPOSE = "casework: documents";
    private final DocumentService documents;
    private final CurrentActor currentActor;

    DocumentPages(DocumentService documents, CurrentActor currentActor) {
        this.documents = documents;
        this.currentActor = currentActor;
    }

    @GetMapping("/children/{childId}/documents")
    String page(@PathVariable UUID childId, @RequestParam(required = false) String q,
                @RequestParam(required = false) String saved, Model model) {
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "documentDate", LocalDate.now());
        model.addAttribute("saved", "document".equals(saved) ? "Document added" : null);
        return show(documents.list(currentActor.get(), childId, q, q == null || q.isBlank() ? PURPOSE
                : "casework: find a document"), fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/documents")
    String add(@PathVariable UUID childId, @RequestParam Map<String, String> form,
               @RequestParam(required = false) MultipartFile file, Model model) {
        form.remove("_csrf");
        FormErrors errors = new FormErrors();
        LocalDate date = DateAnswer.read(form, "documentDate").orElse(null);
        if (date == null) {
            errors.add("documentDate", "Enter the date of the document as a real date, for example 27 3 2025", null);
        }
        String step = FormAnswers.text(form, "step");
        String stepKind = null;
        UUID stepId = null;
        if (step != null) {
            int colon = step.indexOf(':');
            try {
                stepKind = step.substring(0, Math.max(0, colon));
                stepId = UUID.fromString(step.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                stepKind = "?";
            }
        }
        if (errors.isEmpty()) {
            try {
                documents.attach(currentActor.get(), childId, new DocumentService.Answers(FormAnswers.text(form, "kind"),
                        FormAnswers.text(form, "title"), date, "yes".equals(form.get("confidential")), stepKind,
                        stepId), DocumentsApi.bytes(file), "add a document");
                return "redirect:/children/" + childId + "/documents?saved=document";
            } catch (RuleViolations v) {
                errors.addAll(v.violations(), DocumentPages::question);
            }
        }
        return show(documents.list(currentActor.get(), childId, null, PURPOSE), form, errors, model);
    }

    /** The question a refusal is about, by the record field it names. */
    static String question(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "documentKind" -> "kind";
            case "documentTitle" -> "title";
            case "documentDate" -> "documentDate";
            case "step" -> "step";
            default -> "file";
        };
    }

    @GetMapping("/children/{childId}/documents/{documentId}/download")
    ResponseEntity<byte[]> download(@PathVariable UUID childId, @PathVariable UUID documentId) {
        return send(documents.download(currentActor.get(), childId, documentId, "casework: open a document"));
    }

    /**
     * A document as a download: an attachment with the name Hearth made, the type detected from its content, nosniff,
     * no caching, and a sandbox so that even a browser that opened it would run nothing in Hearth's origin.
     */
    static ResponseEntity<byte[]> send(DocumentService.Download d) {
        HttpHeaders h = new HttpHeaders();
        h.setContentDisposition(ContentDisposition.attachment().filename(d.document().fileName()).build());
        h.setContentType(MediaType.parseMediaType(d.document().mediaType()));
        h.setContentLength(d.content().length);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Content-Security-Policy", "default-src 'none'; sandbox");
        h.setCacheControl("no-store");
        return new ResponseEntity<>(d.content(), h, org.springframework.http.HttpStatus.OK);
    }

    private String show(DocumentService.Listing listing, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        ChildJourney j = listing.journey();
        model.addAttribute("child", j.child());
        Map<String, String> names = documents.names(listing.documents().stream().map(Document::uploadedBy)
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("documents", listing.documents().stream()
                .map(d -> Row.of(d, names.getOrDefault(d.uploadedBy(), "A member of staff"))).toList());
        model.addAttribute("query", listing.query());
        model.addAttribute("mayAdd", listing.mayAdd());
        model.addAttribute("kinds", kinds());
        model.addAttribute("steps", steps(j));
        model.addAttribute("maxSize", UploadRules.megabytes(documents.maxBytes()));
        return "documents/documents";
    }

    /** One row of the list, in words. */
    record Row(UUID id, String title, String kind, String date, boolean confidential, String added, String size) {
        static Row of(Document d, String addedBy) {
            return new Row(d.id(), d.documentTitle(), kindLabel(d.documentKind()), Dates.uk(d.documentDate()),
                    d.restricted(), addedBy + ", " + Dates.uk(LocalDate.parse(d.uploadedAt().substring(0, 10))),
                    UploadRules.megabytes(d.sizeBytes()));
        }
    }

    static Map<String, String> kinds() {
        var list = CodeLists.standard().list("DOCUMENT_KIND", CollectionYear.containing(LocalDate.now()));
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : list.codes()) {
            out.put(c, list.label(c).orElse(c));
        }
        return out;
    }

    static String kindLabel(String code) {
        return CodeLists.standard().list("DOCUMENT_KIND", CollectionYear.containing(LocalDate.now())).label(code)
                .orElse("Document");
    }

    /** The steps of the record a document may belong to, newest first: "kind:id" → "Child protection plan, 3 May 2025". */
    static Map<String, String> steps(ChildJourney j) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (EpisodeKind<?> k : j.kinds()) {
            if (k.equals(DocumentsStage.DOCUMENTS)) {
                continue;
            }
            for (JourneyRecord r : j.all(k)) {
                if (r.startDate() == null || r.id() == null) {
                    continue;
                }
                all.add(Map.entry(k.name() + ":" + r.id(), k.label() + ", " + Dates.uk(r.startDate())));
                dates.add(r.startDate());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> dates.get(i)).reversed());
        Map<String, String> out = new LinkedHashMap<>();
        for (int i : order.subList(0, Math.min(60, order.size()))) {
            out.put(all.get(i).getKey(), all.get(i).getValue());
        }
        return out;
    }
}
