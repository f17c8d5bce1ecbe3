package org.hearth.documents;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apache Tika, bounded: the type of a file from its content (magic bytes and container structure; the name is not
 * asked), and its text for search, cut at {@code maxChars} characters and abandoned after {@code timeout}, so a
 * hostile file (a zip bomb, a PDF that loops) cannot hang an upload. Extraction runs on a small pool of its own:
 * when every thread is busy with a stuck file, a new document is kept without searchable text rather than waiting.
 */
public final class ContentInspector implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ContentInspector.class);

    /** The text found, whether it was cut at the limit, and whether extraction gave up (time, busy, broken file). */
    public record Extracted(String text, boolean truncated, boolean incomplete) {}

    /** Tika's detector and parser, loaded on first use: loading every parser takes seconds Hearth's start need not wait. */
    private record Loaded(Detector detector, Parser parser) {}

    private volatile Loaded loaded;
    private final int maxChars;
    private final Duration timeout;
    private final ThreadPoolExecutor pool;

    public ContentInspector(int maxChars, Duration timeout) {
        this.maxChars = maxChars;
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4), r -> {
            Thread t = new Thread(r, "document-text-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    private Loaded tika() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    TikaConfig config = TikaConfig.getDefaultConfig();
                    l = new Loaded(config.getDetector(), new AutoDetectParser(config));
                    loaded = l;
                }
            }
        }
        return l;
    }

    /** The media type of the content, detected from the bytes alone ("application/pdf"). */
    public String detect(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return tika().detector().detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /** The document's text, within the limits. Photographs have none to find. */
    public Extracted text(byte[] content, String mediaType) {
        if (mediaType == null || mediaType.startsWith("image/")) {
            return new Extracted("", false, false);
        }
        Future<Extracted> job;
        try {
            job = pool.submit(() -> parse(content));
        } catch (RejectedExecutionException busy) {
            log.warn("Document text extraction is busy: a document was kept without searchable text");
            return new Extracted("", false, true);
        }
        try {
            return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            log.warn("Document text extraction took longer than {}: abandoned", timeout);
            return new Extracted("", false, true);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            return new Extracted("", false, true);
        } catch (ExecutionException e) {
            log.warn("Document text could not be extracted ({})", e.getCause().getClass().getSimpleName());
            return new Extracted("", false, true);
        }
    }

    private Extracted parse(byte[] content) throws Exception {
        WriteOutContentHandler limited = new WriteOutContentHandler(maxChars);
        BodyContentHandler handler = new BodyContentHandler(limited);
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            tika().parser().parse(in, handler, new Metadata(), new ParseContext());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            truncated = true;
        }
        return new Extracted(clean(limited.toString()), truncated, false);
    }

    /** Text PostgreSQL can store and a search can use: no NUL or other control characters, spaces collapsed. */
    static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ").replaceAll("[ \\t]+", " ")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
