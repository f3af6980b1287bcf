package cn.duban.assistant.workbench;

import cn.duban.assistant.roster.Roster;

/**
 * 导出台账 in chat: an official gets the link to the workbench's Excel export (opened in WeChat Work's browser, where
 * he signs in), anyone else is refused. The link's base is {@code assistant.workbench.base-url}.
 */
public final class ExportLinks {

    /** The export's path under the base address. */
    public static final String EXPORT_PATH = "/workbench/export.xlsx";

    private final String baseUrl;

    /** Links under this address (e.g. {@code https://duban.example.gov.cn}). */
    public ExportLinks(String baseUrl) {
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    }

    /** What 导出台账 from this user comes to. */
    public Outcome link(Roster roster, String userId) {
        return roster.official(userId).isPresent() ? new Outcome.Link(baseUrl + EXPORT_PATH, baseUrl + "/workbench")
                : new Outcome.OfficialsOnly();
    }

    /** What 导出台账 came to, before it is worded. */
    public sealed interface Outcome {

        /** The download link and the workbench's address, for an official. */
        record Link(String export, String workbench) implements Outcome {
        }

        /** Not an official: no link. */
        record OfficialsOnly() implements Outcome {
        }
    }
}
