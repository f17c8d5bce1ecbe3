package org.hearth.returns.cin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.hearth.codes.CollectionYear;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Optional check of a census file against the DfE CIN XSD ({@code reference/cin/CIN_schema_2024.xsd}, the 2023/24
 * schema: it still has GenderCurrent, so 2024/25 files using Sex report that as a schema problem). Reported apart from
 * the rule issues: the rules already tolerate and flag bad values.
 */
public final class CinSchema {

    /** One schema problem, with the line it was found on. */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    private static final int MAX_PROBLEMS = 1000;

    /** The last collection year the shipped schema describes: 2023/24 (GenderCurrent; from 2024/25 the census has Sex). */
    public static final CollectionYear LAST_YEAR_DESCRIBED = CollectionYear.of(2024);

    /**
     * Whether the shipped schema describes the census of this year. A later census checked against it would report
     * its new items as problems that are not there, so for later years Hearth says it has no schema rather than
     * report them.
     */
    public static boolean describes(CollectionYear year) {
        return year.compareTo(LAST_YEAR_DESCRIBED) <= 0;
    }

    private CinSchema() {
    }

    public static List<Problem> validate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return validate(in);
        }
    }

    /** Up to 1000 problems; an empty list means the file is valid against the schema. */
    public static List<Problem> validate(InputStream in) throws IOException {
        List<Problem> problems = new ArrayList<>();
        try {
            Validator validator = schema().newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings are not schema violations
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    problems.add(new Problem(e.getLineNumber(), e.getMessage()));
                    if (problems.size() >= MAX_PROBLEMS) {
                        throw e;
                    }
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    problems.add(new Problem(e.getLineNumber(), e.getMessage()));
                    throw e;
                }
            });
            validator.validate(new StreamSource(in));
        } catch (SAXParseException e) {
            // already recorded: too many problems, or the file is not well-formed
        } catch (SAXException e) {
            problems.add(new Problem(-1, e.getMessage()));
        }
        return problems;
    }

    private static Schema schema() throws SAXException {
        URL xsd = CinSchema.class.getResource("/reference/cin/CIN_schema_2024.xsd");
        if (xsd == null) {
            throw new IllegalStateException("missing resource reference/cin/CIN_schema_2024.xsd");
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(xsd);
    }
}
