package cn.duban.assistant.config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/** The one source of "today" and "now": {@code assistant.today} when set, else the real date in the county's zone. */
@Component
public class AssistantClock {

    private final AssistantProperties properties;
    private final Clock clock;

    public AssistantClock(AssistantProperties properties) {
        this.properties = properties;
        this.clock = Clock.system(properties.zone());
    }

    public LocalDate today() {
        return properties.today() != null ? properties.today() : LocalDate.now(clock);
    }

    public ZonedDateTime now() {
        ZonedDateTime real = ZonedDateTime.now(clock);
        return properties.today() != null ? real.with(properties.today()) : real;
    }
}
