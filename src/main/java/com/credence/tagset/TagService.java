package com.credence.tagset;

import com.credence.tagset.internal.Tag;
import com.credence.tagset.internal.TagRepository;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.Roles;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tag set. Everyone reads it; editors change it. A tag in use cannot be deleted, only retired:
 * a retired tag stays on the annotations that have it but cannot be given to new ones.
 */
@Service
@PreAuthorize(Roles.ANY_USER)
public class TagService {

    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final TagRepository tags;
    private final List<TagUsage> usages;

    TagService(TagRepository tags, List<TagUsage> usages) {
        this.tags = tags;
        this.usages = List.copyOf(usages);
    }

    /**
     * The tag with this key, retired or not, without its use count (-1: counting would read every annotation
     * with the tag; all() counts). Every annotation write looks its tag up here, so the tag set is kept in
     * memory: read again after a change to it on this instance commits, and at least every
     * {@link #FRESH_FOR} for changes made on another instance.
     */
    public Optional<TagView> byKey(String key) {
        Known k = known;
        if (k == null || System.nanoTime() - k.readAt() > FRESH_FOR.toNanos()) {
            k = read();
        }
        return Optional.ofNullable(k.byKey().get(key));
    }

    /** How long a tag set read for {@link #byKey} is used before it is read again (changes on this instance: at once). */
    static final java.time.Duration FRESH_FOR = java.time.Duration.ofSeconds(2);

    private record Known(java.util.Map<String, TagView> byKey, long readAt) {
    }

    private volatile @org.jspecify.annotations.Nullable Known known;
    /** Counts the changes made here: a read that began before one is not kept, as it may have missed it. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    private Known read() {
        long changesBefore = changes.get();
        long at = System.nanoTime();
        java.util.Map<String, TagView> all = new java.util.HashMap<>();
        for (Tag t : tags.findAll()) {
            all.put(t.getKey(), view(t, NOT_COUNTED));
        }
        Known k = new Known(java.util.Map.copyOf(all), at);
        if (changes.get() == changesBefore) {
            known = k;
        }
        return k;
    }

    /**
     * Drops the tag set kept for {@link #byKey}: now, and again once this change's transaction has ended,
     * committed or rolled back (a set read inside it may hold what a rollback took back).
     */
    private void changed() {
        changes.incrementAndGet();
        known = null;
        com.credence.base.AfterCommit.whenEnded(() -> {
            changes.incrementAndGet();
            known = null;
        });
    }

    /** {@link TagView#inUse()} of a tag looked up by key: not counted. */
    public static final long NOT_COUNTED = -1;

    /** Every tag, retired ones included, in their order. */
    @Transactional(readOnly = true)
    public List<TagView> all() {
        return tags.findAllByOrderByPositionAscIdAsc().stream().map(this::view).toList();
    }

    /** The tags that can be given to new annotations. */
    @Transactional(readOnly = true)
    public List<TagView> active() {
        return all().stream().filter(t -> !t.retired()).toList();
    }

    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public TagView create(String key, TagDraft draft) {
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("A tag key is 2 to 40 lower-case letters, digits or '-', starting with a letter.");
        }
        if (tags.findByKey(key).isPresent()) {
            throw new InvalidInputException("There is already a tag with the key '" + key + "'.");
        }
        List<Tag> all = tags.findAll();
        Tag tag = new Tag(key, "", "#888888", null, "", all.size());
        TagLine line = draft.line() != null ? draft.line() : freeLine(all);
        apply(tag, new TagDraft(draft.name(), draft.colour(), line, draft.hotkey(), draft.definition()));
        changed();
        return view(tags.save(tag));
    }

    /** The line a new tag gets unless the editor picks one: see {@link #freeLine(List)}. */
    @Transactional(readOnly = true)
    public TagLine freeLine() {
        return freeLine(tags.findAll());
    }

    /** The first line no active tag has, so that a new tag is told apart without colour from the start; else each in turn. */
    private static TagLine freeLine(List<Tag> all) {
        Set<String> taken = all.stream().filter(t -> !t.isRetired()).map(Tag::getLine).collect(Collectors.toSet());
        return Arrays.stream(TagLine.values()).filter(l -> !taken.contains(l.css())).findFirst().orElse(TagLine.inTurn(all.size()));
    }

    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public TagView update(String key, TagDraft draft) {
        Tag tag = find(key);
        apply(tag, draft.line() == null ? new TagDraft(draft.name(), draft.colour(), TagLine.of(tag.getLine()), draft.hotkey(),
                draft.definition()) : draft);
        changed();
        return view(tag);
    }

    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public TagView setRetired(String key, boolean retired) {
        Tag tag = find(key);
        if (!retired && tag.getHotkey() != null && tags.existsByHotkeyAndRetiredFalseAndKeyNot(tag.getHotkey(), key)) {
            throw new InvalidInputException("Another tag uses the hotkey " + tag.getHotkey() + "; change one of them first.");
        }
        tag.setRetired(retired);
        changed();
        return view(tag);
    }

    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public void delete(String key) {
        Tag tag = find(key);
        long used = uses(key);
        if (used > 0) {
            throw new InvalidInputException("The tag '" + tag.getName() + "' is used by " + used
                    + (used == 1 ? " annotation" : " annotations") + ": retire it instead of deleting it.");
        }
        tags.delete(tag);
        changed();
    }

    private void apply(Tag tag, TagDraft draft) {
        String n = draft.name().strip();
        String colour = draft.colour();
        String hotkey = draft.hotkey();
        if (n.isEmpty() || n.length() > 60) {
            throw new InvalidInputException("A tag name is 1 to 60 characters.");
        }
        if (!COLOUR.matcher(colour.strip()).matches()) {
            throw new InvalidInputException("A tag colour is written like #3b6fd8.");
        }
        String key = hotkey == null || hotkey.isBlank() ? null : hotkey.strip();
        if (key != null && !key.matches("[1-9]")) {
            throw new InvalidInputException("A hotkey is a single digit from 1 to 9 (letters are taken by other shortcuts).");
        }
        if (key != null && !tag.isRetired() && tags.existsByHotkeyAndRetiredFalseAndKeyNot(key, tag.getKey())) {
            throw new InvalidInputException("The hotkey " + key + " is taken by another tag.");
        }
        String d = draft.definition().strip();
        if (d.length() > 300) {
            throw new InvalidInputException("A definition is at most 300 characters.");
        }
        TagLine line = Objects.requireNonNull(draft.line());
        tag.update(n, colour.strip().toLowerCase(Locale.ROOT), line.css(), key, d);
    }

    private Tag find(String key) {
        return tags.findByKey(key).orElseThrow(() -> new NotFoundException("No tag '" + key + "'"));
    }

    private TagView view(Tag t) {
        return view(t, uses(t.getKey()));
    }

    private static TagView view(Tag t, long inUse) {
        return new TagView(t.getKey(), t.getName(), t.getColour(), TagLine.of(t.getLine()), t.getHotkey(), t.getDefinition(), t.isRetired(),
                inUse);
    }

    private long uses(String key) {
        return usages.stream().mapToLong(u -> u.uses(key)).sum();
    }
}
