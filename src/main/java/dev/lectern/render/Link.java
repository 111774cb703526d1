package dev.lectern.render;

/** A titled link as the templates need it: breadcrumbs, previous/next, section listings. */
public record Link(String title, String href, String description) {}
