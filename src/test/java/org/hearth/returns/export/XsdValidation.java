package org.hearth.returns.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Validates a file against a schema on the classpath, throwing the parser's message when it is not valid. */
final class XsdValidation {
    private XsdValidation() {}

    static void validate(Path xml, String schemaResource) throws IOException, SAXException {
        URL url = XsdValidation.class.getClassLoader().getResource(schemaResource);
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
        schema.newValidator().validate(new StreamSource(xml.toFile()));
    }

    static void validate(Path xml, String schemaResource, java.util.function.UnaryOperator<String> patch)
            throws IOException, SAXException {
        String text;
        try (InputStream in = XsdValidation.class.getClassLoader().getResourceAsStream(schemaResource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new ByteArrayInputStream(patch.apply(text).getBytes(StandardCharsets.UTF_8))));
        schema.newValidator().validate(new StreamSource(xml.toFile()));
    }
}
