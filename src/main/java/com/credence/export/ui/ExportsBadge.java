package com.credence.export.ui;

import com.credence.base.NavigationBadge;
import com.credence.export.BatchExportService;
import com.credence.export.ExportJobView;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Beside "Exports": how many of my batch exports are under way (the page itself tells when one is ready). */
@Component
class ExportsBadge implements NavigationBadge {

    private final BatchExportService batch;
    private final CurrentUser currentUser;

    ExportsBadge(BatchExportService batch, CurrentUser currentUser) {
        this.batch = batch;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return ExportsView.ROUTE;
    }

    @Override
    public Optional<Badge> badge() {
        if (!currentUser.hasRole(Roles.EDITOR) && !currentUser.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        List<ExportJobView> mine = batch.mine();
        long running = mine.stream().filter(j -> j.status().active()).count();
        if (running == 0) {
            return Optional.empty();
        }
        return Optional.of(new Badge(running + " running", running + (running == 1 ? " export" : " exports") + " under way"));
    }
}
