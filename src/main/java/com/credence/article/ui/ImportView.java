package com.credence.article.ui;

import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ArticleSummary;
import com.credence.article.DuplicateArticleException;
import com.credence.article.ImportFormat;
import com.credence.article.ImportPreview;
import com.credence.article.ImportSource;
import com.credence.base.Inputs;
import com.credence.base.InvalidInputException;
import com.credence.text.TextSpan;
import com.credence.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Import an article: paste text, upload a file or give a web address, give its metadata, check the
 * cleaned text and its sentences in the preview, leave out page furniture (proposed, struck through)
 * or any other paragraph, then save. The preview is what will be stored.
 */
@Route("articles/import")
@PageTitle("Import an article")
@Menu(title = "Import", order = 20, icon = "vaadin:upload")
@RolesAllowed({Roles.FACT_CHECKER, Roles.EDITOR, Roles.ADMIN})
class ImportView extends Main {

    private static final Map<ImportFormat, String> FORMAT_LABELS = Map.of(ImportFormat.TEXT, "Plain text",
            ImportFormat.MARKDOWN, "Markdown", ImportFormat.HTML, "HTML");

    private final ArticleImport articleImport;

    final TextArea pasted = new TextArea("Article text");
    final RadioButtonGroup<ImportFormat> format = new RadioButtonGroup<>("Format");
    final TextField title = new TextField("Title");
    final TextField outlet = new TextField("Outlet");
    final TextField url = new TextField("URL");
    final TextField byline = new TextField("Byline");
    final DatePicker publishedAt = new DatePicker("Published");
    final Button previewButton = new Button("Preview", VaadinIcon.EYE.create());
    final Button saveButton = new Button("Save article", VaadinIcon.CHECK.create());
    private static final String PASTE = "Paste the text";
    private static final String UPLOAD = "Upload a file";
    private static final String WEB = "From a web address";
    /** Paste, upload or fetch: a radio group (a tab list here read to screen readers as tabs without panels). */
    private final RadioButtonGroup<String> inputTabs = new RadioButtonGroup<>("Where the text comes from", PASTE, UPLOAD, WEB);
    final TextField address = new TextField("Web address of the article");
    private final Span uploadedName = new Span();
    private final Div previewPanel = new Div();

    private byte @Nullable [] uploadedBytes;
    private @Nullable String uploadedFilename;
    private @Nullable ImportPreview preview;
    private boolean confirmDuplicate;
    /** The page fetched for the address now in the field: previewed and saved without fetching it again. */
    private ImportSource.@Nullable WebPage fetched;
    /** The paragraphs to leave out, as chosen in the preview; null until the preview proposed them. */
    private @Nullable Set<Integer> excluded;

