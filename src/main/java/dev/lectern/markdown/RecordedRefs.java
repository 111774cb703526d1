package dev.lectern.markdown;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Records the {@code id}, {@code href} and {@code src} of every element flexmark writes with its
 * attributes (links, images, footnotes, headings, attribute lists {@code {#id}}), as they are written:
 * registered last, it sees the attributes the others have set. ({@code PageRefs}) On a Q&amp;A page it also marks
 * them for the Review page's copy ({@link ReviewCopy}): the id left out, the link or image re-pointed.
 */
final class RecordedRefs implements AttributeProvider {
    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        PageState state = PageState.of(node.getDocument());
        if (state == null) return;
        Attribute id = attributes.get("id");
        if (id != null) state.ids.add(id.getValue());
        Attribute href = attributes.get("href");
        Attribute src = attributes.get("src");
        if (src != null && !src.getValue().equals(SafeUrls.INERT)) state.target("img", src.getValue());
        else if (href != null && !href.getValue().equals(SafeUrls.INERT)) state.target("a", href.getValue());
        if (!state.reviewing()) return;
        // the review copy leaves the id out, and re-points the link or image (ReviewCopy)
        if (id != null) attributes.replaceValue("id", state.withoutInReview("id", id.getValue()));
        if (src != null && !src.getValue().equals(SafeUrls.INERT)) {
            attributes.replaceValue("src", state.edited(src.getValue(), ReviewCopy.link("img", src.getValue(), state.page.url(), markdown(node))));
        } else if (href != null && !href.getValue().equals(SafeUrls.INERT)) {
            attributes.replaceValue("href", state.edited(href.getValue(), ReviewCopy.link("a", href.getValue(), state.page.url(), markdown(node))));
        }
    }

    /** Whether {@code node} is a Markdown link or image, checked as a {@link LinkRef} (a footnote's link is not). */
    private static boolean markdown(Node node) {
        return node instanceof com.vladsch.flexmark.ast.Link || node instanceof com.vladsch.flexmark.ast.Image
                || node instanceof com.vladsch.flexmark.ast.LinkRef || node instanceof com.vladsch.flexmark.ast.ImageRef;
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new RecordedRefs();
        }
    }
}
