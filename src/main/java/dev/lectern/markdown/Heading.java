package dev.lectern.markdown;

/** A heading of a rendered page, for the table of contents, Q&A cards and search. */
public record Heading(int level, String text, String id, int line) {}
