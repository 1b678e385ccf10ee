package com.credence.review;

/** A reason editors give when they reject work or send it back: a short code and the words people read. */
public record ReviewReason(String code, String label, boolean retired) {
}
