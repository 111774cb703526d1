package dev.lectern.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * GitHub's image suffixes {@code #gh-dark-mode-only} and {@code #gh-light-mode-only}: the image gets
 * that class, and the page the theme's {@code compat.css}, which shows it only in the matching color
 * scheme (the reader's choice in the theme, else the system's).
 */
final class ColorSchemeImages implements AttributeProvider {
    static final String DARK = "gh-dark-mode-only";
    static final String LIGHT = "gh-light-mode-only";

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof Image image)) return;
        String url = image.getUrl().toString();
        String scheme = url.endsWith("#" + DARK) ? DARK : url.endsWith("#" + LIGHT) ? LIGHT : null;
        if (scheme == null) return;
        attributes.addValue("class", scheme);
        PageState state = PageState.of(node.getDocument());
        if (state != null) state.assets.add("css/compat.css");
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new ColorSchemeImages();
        }
    }
}
