package org.hearth.documents;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Hearth keeps as a document, judged by the type detected from the content (never the file's name) and the size:
 * reports and letters (PDF, Word, OpenDocument text, plain text) and photographs (JPEG, PNG, HEIC). Programs, archives
 * and web pages (HTML, SVG: they can carry script) are refused with a reason the user understands; so is anything else.
 */
public final class UploadRules {
    /** The types kept, by the media type Tika detects, with the file extension Hearth gives a download. */
    static final Map<String, String> ALLOWED = new LinkedHashMap<>();
    static {
        ALLOWED.put("application/pdf", "pdf");
        ALLOWED.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
        ALLOWED.put("application/msword", "doc");
        ALLOWED.put("application/vnd.oasis.opendocument.text", "odt");
        ALLOWED.put("text/plain", "txt");
        ALLOWED.put("image/jpeg", "jpg");
        ALLOWED.put("image/png", "png");
        ALLOWED.put("image/heic", "heic");
        ALLOWED.put("image/heif", "heif");
    }

    static final String KINDS_KEPT = "a PDF, a Word or OpenDocument text document, a plain text file, or a JPEG, PNG "
            + "or HEIC photograph";

    private static final Set<String> PROGRAMS = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-mach-o",
            "application/x-mach-o-executable", "application/x-msi", "application/x-ms-installer",
            "application/java-archive", "application/x-java-archive", "application/java-vm", "application/x-sh",
            "application/x-bat", "text/x-sh", "application/x-shellscript", "application/vnd.microsoft.portable-executable",
            "application/x-ms-shortcut", "application/javascript", "text/javascript", "application/x-httpd-php",
            "application/vnd.ms-word.document.macroenabled.12");
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-zip-compressed",
            "application/x-7z-compressed", "application/x-rar-compressed", "application/vnd.rar", "application/gzip",
            "application/x-gzip", "application/x-tar", "application/x-bzip2", "application/x-xz",
            "application/x-compress", "application/x-iso9660-image", "application/vnd.ms-cab-compressed",
            "application/x-lzh-compressed", "application/x-archive");
    private static final Set<String> WEB_PAGES = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
            "application/xml", "text/xml", "application/x-shockwave-flash");

    private UploadRules() {}

    /** The detected type without parameters, in lower case ({@code text/plain; charset=UTF-8} → {@code text/plain}). */
    static String base(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether Hearth keeps a document of this detected type. */
    public static boolean allowed(String mediaType) {
        return ALLOWED.containsKey(base(mediaType));
    }

    /** The extension a download of this type is given ("pdf"). */
    static String extension(String mediaType) {
        return ALLOWED.getOrDefault(base(mediaType), "bin");
    }

    /** Why a file of this detected type is refused, in the user's words; empty when it is kept. */
    public static Optional<String> typeProblem(String mediaType) {
        String type = base(mediaType);
        if (ALLOWED.containsKey(type)) {
            return Optional.empty();
        }
        if (PROGRAMS.contains(type) || type.contains("executable") || type.contains("msdownload")) {
            return Optional.of("The file is a program, whatever its name says. Hearth does not keep programs: "
                    + "choose " + KINDS_KEPT);
        }
        if (ARCHIVES.contains(type) || type.contains("compressed") || type.endsWith("+zip")) {
            return Optional.of("The file is an archive (such as a zip file). Open it and add the documents in it one "
                    + "at a time: " + KINDS_KEPT);
        }
        if (WEB_PAGES.contains(type) || type.endsWith("+xml")) {
            return Optional.of("The file is a web page or an SVG image, which can carry code that runs in a browser. "
                    + "Save it as a PDF and add that instead");
        }
        return Optional.of("Hearth cannot keep this kind of file. Choose " + KINDS_KEPT);
    }

    /** Why a file of this many bytes is refused; empty when it is within the limit. */
    public static Optional<String> sizeProblem(long size, long maxBytes) {
        if (size <= 0) {
            return Optional.of("The selected file is empty. Choose the document again");
        }
        if (size > maxBytes) {
            return Optional.of("The selected file must be smaller than " + megabytes(maxBytes) + " (it is "
                    + megabytes(size) + ")");
        }
        return Optional.empty();
    }

    /** A size as a person reads it: "20 MB", "3.4 MB", "12 KB". */
    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        double mb = Math.ceil(bytes / (1024.0 * 1024.0) * 10) / 10; // never rounded down to the limit itself
        return (mb == Math.floor(mb) ? String.valueOf((long) mb) : String.format(Locale.UK, "%.1f", mb)) + " MB";
    }
}
