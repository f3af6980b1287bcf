package cn.duban.assistant.ledger;

/**
 * A change was sent to Redis but no answer came (a timeout, a dropped connection): it may or may not have been made.
 * {@link Ledger#settle} decides it once Redis answers again; until then nobody may be told "saved" or "not saved".
 */
public class LedgerUncertainException extends RuntimeException {

    private final String messageId;

    public LedgerUncertainException(String messageId, Throwable cause) {
        super("no answer from Redis for message " + messageId + ": " + cause.getMessage(), cause);
        this.messageId = messageId;
    }

    /** The message whose change may or may not have been made. */
    public String messageId() {
        return messageId;
    }
}
