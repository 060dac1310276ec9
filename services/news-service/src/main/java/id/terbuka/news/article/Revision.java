package id.terbuka.news.article;

import java.time.Instant;

/**
 * One kept version of an article's text. Revision 1 is the operator's first draft; every later edit, by the operator
 * or by an editor during review, adds one. Nothing is ever overwritten.
 *
 * @param byEditor whether an editor made this revision in place during review
 */
public record Revision(int number, Instant at, String by, boolean byEditor, ArticleContent content,
                       String bodyHtml) {
}
