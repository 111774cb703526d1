package dev.lectern.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Plugs Lectern's node renderers and link resolver into flexmark's HTML renderer. */
final class LecternExtension implements HtmlRenderer.HtmlRendererExtension {
    private LecternExtension() {}

    static LecternExtension create() {
        return new LecternExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new LecternNodeRenderer.Factory());
        builder.linkResolverFactory(new LecternLinkResolver.Factory());
        builder.attributeProviderFactory(new ColorSchemeImages.Factory());
        builder.attributeProviderFactory(new RecordedRefs.Factory());
    }
}
