package cn.duban.assistant.channel.wecom;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The outer XML of a POST callback, {@code <xml><ToUserName/><Encrypt/><AgentID/></xml>}, read with a parser that
 * refuses any DOCTYPE, so no external entity is ever resolved. The same parser reads the decrypted message.
 *
 * @param encrypt the ciphertext
 */
record CallbackEnvelope(String encrypt) {

    /** The body is not a callback envelope. */
    static final class Malformed extends RuntimeException {
        Malformed(String reason) {
            super(reason);
        }
    }

    /** One parser a thread: building one looks up the XML implementation, which is slow inside a packed jar. */
    private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(CallbackEnvelope::newParser);

    private static DocumentBuilder newParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (Exception e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    static CallbackEnvelope parse(byte[] body) {
        String encrypt = field(document(body), "Encrypt");
        if (encrypt == null || encrypt.isBlank()) {
            throw new Malformed("no <Encrypt> element");
        }
        return new CallbackEnvelope(encrypt.strip());
    }

    /** A safely parsed document; DOCTYPE and entity declarations are refused before parsing. */
    static Document document(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY") || text.contains("<!doctype")) {
            throw new Malformed("DOCTYPE or ENTITY declarations are not accepted");
        }
        try {
            DocumentBuilder builder = PARSERS.get();
            builder.reset();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new Malformed("not XML: " + e.getMessage());
        }
    }

    /** The text of the root's first child element with this name, or null. */
    static String field(Document document, String name) {
        NodeList nodes = document.getDocumentElement().getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
