package hamish.io;

/**
 * Names used by Hamish's W3C Web Annotation (JSON-LD) files; see docs/decisions/0004-exchange-formats.md.
 * Identifiers are URNs: {@code urn:hamish:document:<sha-256 of the text>} (the same article has the same
 * id in every database), {@code urn:hamish:annotation:<id>}, {@code urn:hamish:entity:<id>},
 * {@code urn:hamish:link:<id>}. Properties the W3C model lacks are written as {@code hamish:…} terms:
 * the context does not define them, so JSON-LD processors read them as absolute IRIs of the
 * {@code hamish:} scheme and keep them.
 */
final class WebAnnotation {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String DOCUMENT = "urn:hamish:document:";
    static final String ANNOTATION = "urn:hamish:annotation:";
    static final String ENTITY = "urn:hamish:entity:";
    static final String LINK = "urn:hamish:link:";
    static final String FORMAT = "hamish:format";
    static final String FORMAT_VALUE = "hamish-web-annotation/1";
    static final String DOCUMENTS = "hamish:documents";
    static final String TAGS = "hamish:tags";
    static final String ENTITIES = "hamish:entities";
    static final String ROLE = "hamish:role";
    static final String SPEAKER = "speaker";
    static final String LINK_TYPE = "hamish:linkType";
    static final String NOTE = "hamish:note";

    private WebAnnotation() {
    }
}
