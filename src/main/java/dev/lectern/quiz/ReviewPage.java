package dev.lectern.quiz;

import dev.lectern.util.Urls;
import dev.lectern.markdown.PageRefs;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.QaCards;
import dev.lectern.render.SiteGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The course's "Review" page ({@code review/}): every question heading of every Q&amp;A page as a
 * flashcard. The answer opens on request; "knew it / not yet" is saved in this browser by
 * {@code progress.js}. Answers are copied from their pages with links re-pointed and ids removed.
 * A course without questions has no Review page; a Q&amp;A page that asks none gets a warning.
 * This class makes the {@link View}; the theme's {@code partials/review.jte} makes the markup.
 */
public final class ReviewPage implements SiteGenerator {
    public static final String URL = "review/";
    public static final String TEMPLATE = "partials/review.jte";

    @Override
    public void generate(Context context) {
        List<Group> groups = new ArrayList<>();
        // Styles of the blocks copied into answers (a diagram, say); their scripts stay on their pages.
        Set<String> assets = new java.util.LinkedHashSet<>(List.of("css/quiz.css", "css/progress.css", "js/progress.js"));
        int count = 0;
        // each answer's ids and link targets, by its HTML, which the partial writes as it is
        java.util.Map<String, PageRefs> answers = new java.util.HashMap<>();
        for (RenderedPage page : context.pages()) {
            if (!"qa".equals(page.source().layout())) continue;
            List<QaCards.Card> list = QaCards.cards(page);
            if (list.isEmpty()) {
                context.diagnostics().warning(page.source().displayPath(), 1, 1, "this `layout: qa` page asks no question: "
                        + "each `## ` heading that ends in \"?\" becomes a question card here and on the Review page");
                continue;
            }
            page.assets().stream().filter(a -> a.endsWith(".css")).forEach(assets::add);
            String pageUrl = page.source().url();
            String pageKey = Urls.pageKey(pageUrl);
            String href = Urls.relative(URL, pageUrl);
            List<Card> cards = new ArrayList<>();
            for (QaCards.Card c : list) {
                count++;
                Answer a = made(c.answerHtml(), pageUrl, "r" + count + "-");
                answers.put(a.html(), a.refs());
                cards.add(new Card(pageKey + "--" + c.headingId(), c.question(), a.html(), href + "#" + c.headingId()));
            }
            groups.add(new Group(pageKey, href, page.title(), List.copyOf(cards)));
        }
        // No cards, no page: the links to it are left out too (SiteView.review), and readers never see an empty one.
        if (count == 0) return;
        String html = context.renderer().renderPartial(TEMPLATE, new View(List.copyOf(groups)), answers::get);
        String title = context.renderer().title("review");
        context.addPage(context.renderer().renderGenerated("page.jte", Urls.outputFile(URL), URL, title,
                html, List.copyOf(assets), false));
    }

    /** The page's data for the theme's {@code partials/review.jte}: the Q&amp;A pages' cards, in course order. */
    public record View(List<Group> groups) {
        public int cards() {
            return groups.stream().mapToInt(g -> g.cards().size()).sum();
        }
    }

    /**
     * The cards of one Q&amp;A page: its key (unique in the site), its {@code href} relative to the review
     * page, and its title.
     */
    public record Group(String key, String href, String title, List<Card> cards) {}

    /**
     * One flashcard: its key in saved progress, the question as plain text, the answer's HTML (written as
     * it is; see {@link #answer}), and the link to the question on its page.
     */
    public record Card(String id, String question, String answerHtml, String href) {}

    /**
     * The answer as shown on the review page: links re-pointed from its page, no quizzes, no ids but
     * those of SVG symbols (a diagram's icons), which {@code <use>} needs: they get the card's
     * {@code prefix}, unique on the review page. Parts hidden until their page's script runs go too:
     * the scripts stay on their pages.
     */
    static String answer(String html, String pageUrl, String prefix) {
        return made(html, pageUrl, prefix).html();
    }

    /** An answer as the review page shows it, with the ids it defines and its link targets, in order. */
    record Answer(String html, PageRefs refs) {}

    /** The answer as {@link #answer} makes it, with its records. */
    static Answer made(String html, String pageUrl, String prefix) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        doc.select("form.quiz, script, .heading-anchor, [hidden]").remove();
        for (Element e : doc.select("[id]")) {
            if (e.tagName().equals("symbol")) e.attr("id", prefix + e.id()); else e.removeAttr("id");
        }
        for (Element u : doc.select("use[href^=#]")) u.attr("href", "#" + prefix + u.attr("href").substring(1));
        for (Element e : doc.select("[aria-labelledby], [aria-describedby], [aria-controls]")) {
            e.removeAttr("aria-labelledby").removeAttr("aria-describedby").removeAttr("aria-controls");
        }
        for (Element a : doc.select("a[href]")) a.attr("href", repoint(a.attr("href"), pageUrl));
        for (Element img : doc.select("img[src]")) img.attr("src", repoint(img.attr("src"), pageUrl));
        // the ids and link targets the answer holds, handed with it to the page's records
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Element e : doc.body().select("[id]")) ids.add(e.id());
        List<PageRefs.Target> links = new ArrayList<>();
        for (Element e : doc.body().select("a[href], link[href], script[src], img[src]")) {
            String tag = e.tagName();
            links.add(new PageRefs.Target(tag, e.attr(tag.equals("a") || tag.equals("link") ? "href" : "src"), -1));
        }
        return new Answer(doc.body().html(), new PageRefs(ids, links));
    }

    static String repoint(String href, String pageUrl) {
        if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || href.startsWith("//") || href.startsWith("/")) return href;
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        String folder = pageUrl.replaceAll("/+$", "");
        String target = path.isEmpty() ? pageUrl : Urls.resolve(folder, path);
        if (target == null) return href;
        return Urls.relative(URL, target) + fragment;
    }
}
