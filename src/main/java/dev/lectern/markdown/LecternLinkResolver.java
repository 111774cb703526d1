package dev.lectern.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.util.Urls;
import dev.lectern.util.Href;

/**
 * Rewrites links between pages: authors link source files ({@code ../dns/records.md#ttl}), readers
 * get the page's URL, written relative to the linking page. Every internal link is recorded with
 * its position for the check stage.
 */
final class LecternLinkResolver implements LinkResolver {
    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        PageState state = PageState.of(context.getDocument());
        if (state == null) {
            boolean image = link.getLinkType() == LinkType.IMAGE;
            return SafeUrls.isSafe(link.getUrl(), image) ? link : link.withUrl(SafeUrls.INERT);
        }
        if (link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) return link;
        String href = link.getUrl();
        boolean image = link.getLinkType() == LinkType.IMAGE;
        if (!SafeUrls.isSafe(href, image)) {
            int offset = node.getStartOffset();
            state.diagnostics.warning(state.page.displayPath(), state.lineOf(offset), state.columnOf(offset),
                    SafeUrls.warning(href, image));
            return link.withUrl(SafeUrls.INERT).withStatus(LinkStatus.VALID);
        }
        if (href.isEmpty() || Href.isExternal(href)) return link;
        // An e-mail autolink (GFM's bare address, or <me@example.com>): flexmark writes the mailto: itself.
        if (node instanceof com.vladsch.flexmark.ast.MailLink) return link;
        // A bare "www.example.com" autolink (GFM) is an external address, not a relative path.
        if (node instanceof com.vladsch.flexmark.ast.AutoLink || (href.startsWith("www.") && !href.contains(".md"))) {
            return link.withUrl("http://" + href);
        }

        String url = pageLink(href, node.getStartOffset(), state);
        return url == null ? link : link.withUrl(url).withStatus(LinkStatus.VALID);
    }

    /**
     * A relative link of the page's Markdown ({@code href} as written, unescaped, starting at {@code offset}),
     * recorded as a {@link LinkRef} with its position: the URL to write, or null to write it as it is (a
     * link within the page, outside the site or to a page not found). Also {@link SimplePage}'s links.
     */
    static String pageLink(String href, int offset, PageState state) {
        Href parsed = Href.parse(href);
        String fragment = parsed.fragment();
        String path = parsed.path();
        int line = state.lineOf(offset);
        int column = state.columnOf(offset);
        String file = state.page.displayPath();

        if (path.isEmpty()) {
            // "#anchor" on the same page
            state.links.add(new LinkRef(file, line, column, href, state.page.url(), fragment, false));
            return null;
        }
        String resolved = Urls.resolve(path.startsWith("/") ? "" : state.page.sourceFolder(), path);
        if (resolved == null) {
            state.links.add(new LinkRef(file, line, column, href, "..", fragment, false));
            return null;
        }
        String target;
        boolean isSource = resolved.toLowerCase().endsWith(".md");
        if (isSource) {
            target = state.targets.pageUrlOfSource(resolved);
            if (target == null) {
                state.links.add(new LinkRef(file, line, column, href, resolved, fragment, true));
                return null;
            }
        } else {
            target = resolved;
        }
        String url = Urls.relative(state.page.url(), target) + (fragment != null ? "#" + fragment : "");
        state.links.add(new LinkRef(file, line, column, href, target, fragment, false, url));
        return url;
    }

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new LecternLinkResolver();
        }
    }
}
