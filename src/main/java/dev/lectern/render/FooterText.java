package dev.lectern.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.lectern.markdown.PageRefs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code footer} setting: a line of Markdown as HTML. Raw HTML is escaped; links keep only the
 * safe schemes (http, https, mailto); a link to a page's source ({@code license.md}) becomes a
 * link to the page, relative to the page the footer is on.
 */
final class FooterText {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(new MutableDataSet().set(HtmlRenderer.ESCAPE_HTML, true))
            .attributeProviderFactory(new Links.Factory()).build();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    /** The ids and link targets of each footer HTML made, recorded while it was written. */
    private static final Map<String, PageRefs> REFS = new ConcurrentHashMap<>();

    private FooterText() {}

    /** The footer's HTML on a page whose path to the site root is {@code root} ({@code ../}, or {@code /course/}). */
    static String html(String markdown, String root) {
        // Pages share a few roots (one per folder depth): each is rendered once.
        return CACHE.computeIfAbsent(root + "\n" + markdown, k -> render(markdown, root));
    }

    private static String render(String markdown, String root) {
        Document doc = PARSER.parse(markdown.strip());
        // no images in the footer
        List<Node> images = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Image || n instanceof ImageRef ref && ref.isDefined()) images.add(n);
        }
        images.forEach(Node::unlink);
        Links links = new Links(root);
        Links.KEY.set(doc, links);
        String out = RENDERER.render(doc).strip();
        // One paragraph: its content, to sit inside the footer's own paragraph.
        if (onlyParagraph(doc) && out.startsWith("<p>") && out.endsWith("</p>")) {
            out = out.substring("<p>".length(), out.length() - "</p>".length());
        }
        REFS.put(out, new PageRefs(Set.of(), links.targets));
        return out;
    }

    /**
     * Whether the only block that shows is one paragraph (reference definitions show nothing; an HTML block
     * is written escaped, as a paragraph).
     */
    private static boolean onlyParagraph(Document doc) {
        int paragraphs = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph || n instanceof HtmlBlock) paragraphs++;
            else if (!(n instanceof Reference) && !(n instanceof BlankLine)) return false;
        }
        return paragraphs == 1;
    }

    /**
     * The links of one footer as they are written: the safe schemes (http, https, mailto) and fragments
     * kept, other schemes and absolute paths unlinked, a path to a page's source made a link to the page
     * from the page the footer is on ({@code root}); each href written is recorded.
     */
    private static final class Links {
        static final NullableDataKey<Links> KEY = new NullableDataKey<>("LECTERN_FOOTER_LINKS", (Links) null);

        final String root;
        final List<PageRefs.Target> targets = new ArrayList<>();

        Links(String root) {
            this.root = root;
        }

        void write(MutableAttributes attributes) {
            Attribute attribute = attributes.get("href");
            if (attribute == null) return;
            String href = attribute.getValue().strip();
            String lower = href.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                    || href.startsWith("#"))) {
                if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || href.startsWith("//") || href.startsWith("/")) {
                    attributes.remove("href");
                    return;
                }
                href = root + pageUrl(href);
            }
            attributes.replaceValue("href", href);
            targets.add(new PageRefs.Target("a", href, -1));
        }

        /** Hands flexmark's attributes of each link to the {@link Links} of the footer being written. */
        static final class Factory extends IndependentAttributeProviderFactory {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                    Links links = KEY.get(node.getDocument());
                    if (links != null) links.write(attributes);
                };
            }
        }
    }

    /** The ids and link targets of footer HTML this class made, or null. */
    static PageRefs refs(String html) {
        return REFS.get(html);
    }

    /** {@code a/b.md#x} to {@code a/b/#x}, {@code a/index.md} to {@code a/}; other paths as they are. */
    static String pageUrl(String href) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        if (path.endsWith(".md")) {
            path = path.substring(0, path.length() - 3);
            if (path.equals("index") || path.equals("README")) path = "";
            else if (path.endsWith("/index") || path.endsWith("/README")) path = path.substring(0, path.lastIndexOf('/') + 1);
            else path = path + "/";
        }
        return path + fragment;
    }
}
