package cn.duban.assistant.workbench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.conversation.Snapshot;

/** {@code /workbench/export.xlsx}: the 督查台账 as Excel, for officials only. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ExportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final WorkbenchService service;
    private final Drilldowns drilldowns;
    private final LedgerWorkbook workbook;

    ExportController(WorkbenchService service, Drilldowns drilldowns, MessageSource labels, AssistantProperties properties) {
        this.service = service;
        this.drilldowns = drilldowns;
        this.workbook = new LedgerWorkbook(labels, properties.zone());
    }

    @GetMapping(ExportLinks.EXPORT_PATH)
    ResponseEntity<byte[]> export(Authentication authentication) {
        Snapshot now = service.now();
        Viewer viewer = WorkbenchController.official(authentication, now);
        Map<String, String> names = new LinkedHashMap<>();
        now.knowledge().targets().forEach(target -> names.put(target.id(), target.name()));
        byte[] file = workbook.write(service.rows(now, viewer), drilldowns.ledger(now, viewer, null), names);
        String name = "督查台账-" + service.clock().today() + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(file);
    }
}
