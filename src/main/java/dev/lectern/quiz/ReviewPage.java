package dev.lectern.quiz;

import static dev.lectern.util.Html.escape;

import dev.lectern.util.Urls;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.QaCards;
import dev.lectern.render.SiteGenerator;
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
 */
public final class ReviewPage implements SiteGenerator {
    public static final String URL = "review/";

    @Override
    public void generate(Context context) {
        StringBuilder cards = new StringBuilder();
        // Styles of the blocks copied into answers (a diagram, say); their scripts stay on their pages.
        Set<String> assets = new java.util.LinkedHashSet<>(List.of("css/quiz.css", "css/progress.css", "js/progress.js"));
        int count = 0;
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
            cards.append("<section class=\"review-group\" aria-labelledby=\"review-").append(escape(pageKey))
                    .append("\">\n<h2 id=\"review-").append(escape(pageKey)).append("\"><a href=\"")
                    .append(escape(Urls.relative(URL, pageUrl))).append("\">").append(escape(page.title()))
                    .append("</a></h2>\n");
            for (QaCards.Card c : list) {
                count++;
                String id = pageKey + "--" + c.headingId();
                cards.append("<article class=\"flashcard\" data-card=\"").append(escape(id)).append("\">\n")
                        .append("<h3 class=\"flashcard-q\">").append(escape(c.question())).append("</h3>\n")
                        .append("<details class=\"flashcard-answer\"><summary>Show answer</summary>\n<div class=\"flashcard-body\">")
                        .append(answer(c.answerHtml(), pageUrl, "r" + count + "-"))
                        .append("<p class=\"flashcard-source\"><a href=\"")
                        .append(escape(Urls.relative(URL, pageUrl) + "#" + c.headingId()))
                        .append("\">Read it on the page</a></p></div></details>\n")
                        .append("<div class=\"flashcard-rate\" hidden><span class=\"flashcard-ask\">Did you know it?</span>")
                        .append("<button type=\"button\" class=\"quiz-button quiz-secondary\" data-rate=\"knew\" aria-pressed=\"false\">")
                        .append("<span aria-hidden=\"true\">\u2713</span> Knew it</button>")
                        .append("<button type=\"button\" class=\"quiz-button quiz-secondary\" data-rate=\"again\" aria-pressed=\"false\">")
                        .append("<span aria-hidden=\"true\">\u21bb</span> Not yet</button></div>\n</article>\n");
            }
            cards.append("</section>\n");
        }
        // No cards, no page: the links to it are left out too (SiteView.review), and readers never see an empty one.
        if (count == 0) return;
        StringBuilder html = new StringBuilder();
        html.append("<p>Every question from the course's explainers, as flashcards. Answer in your head, open the ")
                .append("answer, then mark whether you knew it. Your marks are saved in this browser only.</p>\n");
        html.append("<div class=\"review-tools\" hidden><p class=\"review-summary\" data-review-summary aria-live=\"polite\"></p>")
                .append("<p class=\"review-filter\"><label><input type=\"checkbox\" data-review-filter> Show only cards ")
                .append("not marked \u201cknew it\u201d</label></p></div>\n");
        html.append("<div class=\"review-cards\" data-total=\"").append(count).append("\">\n").append(cards).append("</div>\n");
        context.addPage(context.renderer().renderGenerated("page.jte", Urls.outputFile(URL), URL, "Review",
                html.toString(), List.copyOf(assets), false));
    }

    /**
     * The answer as shown on the review page: links re-pointed from its page, no quizzes, no ids but
     * those of SVG symbols (a diagram's icons), which {@code <use>} needs: they get the card's
     * {@code prefix}, unique on the review page. Parts hidden until their page's script runs go too:
     * the scripts stay on their pages.
     */
    static String answer(String html, String pageUrl, String prefix) {
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
        return doc.body().html();
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
