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
 * refuses any DOCTYPE, so no external entity is ever resolved.
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

    static CallbackEnvelope parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY") || text.contains("<!doctype")) {
            throw new Malformed("DOCTYPE or ENTITY declarations are not accepted");
        }
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
            Document document = builder.parse(new ByteArrayInputStream(body));
            NodeList encrypt = document.getDocumentElement().getElementsByTagName("Encrypt");
            if (encrypt.getLength() != 1 || encrypt.item(0).getTextContent().isBlank()) {
                throw new Malformed("no <Encrypt> element");
            }
            return new CallbackEnvelope(encrypt.item(0).getTextContent().strip());
        } catch (Malformed e) {
            throw e;
        } catch (Exception e) {
            throw new Malformed("not XML: " + e.getMessage());
        }
    }
}
