package org.hearth.returns.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A CIN census of any size made by repeating a base census's children with fresh LA child ids. */
final class CinRepeat {
    private static final Pattern CHILD = Pattern.compile("(?s)<Child>.*?</Child>");
    private static final Pattern ID = Pattern.compile("<LAchildID>([^<]*)</LAchildID>");

    private CinRepeat() {}

    /** Writes {@code n} children to {@code file}; returns how many distinct children the base had. */
    static int write(Path base, int n, Path file) throws IOException {
        String text = Files.readString(base, StandardCharsets.UTF_8);
        int open = text.indexOf("<Children>");
        int close = text.lastIndexOf("</Children>");
        if (open < 0 || close < 0) {
            throw new IOException(base + " has no <Children> element");
        }
        List<String> blocks = new ArrayList<>();
        Matcher m = CHILD.matcher(text.substring(open, close));
        while (m.find()) {
            blocks.add(m.group());
        }
        if (blocks.isEmpty()) {
            throw new IOException(base + " has no children");
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(text, 0, open + "<Children>".length());
            out.write('\n');
            for (int i = 0; i < n; i++) {
                String block = blocks.get(i % blocks.size());
                int copy = i / blocks.size();
                if (copy > 0) {
                    Matcher id = ID.matcher(block);
                    block = id.replaceFirst("<LAchildID>$1R" + copy + "</LAchildID>");
                }
                out.write(block);
                out.write('\n');
            }
            out.write(text, close, text.length() - close);
        }
        return blocks.size();
    }
}
