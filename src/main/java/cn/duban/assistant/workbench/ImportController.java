package cn.duban.assistant.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.importing.ImportException;
import cn.duban.assistant.importing.PlanProposals;
import cn.duban.assistant.importing.TasksFile;
import cn.duban.assistant.knowledge.ReloadOutcome;
import cn.duban.assistant.vocabulary.Vocabulary;
import jakarta.servlet.http.HttpSession;

/**
 * {@code /workbench/import}, officials only: a 分工方案 uploaded is read as {@code import-plan} reads it and shown
 * against the tasks in use; a file with errors is refused, naming row and column; 确认导入 writes
 * {@code knowledge/tasks.yml} (the old one kept under a dated name) and reloads — and should the new file not load,
 * puts the old one back.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ImportController {

    private static final String PROPOSAL = "workbench.import.proposal";
    private static final String FILE_NAME = "workbench.import.file";
    private static final String BASE = "workbench.import.base";
    /** One apply at a time: the check that tasks.yml is still the one the draft was made against, and the write. */
    private static final Object APPLYING = new Object();

    private final WorkbenchService service;
    private final CurrentKnowledge current;
    private final AssistantProperties properties;
    private final Vocabulary vocabulary;

    ImportController(WorkbenchService service, CurrentKnowledge current, AssistantProperties properties, Vocabulary vocabulary) {
        this.service = service;
        this.current = current;
        this.properties = properties;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/workbench/import")
    String form(Authentication authentication, Model model) {
        model.addAttribute("viewer", WorkbenchController.official(authentication, service.now()));
        return "workbench/import";
    }

    @PostMapping("/workbench/import")
    String upload(Authentication authentication, @RequestParam("file") MultipartFile file, HttpSession session, Model model) {
        model.addAttribute("viewer", WorkbenchController.official(authentication, service.now()));
        session.removeAttribute(PROPOSAL);
        String name = file.getOriginalFilename() == null ? "" : Path.of(file.getOriginalFilename()).getFileName().toString();
        if (file.isEmpty()) {
            model.addAttribute("failure", "empty");
            return "workbench/import";
        }
        Path saved = null;
        try {
            String base = fingerprint();
            saved = save(file, name);
            PlanProposals.Proposal proposal = PlanProposals.propose(properties.knowledgeDir(), properties.roster(), vocabulary,
                    saved, service.now().knowledge().tasks());
            model.addAttribute("proposal", proposal);
            model.addAttribute("fileName", name);
            if (proposal.applicable()) {
                session.setAttribute(PROPOSAL, proposal);
                session.setAttribute(FILE_NAME, name);
                session.setAttribute(BASE, base);
            }
        } catch (ImportException e) {
            model.addAttribute("failure", "unreadable");
            model.addAttribute("detail", e.getMessage());
        } finally {
            delete(saved);
        }
        return "workbench/import";
    }

    @PostMapping("/workbench/import/apply")
    String apply(Authentication authentication, HttpSession session, Model model) {
        model.addAttribute("viewer", WorkbenchController.official(authentication, service.now()));
        if (!(session.getAttribute(PROPOSAL) instanceof PlanProposals.Proposal proposal) || !proposal.applicable()) {
            model.addAttribute("failure", "expired");
            return "workbench/import";
        }
        session.removeAttribute(PROPOSAL);
        synchronized (APPLYING) {
            if (!fingerprint().equals(session.getAttribute(BASE))) {
                model.addAttribute("failure", "stale");
                return "workbench/import";
            }
            return write(proposal, String.valueOf(session.getAttribute(FILE_NAME)), model);
        }
    }

    private String write(PlanProposals.Proposal proposal, String fileName, Model model) {
        Path knowledge = properties.knowledgeDir();
        try {
            Path backup = TasksFile.write(knowledge, TasksFile.yaml(proposal.tasks(), fileName));
            ReloadOutcome outcome = current.reload();
            if (outcome instanceof ReloadOutcome.Broken broken) {
                if (backup != null) {
                    TasksFile.restore(knowledge, backup);
                    current.reload();
                }
                model.addAttribute("failure", "broken");
                model.addAttribute("detail", broken.problem());
                return "workbench/import";
            }
            model.addAttribute("applied", proposal.tasks().size());
            model.addAttribute("backup", backup == null ? null : backup.getFileName().toString());
        } catch (ImportException e) {
            model.addAttribute("failure", "unwritable");
            model.addAttribute("detail", e.getMessage());
        }
        return "workbench/import";
    }

    /** SHA-256 of tasks.yml as it is now ("" when there is none): a draft applies only over the file it was made from. */
    private String fingerprint() {
        Path tasks = properties.knowledgeDir().resolve("tasks.yml");
        try {
            return Files.exists(tasks) ? java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(tasks))) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The upload under its own name (messages name the file the official chose) in a temporary folder under the data
     * folder; a name with no ending gets {@code .xlsx} (the reader goes by it).
     */
    private Path save(MultipartFile file, String name) {
        String safe = name.isBlank() ? "plan.xlsx" : name.contains(".") ? name : name + ".xlsx";
        safe = safe.startsWith(".") ? "plan" + safe : safe;
        try {
            Path folder = Files.createDirectories(properties.dataDir().resolve("imports"));
            Path saved = Files.createTempDirectory(folder, "plan-").resolve(safe);
            file.transferTo(saved);
            return saved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.getParent());
            }
        } catch (IOException e) {
            // a stray upload in data/imports is harmless
        }
    }
}
