/**
 * County side of the feed: reads the county's inputs (catalog CSV tables, content folder) and
 * publishes a signed feed. Depends on domain, feed, util; nothing on the kiosk side depends on it.
 */
package cn.gongkai.kiosk.feed.publish;
