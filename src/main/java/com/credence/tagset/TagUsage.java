package com.credence.tagset;

/**
 * How often a tag is used, answered by the modules that give tags to things (annotations). The tag
 * set asks before deleting a tag; it never reaches into those modules itself.
 */
public interface TagUsage {

    long uses(String tagKey);
}
