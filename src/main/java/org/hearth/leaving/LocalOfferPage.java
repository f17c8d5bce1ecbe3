package org.hearth.leaving;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The council's local offer for care leavers, as data: the shipped {@code leaving/local-offer.tsv}, or the council's
 * own file ({@code hearth.local-offer-file}). Linked from the pathway plan; nothing about any child is read.
 */
@Controller
class LocalOfferPage {
    /** One part of the offer. */
    record Offer(String heading, String text) {}

    private final List<Offer> offer;
    private final String council;

    LocalOfferPage(@Value("${hearth.local-offer-file:}") String file,
                   @Value("${hearth.council-name}") String council) throws IOException {
        this.offer = read(file);
        this.council = council;
    }

    static List<Offer> read(String file) throws IOException {
        List<String> lines;
        if (file == null || file.isBlank()) {
            try (InputStream in = LocalOfferPage.class.getResourceAsStream("/leaving/local-offer.tsv")) {
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        } else {
            lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        }
        List<Offer> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("heading\t")) {
                continue;
            }
            String[] cells = line.split("\t", 2);
            if (cells.length == 2) {
                out.add(new Offer(cells[0].strip(), cells[1].strip()));
            }
        }
        return List.copyOf(out);
    }

    @GetMapping("/local-offer")
    String page(Model model) {
        model.addAttribute("offer", offer);
        model.addAttribute("council", council);
        return "leaving/local-offer";
    }
}
