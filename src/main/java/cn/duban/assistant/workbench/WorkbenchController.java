package cn.duban.assistant.workbench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.duban.assistant.conversation.Snapshot;

/** The login page, the overview and the digest's chart. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WorkbenchController {

    private final WorkbenchService service;
    private final WorkbenchProperties properties;
    private final WeComLogin wecom;

    WorkbenchController(WorkbenchService service, WorkbenchProperties properties, WeComLogin wecom) {
        this.service = service;
        this.properties = properties;
        this.wecom = wecom;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("localAccounts", !properties.users().isEmpty());
        model.addAttribute("qrLogin", wecom.available() ? "/workbench/wecom/qr" : null);
        return "workbench/login";
    }

    @GetMapping("/workbench")
    String overview(Authentication authentication, Model model, @RequestParam(required = false) String unit,
                    @RequestParam(required = false) String light, @RequestParam(required = false) String section) {
        Snapshot now = service.now();
        Viewer viewer = allowed(authentication, now);
        model.addAttribute("viewer", viewer);
        model.addAttribute("overview", service.overview(viewer, unit, light, section));
        model.addAttribute("lights", WorkbenchService.lights());
        return "workbench/overview";
    }

    /** The digest's chart, as the digest draws it (county lines only, so reporters see it too). */
    @GetMapping("/workbench/chart.png")
    ResponseEntity<byte[]> chart(Authentication authentication) {
        Snapshot now = service.now();
        allowed(authentication, now);
        byte[] png = now.digest().chart(now.wording().digestWriter());
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }

    /** The viewer, when the roster knows him; otherwise the 403 page. */
    static Viewer allowed(Authentication authentication, Snapshot now) {
        Viewer viewer = Viewers.of(authentication, now.roster());
        if (viewer.role() == Viewer.Role.NONE) {
            throw new WorkbenchErrors.Forbidden();
        }
        return viewer;
    }

    /** The viewer, when he is an official; otherwise the 403 page. */
    static Viewer official(Authentication authentication, Snapshot now) {
        Viewer viewer = allowed(authentication, now);
        if (!viewer.official()) {
            throw new WorkbenchErrors.Forbidden(true);
        }
        return viewer;
    }
}
