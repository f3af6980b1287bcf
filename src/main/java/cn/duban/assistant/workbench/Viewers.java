package cn.duban.assistant.workbench;

import org.springframework.security.core.Authentication;

import cn.duban.assistant.roster.Official;
import cn.duban.assistant.roster.Roster;

/** Who signed in, looked up in the roster in use on each request (a changed roster counts at once). */
final class Viewers {

    private Viewers() {
    }

    /** The viewer behind a sign-in: its roster UserID's role, or {@link Viewer.Role#NONE}. */
    static Viewer of(Authentication authentication, Roster roster) {
        String userId = authentication == null ? "" : authentication.getAuthorities().stream()
                .map(Object::toString).filter(a -> a.startsWith(WorkbenchSecurity.USERID))
                .map(a -> a.substring(WorkbenchSecurity.USERID.length())).findFirst().orElse("");
        if (userId.isEmpty()) {
            return new Viewer("", authentication == null ? "" : authentication.getName(), Viewer.Role.NONE, null);
        }
        var official = roster.official(userId);
        if (official.isPresent()) {
            return new Viewer(userId, official.map(Official::name).get(), Viewer.Role.OFFICIAL, null);
        }
        var reporter = roster.reporter(userId);
        return reporter.map(r -> new Viewer(userId, r.name(), Viewer.Role.REPORTER, r.unit()))
                .orElseGet(() -> new Viewer(userId, userId, Viewer.Role.NONE, null));
    }

}
