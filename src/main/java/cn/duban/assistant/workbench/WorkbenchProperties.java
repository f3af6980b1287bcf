package cn.duban.assistant.workbench;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.workbench.}.
 *
 * @param users       local accounts for the 督查室 (none by default)
 * @param baseUrl     the workbench's address as people open it, for links sent in chat (导出台账)
 * @param maxFailures wrong passwords for one username within {@code lockFor} after which it is locked
 * @param lockFor     how long failures count, and how long a locked username stays locked
 */
@ConfigurationProperties("assistant.workbench")
public record WorkbenchProperties(List<User> users, @DefaultValue("http://localhost:8080") String baseUrl,
                                  @DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor) {

    /** Without accounts: an empty list, never null. */
    public WorkbenchProperties {
        users = users == null ? List.of() : List.copyOf(users);
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    }

    /**
     * A local account.
     *
     * @param username what is typed on the login page
     * @param password as {@code DelegatingPasswordEncoder} reads it: {@code {bcrypt}$2a$…} ({@code {noop}…} for tests)
     * @param userid   the roster UserID whose role the account takes
     */
    public record User(String username, String password, String userid) {
    }
}
