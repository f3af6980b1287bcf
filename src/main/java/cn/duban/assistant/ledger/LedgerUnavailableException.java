package cn.duban.assistant.ledger;

/** Redis cannot be reached: nothing was recorded. */
public class LedgerUnavailableException extends RuntimeException {

    public LedgerUnavailableException(Throwable cause) {
        super("the ledger's Redis cannot be reached: " + cause.getMessage(), cause);
    }
}
