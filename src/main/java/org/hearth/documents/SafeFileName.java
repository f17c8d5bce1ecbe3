package org.hearth.documents;

import java.text.Normalizer;

/**
 * The name a download is given: made by Hearth from the document's title (letters, digits, spaces, hyphens) and the
 * extension of the type detected from its content. The name a client sent is never used, so no path, quote, control
 * character or misleading extension ("report.pdf.exe") reaches a Content-Disposition header.
 */
public final class SafeFileName {
    static final int MAX = 80;

    private SafeFileName() {}

    public static String of(String title, String mediaType) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String stem = ascii.replaceAll("[^A-Za-z0-9 _-]+", " ").strip().replaceAll("\\s+", "-");
        if (stem.length() > MAX) {
            stem = stem.substring(0, MAX).replaceAll("-+$", "");
        }
        if (stem.isEmpty() || stem.chars().allMatch(ch -> ch == '-')) {
            stem = "document";
        }
        return stem + "." + UploadRules.extension(mediaType);
    }
}