    ImportView(ArticleImport articleImport) {
        this.articleImport = articleImport;
        addClassNames("page", "import-view");

        pasted.setWidthFull();
        pasted.setMinHeight("14rem");
        pasted.setMaxHeight("24rem");
        pasted.setPlaceholder("Paste the article here…");
        pasted.setMaxLength((int) Math.min(Integer.MAX_VALUE, articleImport.maxSizeBytes()));
        format.setItems(ImportFormat.values());
        format.setItemLabelGenerator(FORMAT_LABELS::get);
        format.setValue(ImportFormat.TEXT);
        Div pasteTab = new Div(format, pasted);
        pasteTab.addClassName("paste-tab");

        // the size limit holds on the server: the browser's check (setMaxFileSize) is a courtesy that a
        // script can skip; the upload is read no further than the limit and refused beyond it
        UploadHandler limited = event -> {
            long max = articleImport.maxSizeBytes();
            byte[] data;
            try (java.io.InputStream in = event.getInputStream()) {
                data = event.getFileSize() > max ? null : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            }
            String name = event.getFileName();
            if (data == null || data.length > max) {
                String message = "The file is larger than the import limit of " + max / (1024 * 1024) + " MB; nothing was read.";
                event.reject(message);
                event.getUI().access(() -> error(message));
                return;
            }
            event.getUI().access(() -> {
                uploadedBytes = data;
                uploadedFilename = name;
                uploadedName.setText(name + " · " + Math.max(1, data.length / 1024) + " KB");
                invalidatePreview();
                showPreview();
            });
        };
        Upload upload = new Upload(limited);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, articleImport.maxSizeBytes()));
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> {
            uploadedBytes = null;
            uploadedFilename = null;
            uploadedName.setText("");
            invalidatePreview();
        });
        Paragraph uploadHelp = new Paragraph("Drop a .txt, .md or .html file here, or choose one. HTML is cleaned: "
                + "scripts, styles, navigation and markup are removed, paragraphs are kept. Up to "
                + articleImport.maxSizeBytes() / (1024 * 1024) + " MB.");
        uploadHelp.addClassName("help");
        uploadedName.addClassName("uploaded-name");
        Div uploadTab = new Div(uploadHelp, upload, uploadedName);
        uploadTab.addClassName("upload-tab");

        address.setWidthFull();
        address.setPlaceholder("https://");
        address.setMaxLength(2000);
        address.setId("import-address");
        address.setHelperText("Credence fetches the page, keeps the story and proposes its title, byline, outlet and date. "
                + "Pages that need JavaScript or a subscription may show little.");
        address.addValueChangeListener(e -> {
            fetched = null;
            invalidatePreview();
        });
        Div webTab = new Div(address);
        webTab.addClassName("web-tab");

        inputTabs.setValue(PASTE);
        inputTabs.addClassName("input-choice");
        uploadTab.setVisible(false);
        webTab.setVisible(false);
        inputTabs.addValueChangeListener(e -> {
            pasteTab.setVisible(PASTE.equals(e.getValue()));
            uploadTab.setVisible(UPLOAD.equals(e.getValue()));
            webTab.setVisible(WEB.equals(e.getValue()));
            invalidatePreview();
        });

        title.setRequiredIndicatorVisible(true);
        title.setHelperText("Taken from the HTML title or the first heading when left empty");
        title.setMaxLength(500);
        outlet.setMaxLength(200);
        url.setMaxLength(2000);
        url.setPlaceholder("https://");
        byline.setMaxLength(300);
        FormLayout metadata = new FormLayout(title, outlet, byline, url, publishedAt);
        metadata.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        metadata.setColspan(title, 2);
        metadata.setColspan(url, 2);

        pasted.addValueChangeListener(e -> invalidatePreview());
        format.addValueChangeListener(e -> invalidatePreview());
        previewButton.addClickListener(e -> showPreview());
        previewButton.setId("preview");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setEnabled(false);
        saveButton.setId("save-article");
        saveButton.addClickListener(e -> save());
        Div actions = new Div(previewButton, saveButton);
        actions.addClassName("import-actions");

        Div input = new Div(new H3("1. The text"), inputTabs, pasteTab, uploadTab, webTab, new H3("2. About the article"), metadata,
                actions);
        input.addClassName("import-input");
        previewPanel.addClassName("import-preview");
        previewPanel.setId("import-preview");
        previewPanel.add(emptyPreview());
        Div columns = new Div(input, previewPanel);
        columns.addClassName("import-columns");
        add(columns);
    }

    private ImportSource source() {
        if (WEB.equals(inputTabs.getValue())) {
            if (address.getValue().isBlank()) {
                throw new InvalidInputException("Give the web address of the article first.");
            }
            if (fetched == null) {
                fetched = articleImport.fetch(address.getValue());
            }
            return fetched;
        }
        if (UPLOAD.equals(inputTabs.getValue())) {
            if (uploadedBytes == null || uploadedFilename == null) {
                throw new InvalidInputException("Choose a file to upload first.");
            }
            return new ImportSource.Upload(uploadedFilename, uploadedBytes);
        }
        return ImportSource.pasted(pasted.getValue(), format.getValue() == null ? ImportFormat.TEXT : format.getValue());
    }

    private void invalidatePreview() {
        excluded = null;
        if (preview != null) {
            preview = null;
            confirmDuplicate = false;
            saveButton.setEnabled(false);
            previewPanel.removeAll();
            previewPanel.add(emptyPreview());
        }
    }

    void showPreview() {
        ImportPreview p;
        try {
            p = articleImport.preview(source(), excluded);
        } catch (InvalidInputException e) {
            error(e.getMessage());
            return;
        }
        preview = p;
        confirmDuplicate = false;
        excluded = new HashSet<>();
        p.paragraphs().stream().filter(ImportPreview.Paragraph::excluded).forEach(x -> excluded.add(x.index()));
        ArticleMetadata found = p.found();
        fillIfEmpty(title, found.title());
        fillIfEmpty(outlet, found.outlet());
        fillIfEmpty(byline, found.byline());
        fillIfEmpty(url, found.url());
        if (publishedAt.isEmpty() && found.publishedAt() != null) {
            publishedAt.setValue(found.publishedAt());
        }
        previewPanel.removeAll();
        long kept = p.paragraphs().size() - excluded.size();
        H3 heading = new H3("3. Check what will be stored");
        Span stats = new Span(p.sentences().size() + " sentences · " + kept + " paragraphs · " + p.text().length() + " characters"
                + (excluded.isEmpty() ? "" : " · " + excluded.size() + " left out"));
        stats.addClassName("preview-stats");
        stats.setId("preview-stats");
        Paragraph hint = new Paragraph("Each sentence is shaded in turn, so you can see where Credence splits them. Paragraphs "
                + "that look like page furniture (share buttons, \"Read more\", related links, copyright) are left out and "
                + "struck through; \"Keep\" puts one back, \"Leave out\" takes any other out.");
        hint.addClassName("help");
        previewPanel.add(heading, stats, hint);
        if (!p.sameText().isEmpty()) {
            previewPanel.add(duplicateWarning(p.sameText().getFirst()));
        }
        previewPanel.add(paragraphs(p));
        saveButton.setEnabled(true);
    }

    /** Every paragraph of the input: kept ones with their sentences shaded, left-out ones struck through; each with its switch. */
    private Div paragraphs(ImportPreview p) {
        Div list = new Div();
        list.addClassName("preview-paragraphs");
        list.setId("preview-paragraphs");
        int offset = 0;
        int next = 0;
        for (ImportPreview.Paragraph paragraph : p.paragraphs()) {
            Div row = new Div();
            row.addClassName("preview-paragraph");
            row.getElement().setAttribute("data-index", String.valueOf(paragraph.index()));
            String number = "paragraph " + (paragraph.index() + 1);
            Button toggle = new Button(paragraph.excluded() ? "Keep" : "Leave out");
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            toggle.addClassName("paragraph-toggle");
            toggle.setAriaLabel((paragraph.excluded() ? "Keep " : "Leave out ") + number);
            toggle.addClickListener(e -> {
                Set<Integer> chosen = excluded == null ? new HashSet<>() : excluded;
                if (!chosen.remove(paragraph.index())) {
                    chosen.add(paragraph.index());
                }
                excluded = chosen;
                showPreview();
                focusToggle(paragraph.index());
            });
            if (paragraph.excluded()) {
                row.addClassName("left-out");
                Span why = new Span(paragraph.boilerplate() == null ? "Left out by you" : "Left out: " + paragraph.boilerplate());
                why.addClassName("left-out-reason");
                Paragraph text = new Paragraph(paragraph.text());
                text.addClassName("left-out-text");
                row.add(new Div(why, toggle), text);
            } else {
                int end = offset + paragraph.text().length();
                List<TextSpan> mine = new ArrayList<>();
                while (next < p.sentences().size() && p.sentences().get(next).end() <= end) {
                    TextSpan s = p.sentences().get(next++);
                    mine.add(new TextSpan(s.start() - offset, s.end() - offset));
                }
                SentenceText text = new SentenceText(paragraph.text(), mine);
                text.addClassNames("article-body", "preview-text");
                Div head = new Div(toggle);
                if (paragraph.boilerplate() != null) {
                    Span why = new Span("Kept, though it looks like " + paragraph.boilerplate());
                    why.addClassName("left-out-reason");
                    head.addComponentAsFirst(why);
                }
                row.add(head, text);
                offset = end + 2; // the blank line between stored paragraphs
            }
            row.getChildren().findFirst().ifPresent(c -> c.addClassName("paragraph-head"));
            list.add(row);
        }
        return list;
    }

    private void focusToggle(int index) {
        getElement().executeJs("const b = this.querySelector('.preview-paragraph[data-index=\"' + $0 + '\"] .paragraph-toggle');"
                + " if (b) b.focus();", index);
    }

    private static void fillIfEmpty(TextField field, @Nullable String value) {
        if (field.isEmpty() && value != null && !value.isBlank()) {
            field.setValue(Inputs.abbreviate(value.strip(), field.getMaxLength() > 0 ? field.getMaxLength() : 500));
        }
    }

    private Div duplicateWarning(ArticleSummary existing) {
        Anchor link = new Anchor(ArticleLinks.href(existing.id()), existing.title());
        Span text = new Span("This text is already stored: ");
        Button anyway = new Button("Import a second copy anyway", e -> {
            confirmDuplicate = true;
            e.getSource().setEnabled(false);
            e.getSource().setText("A second copy will be imported");
        });
        anyway.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        anyway.setId("import-anyway");
        Div warning = new Div(VaadinIcon.WARNING.create(), new Div(new Div(text, link), anyway));
        warning.addClassName("duplicate-warning");
        warning.setId("duplicate-warning");
        return warning;
    }

    private void save() {
        if (preview == null) {
            error("Preview the article before saving it.");
            return;
        }
        ArticleMetadata meta = new ArticleMetadata(title.getValue(), outlet.getValue(), url.getValue(), byline.getValue(),
                publishedAt.getValue());
        ArticleDetail saved;
        try {
            saved = articleImport.importArticle(source(), meta, confirmDuplicate, excluded);
        } catch (DuplicateArticleException e) {
            previewPanel.getChildren().filter(c -> "duplicate-warning".equals(c.getId().orElse(null))).toList()
                    .forEach(previewPanel::remove);
            previewPanel.addComponentAtIndex(3, duplicateWarning(e.existing()));
            error(e.getMessage() + " Open it, or import a second copy anyway.");
            return;
        } catch (InvalidInputException | com.credence.base.ConflictException e) {
            error(e.getMessage());
            return;
        }
        Notification.show("Imported “" + saved.title() + "”", 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(ArticleLinks.href(saved.id()));
    }

    private static Div emptyPreview() {
        Div empty = new Div(VaadinIcon.FILE_TEXT_O.create(),
                new Paragraph("The preview shows the cleaned text exactly as it will be stored, with its sentences marked. "
                        + "Paste or upload an article, then press Preview."));
        empty.addClassName("preview-empty");
        return empty;
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
