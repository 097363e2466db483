/** What machines read of the public content: RSS feeds of news and tenders, and the sitemap. */
package ir.portal.web.feeds;
