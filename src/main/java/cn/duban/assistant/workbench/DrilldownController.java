package cn.duban.assistant.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A target's, a task's and a unit's page, and the photos of notes (served only to those who may open the task). */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DrilldownController {

    private final WorkbenchService service;
    private final Drilldowns drilldowns;

    DrilldownController(WorkbenchService service, Drilldowns drilldowns) {
        this.service = service;
        this.drilldowns = drilldowns;
    }

    @GetMapping("/workbench/targets/{id}")
    String target(Authentication authentication, @PathVariable String id, Model model) {
        Viewer viewer = WorkbenchController.allowed(authentication, service.now());
        model.addAttribute("viewer", viewer);
        model.addAttribute("page", drilldowns.target(viewer, id).orElseThrow(WorkbenchErrors.NotFound::new));
        return "workbench/target";
    }

    @GetMapping("/workbench/tasks/{id}")
    String task(Authentication authentication, @PathVariable String id, Model model) {
        Viewer viewer = WorkbenchController.allowed(authentication, service.now());
        model.addAttribute("viewer", viewer);
        model.addAttribute("page", drilldowns.task(viewer, id).orElseThrow(WorkbenchErrors.NotFound::new));
        return "workbench/task";
    }

    @GetMapping("/workbench/units/{unit}")
    String unit(Authentication authentication, @PathVariable String unit, Model model) {
        Viewer viewer = WorkbenchController.allowed(authentication, service.now());
        model.addAttribute("viewer", viewer);
        model.addAttribute("page", drilldowns.unit(viewer, unit).orElseThrow(WorkbenchErrors.NotFound::new));
        return "workbench/unit";
    }

    @GetMapping("/workbench/photos/{note}/{k}")
    ResponseEntity<byte[]> photo(Authentication authentication, @PathVariable long note, @PathVariable int k) throws IOException {
        Viewer viewer = WorkbenchController.allowed(authentication, service.now());
        Path file = drilldowns.photo(viewer, note, k).filter(Files::isRegularFile).orElseThrow(WorkbenchErrors.NotFound::new);
        MediaType type = MediaTypeFactory.getMediaType(file.getFileName().toString()).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore()).body(Files.readAllBytes(file));
    }
}
