package cn.duban.assistant.knowledge;

import java.util.Arrays;

/** How a target's figure is to be met, as the report words it. */
public enum Comparison {
    /** 以上, 超过, 突破, 不低于. */
    AT_LEAST(">="),
    /** 以内, 控制在, 不高于. */
    AT_MOST("<="),
    /** a plain figure. */
    EXACTLY("="),
    /** 左右. */
    ABOUT("~");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The comparison written as in {@code targets.yml}, or null when it is none of them. */
    public static Comparison ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol.strip())).findFirst().orElse(null);
    }
}
