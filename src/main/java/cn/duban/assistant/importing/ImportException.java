package cn.duban.assistant.importing;

/** A report that cannot be imported; the message, in Chinese, says why and what to do. */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }
}
