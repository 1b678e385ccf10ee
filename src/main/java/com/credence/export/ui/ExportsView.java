package com.credence.export.ui;

import com.credence.annotation.AnnotationStatus;
import com.credence.article.ArticleProgress;
import com.credence.article.ArticleService;
import com.credence.base.ConflictException;
import com.credence.base.Formats;
import com.credence.base.InvalidInputException;
import com.credence.base.UserSignals;
import com.credence.export.BatchExportService;
import com.credence.export.BatchFilter;
import com.credence.export.BatchRequest;
import com.credence.export.ExportFormat;
import com.credence.export.ExportJobStatus;
import com.credence.export.ExportJobView;
import com.credence.export.ExportScope;
import com.credence.export.ExportService;
import com.credence.review.AssignmentService;
import com.credence.security.Colleague;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Batch export: choose articles by outlet, publication dates, progress, assignee and annotation
 * status, and the formats; the export runs in the background and this page follows it (a progress
 * bar per job, a notification with the download when it is ready). Jobs are kept in the database, so
 * a reload or another tab shows them as they are; they are listed until they expire.
 */
@Route(ExportsView.ROUTE)
@PageTitle("Exports")
@Menu(title = "Exports", order = 30, icon = "vaadin:download")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class ExportsView extends Main {

    static final String ROUTE = "exports";

    private final BatchExportService batch;
    private final UserSignals signals;
    private final String username;

    final ComboBox<String> outlet = new ComboBox<>("Outlet");
    final DatePicker from = new DatePicker("Published from");
    final DatePicker to = new DatePicker("Published until");
    final Select<ArticleProgress> progress = new Select<>();
    final ComboBox<String> assignee = new ComboBox<>("Assigned to");
    final Select<AnnotationStatus> status = new Select<>();
    final CheckboxGroup<ExportFormat> formats = new CheckboxGroup<>("Formats");
    final RadioButtonGroup<ExportScope> scope = new RadioButtonGroup<>("Annotations");
    final Span matching = new Span();
    final Button start = new Button("Start export");
    final Div jobs = new Div();
    private final Set<String> underWay = new HashSet<>();
    private @Nullable Runnable unsubscribe;

    ExportsView(BatchExportService batch, ExportService exports, ArticleService articles, AssignmentService assignments,
            UserSignals signals, CurrentUser currentUser) {
        this.batch = batch;
        this.signals = signals;
        this.username = currentUser.username();
        addClassNames("page", "exports-view");

        outlet.setItems(articles.outlets());
        outlet.setAllowCustomValue(true);
        outlet.addCustomValueSetListener(e -> outlet.setValue(e.getDetail()));
        outlet.setClearButtonVisible(true);
        outlet.setPlaceholder("Any outlet");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        progress.setLabel("Progress");
        progress.setItems(ArticleProgress.values());
        progress.setItemLabelGenerator(p -> p == null ? "Any" : p.label());
        progress.setEmptySelectionAllowed(true);
        progress.setEmptySelectionCaption("Any");
        assignee.setItems(assignments.candidates().stream().map(Colleague::username).toList());
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder("Anyone or no one");
        status.setLabel("With annotations");
        status.setItems(AnnotationStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        formats.setItems(exports.formats());
        formats.setItemLabelGenerator(ExportFormat::label);
        formats.select(exports.formats().stream().filter(f -> f.name().equals("pdf") || f.name().equals("jsonld")).toList());
        formats.setId("export-formats");
        scope.setItems(ExportScope.values());
        scope.setItemLabelGenerator(s -> s == ExportScope.APPROVED ? "Approved only (for publishing)" : "All, with their status");
        scope.setValue(ExportScope.APPROVED);
        matching.setId("export-matching");
        matching.getElement().setAttribute("aria-live", "polite");
        matching.addClassName("export-matching");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("start-export");
        start.addClickListener(e -> start());
        outlet.addValueChangeListener(e -> count());
        from.addValueChangeListener(e -> count());
        to.addValueChangeListener(e -> count());
        progress.addValueChangeListener(e -> count());
        assignee.addValueChangeListener(e -> count());
        status.addValueChangeListener(e -> count());

        Div filter = new Div(outlet, from, to, progress, assignee, status);
        filter.addClassName("export-filter");
        Div what = new Div(formats, scope);
        what.addClassName("export-what");
        HorizontalLayout actions = new HorizontalLayout(start, matching);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        actions.addClassName("export-actions");
        jobs.setId("export-jobs");
        jobs.addClassName("export-jobs");
        add(new H2("Batch export"), new Paragraph("Export many articles at once, as one zip with a manifest. It runs in the "
                        + "background: you can leave this page and come back; finished exports are kept for "
                        + Math.max(1, batch.keepDays()) + " days."),
                filter, what, actions, new H2("Your exports"), jobs);
        count();
        refresh();
    }

    private BatchFilter filter() {
        return new BatchFilter(outlet.getValue(), from.getValue(), to.getValue(), progress.getValue(), assignee.getValue(), status.getValue());
    }

    /** How many articles the filter finds now, or what is wrong with it. */
    private void count() {
        try {
            int n = batch.select(filter()).size();
            matching.setText(n == 0 ? "No articles match." : n > batch.maxArticles()
                    ? String.format("%,d articles match; one export takes at most %,d.", n, batch.maxArticles())
                    : String.format("%,d %s match.", n, n == 1 ? "article" : "articles"));
            start.setEnabled(n > 0 && n <= batch.maxArticles());
        } catch (InvalidInputException e) {
            matching.setText(e.getMessage());
            start.setEnabled(false);
        }
    }

    private void start() {
        try {
            ExportJobView job = batch.start(new BatchRequest(filter(), formats.getValue().stream().map(ExportFormat::name).toList(),
                    scope.getValue()));
            underWay.add(job.id());
            Notification.show("Export started: " + job.total() + (job.total() == 1 ? " article." : " articles."), 3000,
                    Notification.Position.BOTTOM_START);
        } catch (InvalidInputException | ConflictException e) {
            Notification n = Notification.show(e.getMessage(), 6000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    /** The list of my exports, read again; an export that was under way and is now ready is announced. */
    void refresh() {
        List<ExportJobView> mine = batch.mine();
        jobs.removeAll();
        if (mine.isEmpty()) {
            jobs.add(new Paragraph("No exports yet."));
        }
        for (ExportJobView job : mine) {
            jobs.add(card(job));
            if (job.status().active()) {
                underWay.add(job.id());
            } else if (underWay.remove(job.id()) && job.status() == ExportJobStatus.DONE) {
                announce(job);
            }
        }
    }

    private void announce(ExportJobView job) {
        Notification n = new Notification();
        n.setDuration(15_000);
        n.setPosition(Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        Anchor link = download(job, "Download");
        Button close = new Button("Close", e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        n.add(new HorizontalLayout(new Span("Your export of " + job.total() + (job.total() == 1 ? " article" : " articles")
                + " is ready."), link, close));
        n.getElement().setAttribute("role", "status");
        n.open();
    }

    private Div card(ExportJobView job) {
        Div card = new Div();
        card.addClassName("export-job");
        card.getElement().setAttribute("data-job", job.id());
        card.getElement().setAttribute("data-status", job.status().name());
        H3 title = new H3(job.filter().describe());
        Paragraph meta = new Paragraph(Formats.instant(job.createdAt()) + " · " + String.join(", ", job.formats()) + " · "
                + (job.scope() == ExportScope.APPROVED ? "approved only" : "all annotations") + " · "
                + job.total() + (job.total() == 1 ? " article" : " articles"));
        meta.addClassName("export-meta");
        card.add(title, meta);
        Span state = new Span(job.status().label() + (job.status().active() ? ": " + job.done() + " of " + job.total() : ""));
        state.addClassName("export-status");
        card.add(state);
        if (job.status().active()) {
            ProgressBar bar = new ProgressBar(0, 1, job.fraction());
            bar.getElement().setAttribute("aria-label", "Export of " + job.filter().describe());
            bar.getElement().setAttribute("aria-valuetext", job.done() + " of " + job.total() + " articles");
            card.add(bar);
            Button cancel = new Button("Cancel", e -> act(() -> batch.cancel(job.id())));
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            cancel.getElement().setAttribute("aria-label", "Cancel the export of " + job.filter().describe());
            card.add(cancel);
        } else {
            if (job.status() == ExportJobStatus.DONE) {
                Anchor link = download(job, "Download " + job.fileName() + " (" + Formats.bytes(job.size() == null ? 0 : job.size()) + ")");
                card.add(link);
            }
            if (job.message() != null) {
                Paragraph message = new Paragraph(job.message());
                message.addClassName("export-message");
                card.add(message);
            }
            Paragraph expiry = new Paragraph("Kept until " + Formats.instant(job.expiresAt()) + ".");
            expiry.addClassName("export-meta");
            Button remove = new Button("Remove", e -> act(() -> batch.delete(job.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", "Remove the export of " + job.filter().describe());
            card.add(expiry, remove);
        }
        return card;
    }

    private Anchor download(ExportJobView job, String text) {
        DownloadHandler handler = event -> {
            BatchExportService.Download zip = batch.download(job.id());
            event.setFileName(zip.fileName());
            event.setContentType("application/zip");
            event.setContentLength(zip.size());
            try (InputStream in = zip.content(); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
        Anchor link = new Anchor(handler, text);
        link.addClassName("export-download");
        return link;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (ConflictException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = signals.subscribe(username, () -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }
}
