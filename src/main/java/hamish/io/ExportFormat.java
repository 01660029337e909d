package hamish.io;

/** The formats of File → Export and {@code hamish export}. */
public enum ExportFormat {
    /** One row per annotation, UTF-8 with BOM, for spreadsheets. */
    CSV,
    /** W3C Web Annotation JSON-LD, with the documents, for other annotation tools and for moving to another database. */
    JSONLD,
    /** brat standoff (.txt + .ann per document), read by brat and INCEpTION. */
    BRAT
}
