package cn.duban.assistant.wording;

import java.util.Locale;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * Every Chinese sentence the assistant says, from one resource bundle: {@code replies.properties} in the jar, each
 * key overridable in {@code config/replies.properties} so that county staff can adjust the wording.
 * Arguments are passed as text, so that figures are never reformatted (2800, not 2,800).
 */
public final class Replies {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private final ReloadableResourceBundleMessageSource source;

    private Replies(String... basenames) {
        source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
    }

    /** The bundled wording with the overrides in {@code <configDir>/replies.properties}, when that file exists. */
    public static Replies withOverridesIn(String configDir) {
        return new Replies("file:" + configDir + "/replies", "classpath:replies");
    }

    /** The bundled wording alone. */
    public static Replies bundled() {
        return new Replies("classpath:replies");
    }

    public String text(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return source.getMessage(key, texts, CHINESE);
    }
}
