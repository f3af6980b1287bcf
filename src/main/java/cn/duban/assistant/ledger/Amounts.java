package cn.duban.assistant.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as the ledger stores them: whole numbers of ten-thousandths, so that Redis adds them exactly. */
final class Amounts {

    static final int SCALE = 4;

    private Amounts() {
    }

    static String toStored(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP).unscaledValue().toString();
    }

    static BigDecimal fromStored(String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        return new BigDecimal(new java.math.BigInteger(stored), SCALE).stripTrailingZeros();
    }
}
