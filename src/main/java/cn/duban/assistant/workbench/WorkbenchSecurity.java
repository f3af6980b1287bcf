package cn.duban.assistant.workbench;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for the workbench only: its pages, {@code /login} and {@code /logout} need a session (form login,
 * CSRF on); every other path — the WeChat Work callback, {@code /actuator/health} — passes no security filter at all,
 * those being machine endpoints with their own checks. Roles are not decided here but from the roster on each request
 * ({@link Viewers}), so a changed roster counts at once. Inside WeChat Work a caller who has not signed in is sent
 * through 网页授权 ({@link WeComLogin}) when WeChat Work is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class WorkbenchSecurity {

    /** The authority that carries the roster UserID of whoever signed in. */
    static final String USERID = "userid:";

    /** The paths the security filter is mapped to: the chain's own, and the error page its pages' errors go to. */
    static final List<String> FILTERED = List.of("/workbench", "/workbench/*", "/login", "/logout", "/error");

    /**
     * Maps Spring Security's filter to the workbench's paths only ({@link #FILTERED}) instead of {@code /*}: every
     * request used to pass its firewall and Spring MVC's handler look-up (for the chain's matchers) before finding that
     * no chain applies, which cost the WeChat Work callback a tenth of its CPU.
     */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor securityFilterForTheWorkbenchOnly() {
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean registration
                        && "securityFilterChainRegistration".equals(name)) {
                    registration.setUrlPatterns(FILTERED);
                }
                return bean;
            }
        };
    }

    @Bean
    SecurityFilterChain workbenchChain(HttpSecurity http, AuthenticationManager logins, WeComLogin wecom) throws Exception {
        http.securityMatcher("/workbench", "/workbench/**", "/login", "/logout")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/workbench/style.css", "/workbench/wecom/**").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(logins)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/workbench", false)
                        .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                + (failure instanceof LockedException ? "/login?locked" : "/login?error"))))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(wecom.entryPoint())
                        .accessDeniedHandler(WorkbenchSecurity::denied))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.migrateSession()));
        return http.build();
    }

    /**
     * A refused request: a login form whose CSRF token expired with its session goes back to the login page
     * ({@code /login?expired}); any other post with no valid token gets the Chinese 403 page saying the page expired.
     */
    static void denied(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException denied) throws java.io.IOException {
        if (denied instanceof org.springframework.security.web.csrf.CsrfException) {
            if ("/login".equals(request.getServletPath())) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
            request.setAttribute(WorkbenchErrorPages.REASON, "expired");
        }
        response.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
    }

    @Bean
    PasswordEncoder workbenchPasswords() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The local accounts of {@code assistant.workbench.users}, each with its roster UserID as an authority. */
    @Bean
    UserDetailsService workbenchAccounts(WorkbenchProperties properties) {
        List<org.springframework.security.core.userdetails.UserDetails> users = properties.users().stream()
                .filter(user -> user.username() != null && !user.username().isBlank() && user.password() != null)
                .map(user -> User.withUsername(user.username().strip()).password(user.password())
                        .authorities(new SimpleGrantedAuthority(USERID + (user.userid() == null ? "" : user.userid().strip())))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    LoginAttempts loginAttempts(WorkbenchProperties properties) {
        return new LoginAttempts(properties.maxFailures(), properties.lockFor(), Clock.systemUTC());
    }

    @Bean
    AuthenticationManager workbenchLogins(UserDetailsService accounts, PasswordEncoder passwords, LoginAttempts attempts) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        return new ProviderManager(new LimitedLogins(provider, attempts));
    }
}
