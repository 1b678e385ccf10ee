package com.credence.tagset;

import com.credence.tagset.internal.Tag;
import com.credence.tagset.internal.TagRepository;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.Roles;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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

    /** The tag with this key, retired or not. */
    @Transactional(readOnly = true)
    public Optional<TagView> byKey(String key) {
        return tags.findByKey(key).map(this::view);
    }

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
    public TagView create(String key, String name, String colour, @Nullable String hotkey, String definition) {
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("A tag key is 2 to 40 lower-case letters, digits or '-', starting with a letter.");
        }
        if (tags.findByKey(key).isPresent()) {
            throw new InvalidInputException("There is already a tag with the key '" + key + "'.");
        }
        Tag tag = new Tag(key, "", "#888888", null, "", tags.findAll().size());
        apply(tag, name, colour, hotkey, definition);
        return view(tags.save(tag));
    }

    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public TagView update(String key, String name, String colour, @Nullable String hotkey, String definition) {
        Tag tag = find(key);
        apply(tag, name, colour, hotkey, definition);
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
    }

    private void apply(Tag tag, String name, String colour, @Nullable String hotkey, String definition) {
        String n = name.strip();
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
        String d = definition.strip();
        if (d.length() > 300) {
            throw new InvalidInputException("A definition is at most 300 characters.");
        }
        tag.update(n, colour.strip().toLowerCase(java.util.Locale.ROOT), key, d);
    }

    private Tag find(String key) {
        return tags.findByKey(key).orElseThrow(() -> new NotFoundException("No tag '" + key + "'"));
    }

    private TagView view(Tag t) {
        return new TagView(t.getKey(), t.getName(), t.getColour(), t.getHotkey(), t.getDefinition(), t.isRetired(),
                uses(t.getKey()));
    }

    private long uses(String key) {
        return usages.stream().mapToLong(u -> u.uses(key)).sum();
    }
}
