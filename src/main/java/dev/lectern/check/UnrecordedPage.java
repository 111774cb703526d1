package dev.lectern.check;

import dev.lectern.render.OutputPage;
import java.util.ArrayList;
import java.util.List;

/**
 * The one page kind whose ids and links are not recorded while written: a generated page whose body
 * Java pieced together outside the theme's partials (the glossary and review pages, until their markup
 * is in templates). Its HTML is scanned, as the check did for every page before pages were recorded.
 */
final class UnrecordedPage {
    private UnrecordedPage() {}

    static SiteChecker.PageTargets targets(OutputPage p) {
        String html = p.html();
        HtmlScan scan = HtmlScan.of(html);
        int bodyStart = p.source() == null ? -1 : p.bodyAt();
        int bodyEnd = p.source() == null ? -1 : p.bodyAt() + p.bodyLength();
        List<String> hrefs = new ArrayList<>();
        for (HtmlScan.Ref r : scan.refs()) {
            if (bodyStart >= 0 && r.offset() >= bodyStart && r.offset() < bodyEnd) continue;
            hrefs.add(r.target());
        }
        return new SiteChecker.PageTargets(scan.ids(), hrefs);
    }
}
