package org.hearth.identity.matching;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the link input file (RFC 4180 CSV with the fixed header) and writes the clusters and pairs files. */
public final class LinkFiles {
    public static final List<String> HEADER = List.of("record_id", "source", "first_name", "middle_name", "surname",
            "dob", "sex", "postcode", "address_line", "nhs_number", "upn");

    private LinkFiles() {
    }

    public static List<InputRecord> read(Path file) throws BadInputException, IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("input file " + file + " does not exist");
        }
        return parse(bytes);
    }

    /** Parses the whole file, refusing it at the first problem (nothing is linked from a half-read file). */
    public static List<InputRecord> parse(String text) throws BadInputException {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses the file's bytes (UTF-8), refusing it at the first problem. A large file is read in pieces on every core:
     * one pass finds where rows end outside quotes (so a quoted value may hold a line break) and whether any byte is
     * not ASCII; each piece is then parsed on its own straight from the bytes (no decoding of the whole file, no
     * copy as characters). When any piece finds a problem, or a record id appears twice, the whole file is parsed
     * again from the start in one piece, so that the problem reported is the first in the file, with its line.
     */
    static List<InputRecord> parse(byte[] bytes) throws BadInputException {
        int from = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        int pieces = Math.min(16, Math.max(1, bytes.length / (256 * 1024)));
        int[] starts = pieces > 1 ? pieceStarts(bytes, from, pieces) : null;
        boolean[] valid = {true};
        if (starts == null) {
            // one piece, or a file the pieces' scan could not cut (a row longer than a piece): one pass on one core
            starts = new int[pieces + 1];
            boolean ascii = true;
            // where the pieces start: after a line end outside quotes, near each 1/pieces of the file
            int next = 1;
            int target = (int) ((long) bytes.length * next / pieces);
            boolean quoted = false;
            int orBytes = 0;
            starts[0] = from;
            for (int i = from; i < bytes.length; i++) {
                byte b = bytes[i];
                orBytes |= b;
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n' && !quoted && i + 1 >= target && next < pieces) {
                    starts[next++] = i + 1;
                    target = (int) ((long) bytes.length * next / pieces);
                }
            }
            ascii = orBytes >= 0;
            while (next <= pieces) {
                starts[next++] = bytes.length;
            }
            if (!ascii && !utf8(bytes, 0, bytes.length)) {
                throw new BadInputException("input file is not UTF-8 text");
            }
        } else {
            // each piece checked on its own core (pieces start after a line end, never inside a character)
            int[] at = starts;
            java.util.stream.IntStream.range(0, pieces).parallel().forEach(k -> {
                if (!utf8(bytes, k == 0 ? 0 : at[k], at[k + 1])) {
                    valid[0] = false;
                }
            });
            if (!valid[0]) {
                throw new BadInputException("input file is not UTF-8 text");
            }
        }
        if (pieces > 1) {
            int[] at = starts;
            @SuppressWarnings("unchecked")
            List<InputRecord>[] parts = new List[pieces];
            boolean[] failed = new boolean[1];
            java.util.stream.IntStream.range(0, pieces).parallel().forEach(k -> {
                try {
                    parts[k] = new Rows(bytes, at[k], at[k + 1], k == 0).parse();
                } catch (BadInputException e) {
                    failed[0] = true;
                }
            });
            if (!failed[0]) {
                int n = 0;
                for (List<InputRecord> part : parts) {
                    n += part.size();
                }
                List<InputRecord> all = new ArrayList<>(n);
                for (List<InputRecord> part : parts) {
                    all.addAll(part);
                }
                if (uniqueIds(all)) {
                    return all;
                }
            }
            // a problem somewhere: the whole file again in one piece, for the first problem and its line
        }
        Rows whole = new Rows(bytes, from, bytes.length, true);
        whole.checkIds = true;
        return whole.parse();
    }

    /**
     * Whether no record id appears twice: the ids' hash codes sorted with their records' places (on every core), then
     * the ids of each run of equal hash codes compared. The same answer as a set of the ids, without one.
     */
    static boolean uniqueIds(List<InputRecord> records) {
        int n = records.size();
        long[] keyed = new long[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> keyed[i] = (long) records.get(i).recordId()
                .hashCode() << 32 | i);
        java.util.Arrays.parallelSort(keyed);
        for (int k = 1; k < n; k++) {
            if (keyed[k] >>> 32 != keyed[k - 1] >>> 32) {
                continue;
            }
            int runStart = k - 1;
            while (runStart > 0 && keyed[runStart - 1] >>> 32 == keyed[k] >>> 32) {
                runStart--;
            }
            String id = records.get((int) keyed[k]).recordId();
            for (int j = runStart; j < k; j++) {
                if (records.get((int) keyed[j]).recordId().equals(id)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether bytes from..to are UTF-8 (any byte not ASCII checked by the decoder). */
    private static boolean utf8(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && bytes[i] >= 0) {
            i++;
        }
        if (i == to) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes, from,
                            to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Where the pieces start (after a line end outside quotes, at or after each 1/pieces of the file), found on every
     * core: each stretch between two cut points is scanned on its own for its quotes (whether it flips "inside a
     * quoted value") and for its first line end in either state; the stretches' flips, added up in order, tell which
     * of the two is outside quotes. Null when a stretch has no line end outside quotes (a row longer than a piece).
     */
    static int[] pieceStarts(byte[] bytes, int from, int pieces) {
        int[] cut = new int[pieces + 1];
        cut[0] = from;
        for (int k = 1; k < pieces; k++) {
            cut[k] = Math.max(from, (int) ((long) bytes.length * k / pieces) - 1);
        }
        cut[pieces] = bytes.length;
        boolean[] flips = new boolean[pieces];
        int[][] firstEnd = new int[pieces][2];
        java.util.stream.IntStream.range(0, pieces).parallel().forEach(k -> {
            boolean quoted = false;
            int outside = -1;
            int inside = -1;
            for (int i = cut[k], to = cut[k + 1]; i < to; i++) {
                byte b = bytes[i];
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n') {
                    // "outside" if the stretch starts outside quotes, "inside" if it starts inside
                    if (!quoted && outside < 0) {
                        outside = i;
                    } else if (quoted && inside < 0) {
                        inside = i;
                    }
                }
            }
            flips[k] = quoted;
            firstEnd[k][0] = outside;
            firstEnd[k][1] = inside;
        });
        boolean quoted = flips[0];
        int[] starts = new int[pieces + 1];
        starts[0] = from;
        for (int k = 1; k < pieces; k++) {
            int end = firstEnd[k][quoted ? 1 : 0];
            if (end < 0) {
                return null;
            }
            starts[k] = end + 1;
            quoted ^= flips[k];
        }
        starts[pieces] = bytes.length;
        return starts;
    }

    /** One piece of the file, from the start of a row to the end of one, parsed into records. */
    private static final class Rows {
        private final byte[] t;
        private final int end;
        private int pos;
        private int line = 1;
        private boolean header;
        private boolean checkIds;
        private final String[] row = new String[HEADER.size()];
        private int size;
        private byte[] scratch = new byte[64];

        Rows(byte[] bytes, int from, int to, boolean header) {
            this.t = bytes;
            this.pos = from;
            this.end = to;
            this.header = header;
        }

        List<InputRecord> parse() throws BadInputException {
            List<InputRecord> records = new ArrayList<>(Math.max(16, (end - pos) / 64));
            Set<String> ids = checkIds ? new HashSet<>() : null;
            List<String> extra = new ArrayList<>();
            boolean sawHeader = !header;
            while (pos < end) {
                int rowLine = line;
                size = 0;
                extra.clear();
                // one row
                while (true) {
                    String field = field();
                    if (size < row.length) {
                        row[size] = field;
                    } else {
                        extra.add(field);
                    }
                    size++;
                    if (pos < end && t[pos] == ',') {
                        pos++;
                        continue;
                    }
                    if (pos < end && t[pos] == '\r') {
                        pos++;
                    }
                    if (pos < end && t[pos] == '\n') {
                        pos++;
                    }
                    line++;
                    break;
                }
                if (size == 1 && row[0].isEmpty() && sawHeader) {
                    continue; // a blank line
                }
                if (!sawHeader) {
                    List<String> found = found(extra);
                    if (!found.equals(HEADER)) {
                        throw new BadInputException("line 1: the header must be exactly " + String.join(",", HEADER)
                                + " (found " + String.join(",", found) + ")");
                    }
                    sawHeader = true;
                    continue;
                }
                if (size != HEADER.size()) {
                    throw new BadInputException("line " + rowLine + ": " + size + " values; every row needs "
                            + HEADER.size() + " (" + String.join(",", HEADER) + ")");
                }
                String id = row[0].strip();
                if (id.isEmpty()) {
                    throw new BadInputException("line " + rowLine + ": record_id is blank; every record needs one");
                }
                if (ids != null && !ids.add(id)) {
                    throw new BadInputException("line " + rowLine + ": record_id " + id + " appears twice; "
                            + "each record needs its own");
                }
                String dob = row[5].strip();
                if (!dob.isEmpty()) {
                    if (!isoDateForm(dob)) {
                        throw new BadInputException("line " + rowLine + ": date of birth '" + dob + "' of record " + id
                                + " is not a date in the form YYYY-MM-DD");
                    }
                    if (!Standardiser.isRealIsoDate(dob)) {
                        throw new BadInputException("line " + rowLine + ": date of birth " + dob + " of record " + id
                                + " is not a real date");
                    }
                }
                records.add(new InputRecord(id, row[1], row[2], row[3], row[4], dob, row[6], row[7], row[8], row[9],
                        row[10]));
            }
            if (!sawHeader) {
                throw new BadInputException("the input file is empty; it needs the header "
                        + String.join(",", HEADER));
            }
            return records;
        }

        private List<String> found(List<String> extra) {
            List<String> found = new ArrayList<>(java.util.Arrays.asList(row).subList(0, Math.min(size, row.length)));
            found.addAll(extra);
            return found;
        }

        /** One value, from pos to the comma or line end after it (not consumed). */
        private String field() throws BadInputException {
            if (pos < end && t[pos] == '"') {
                pos++;
                int n = 0;
                while (true) {
                    if (pos >= end) {
                        throw new BadInputException("line " + line + ": a quoted value is never closed");
                    }
                    byte c = t[pos++];
                    if (c == '"') {
                        if (pos < end && t[pos] == '"') {
                            pos++;
                        } else {
                            break;
                        }
                    } else if (c == '\n') {
                        line++;
                    }
                    if (n == scratch.length) {
                        scratch = java.util.Arrays.copyOf(scratch, n * 2);
                    }
                    scratch[n++] = c;
                }
                if (pos < end && t[pos] != ',' && t[pos] != '\n' && t[pos] != '\r') {
                    throw new BadInputException("line " + line + ": text after a closing quote; a quote inside "
                            + "a quoted value must be doubled (\"\")");
                }
                return text(scratch, 0, n);
            }
            int from = pos;
            while (pos < end) {
                byte c = t[pos];
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                if (c == '"') {
                    throw new BadInputException("line " + line + ": a quote in the middle of an unquoted "
                            + "value; quote the whole value and double the quote");
                }
                pos++;
            }
            return text(t, from, pos);
        }

        /** The UTF-8 text of bytes from..to (already checked to be UTF-8), copied straight when it is ASCII. */
        private static String text(byte[] b, int from, int to) {
            if (from == to) {
                return "";
            }
            for (int i = from; i < to; i++) {
                if (b[i] < 0) {
                    return new String(b, from, to - from, StandardCharsets.UTF_8);
                }
            }
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
    }

    /** Whether the text is four digits, a hyphen, two digits, a hyphen and two digits. */
    static boolean isoDateForm(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** {@code record_id,cluster_id} for every record, in input order. */
    public static void writeClusters(Writer out, Linker.Result result) throws IOException {
        out.write("record_id,cluster_id\n");
        List<Standardised> records = result.records();
        for (int i = 0; i < records.size(); i++) {
            out.write(quote(records.get(i).recordId));
            out.write(',');
            out.write(quote(records.get(result.clusterOf()[i]).recordId));
            out.write('\n');
        }
    }

    /** {@code record_id_l,record_id_r,match_probability} for every pair scored above the floor. */
    public static void writePairs(Writer out, Linker.Result result) throws IOException {
        out.write("record_id_l,record_id_r,match_probability\n");
        List<Standardised> records = result.records();
        StringBuilder b = new StringBuilder(64);
        for (Linker.ScoredPair p : result.pairs()) {
            b.setLength(0);
            b.append(quote(records.get(p.left()).recordId)).append(',').append(quote(records.get(p.right()).recordId))
                    .append(',');
            long scaled = Math.round(p.probability() * 1_000_000);
            b.append(scaled / 1_000_000).append('.');
            String frac = Long.toString(scaled % 1_000_000);
            b.append("000000", 0, 6 - frac.length()).append(frac).append('\n');
            out.append(b);
        }
    }

    /**
     * Each record's id as the output files write it (quoted where it needs to be), in UTF-8: worked out once for
     * both files.
     */
    public static byte[][] idBytes(Linker.Result result) {
        return idBytes(result.records());
    }

    /** As {@link #idBytes(Linker.Result)}, from the records alone. */
    static byte[][] idBytes(List<Standardised> records) {
        byte[][] ids = new byte[records.size()][];
        java.util.stream.IntStream all = java.util.stream.IntStream.range(0, ids.length);
        (ids.length > 20_000 ? all.parallel() : all).forEach(i -> {
            String q = quote(records.get(i).recordId);
            ids[i] = q.getBytes(StandardCharsets.UTF_8);
        });
        return ids;
    }

    /** As {@link #writeClusters(Writer, Linker.Result)}, the same bytes, straight to a stream. */
    public static void writeClusters(java.io.OutputStream out, Linker.Result result, byte[][] ids)
            throws IOException {
        Bytes b = new Bytes(out);
        b.put("record_id,cluster_id\n");
        int[] clusterOf = result.clusterOf();
        for (int i = 0; i < ids.length; i++) {
            b.put(ids[i]);
            b.put((byte) ',');
            b.put(ids[clusterOf[i]]);
            b.put((byte) '\n');
        }
        b.flush();
    }

    /** As {@link #writePairs(Writer, Linker.Result)}, the same bytes, straight to a stream. */
    public static void writePairs(java.io.OutputStream out, Linker.Result result, byte[][] ids) throws IOException {
        writePairs(out, result.pairs(), ids);
    }

    /** As {@link #writePairs(java.io.OutputStream, Linker.Result, byte[][])}, from the pairs alone. */
    static void writePairs(java.io.OutputStream out, List<Linker.ScoredPair> pairs, byte[][] ids)
            throws IOException {
        Bytes b = new Bytes(out);
        b.put("record_id_l,record_id_r,match_probability\n");
        for (Linker.ScoredPair p : pairs) {
            b.put(ids[p.left()]);
            b.put((byte) ',');
            b.put(ids[p.right()]);
            b.put((byte) ',');
            long scaled = Math.round(p.probability() * 1_000_000);
            b.put(Long.toString(scaled / 1_000_000));
            b.put((byte) '.');
            long frac = scaled % 1_000_000;
            for (long unit = 100_000; unit > 0; unit /= 10) {
                b.put((byte) ('0' + frac / unit % 10));
            }
            b.put((byte) '\n');
        }
        b.flush();
    }

    /** A buffer of bytes going to a stream in large writes. */
    private static final class Bytes {
        private final java.io.OutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private int n;

        Bytes(java.io.OutputStream out) {
            this.out = out;
        }

        void put(byte b) throws IOException {
            if (n == buf.length) {
                flush();
            }
            buf[n++] = b;
        }

        void put(byte[] bytes) throws IOException {
            if (n + bytes.length > buf.length) {
                flush();
                if (bytes.length > buf.length) {
                    out.write(bytes);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buf, n, bytes.length);
            n += bytes.length;
        }

        /** ASCII text. */
        void put(String ascii) throws IOException {
            for (int i = 0; i < ascii.length(); i++) {
                put((byte) ascii.charAt(i));
            }
        }

        void flush() throws IOException {
            out.write(buf, 0, n);
            n = 0;
            out.flush();
        }
    }

    static String quote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }
}
