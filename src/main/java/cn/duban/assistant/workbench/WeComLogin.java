package cn.duban.assistant.workbench;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.WxCpOauth2UserInfo;

/**
 * Sign-in by WeChat Work identity, only when WeChat Work is configured ({@code assistant.wecom.*}): inside WeChat Work
 * (its browser says {@code wxwork}) a page asked for goes through 网页授权 ({@code snsapi_base}); outside it the login
 * page offers 企业微信扫码登录. Both come back to {@code /workbench/wecom/callback} with a code, which WxJava turns
 * into the member's UserID ({@code /cgi-bin/auth/getuserinfo}); the roster then decides what he sees. A random
 * {@code state} kept in the session ties the answer to the request.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WeComLogin {

    static final String CALLBACK = "/workbench/wecom/callback";
    private static final String STATE = "workbench.wecom.state";
    private static final Logger log = LoggerFactory.getLogger(WeComLogin.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ObjectProvider<WxCpService> wecom;
    private final WorkbenchProperties properties;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache saved = new HttpSessionRequestCache();

    WeComLogin(ObjectProvider<WxCpService> wecom, WorkbenchProperties properties) {
        this.wecom = wecom;
        this.properties = properties;
    }

    /** Whether WeChat Work sign-in is possible here. */
    boolean available() {
        return wecom.getIfAvailable() != null;
    }

    /** Where a caller who has not signed in goes: 网页授权 inside WeChat Work (when configured), else the login page. */
    AuthenticationEntryPoint entryPoint() {
        LoginUrlAuthenticationEntryPoint form = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, failure) -> {
            String agent = String.valueOf(request.getHeader("User-Agent")).toLowerCase(Locale.ROOT);
            if (available() && agent.contains("wxwork")) {
                response.sendRedirect(request.getContextPath() + "/workbench/wecom/login");
            } else {
                form.commence(request, response, failure);
            }
        };
    }

    @GetMapping("/workbench/wecom/login")
    void authorize(HttpSession session, HttpServletResponse response) throws IOException {
        WxCpService service = service();
        response.sendRedirect(service.getOauth2Service().buildAuthorizationUrl(callback(), state(session), "snsapi_base"));
    }

    @GetMapping("/workbench/wecom/qr")
    void qr(HttpSession session, HttpServletResponse response) throws IOException {
        response.sendRedirect(service().buildQrConnectUrl(callback(), state(session)));
    }

    @GetMapping(CALLBACK)
    String callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
                    HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        WxCpService service = service();
        HttpSession session = request.getSession();
        Object expected = session.getAttribute(STATE);
        session.removeAttribute(STATE);
        if (code == null || code.isBlank() || expected == null || !expected.equals(state)) {
            return failed(model, response);
        }
        String userId;
        try {
            WxCpOauth2UserInfo user = service.getOauth2Service().getAuthUserInfo(code);
            userId = user.getUserId();
        } catch (WxErrorException | RuntimeException e) {
            log.warn("企业微信登录失败: {}", e.getMessage());
            return failed(model, response);
        }
        if (userId == null || userId.isBlank()) {
            return failed(model, response);
        }
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null,
                List.of(new SimpleGrantedAuthority(WorkbenchSecurity.USERID + userId))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        SavedRequest before = saved.getRequest(request, response);
        saved.removeRequest(request, response);
        return "redirect:" + (before == null ? "/workbench" : before.getRedirectUrl());
    }

    private String failed(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 401);
        return "workbench/error";
    }

    private WxCpService service() {
        WxCpService service = wecom.getIfAvailable();
        if (service == null) {
            throw new WorkbenchErrors.NotFound();
        }
        return service;
    }

    private String callback() {
        return properties.baseUrl() + CALLBACK;
    }

    private static String state(HttpSession session) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String state = HexFormat.of().formatHex(bytes);
        session.setAttribute(STATE, state);
        return state;
    }
}
