package org.hearth.returns.cin;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a large CIN return by repeating the 332 children of the public fake file with fresh LA child ids, for timing.
 * Run {@link #main} with a child count and a path to time the engine by hand.
 */
final class CinSyntheticReturn {
    private CinSyntheticReturn() {
    }

    static Path write(Path file, int children) throws IOException {
        String sample;
        try (InputStream in = CinSyntheticReturn.class.getResourceAsStream("/samples/cin-d2i/fake_CIN_data.xml")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int childrenStart = sample.indexOf("<Children>");
        String head = sample.substring(0, childrenStart + "<Children>".length());
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<Child>.*?</Child>").matcher(sample);
        while (m.find()) {
            blocks.add(m.group());
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head);
            for (int i = 0; i < children; i++) {
                String block = blocks.get(i % blocks.size());
                out.write(block.replaceFirst("<LAchildID>[^<]*</LAchildID>", "<LAchildID>S" + i + "</LAchildID>"));
                out.write('\n');
            }
            out.write("</Children>\n</Message>\n");
        }
        return file;
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path file = write(Path.of(args[1]), n);
        System.out.printf("wrote %d children, %d MB%n", n, Files.size(file) >> 20);
    }
}
