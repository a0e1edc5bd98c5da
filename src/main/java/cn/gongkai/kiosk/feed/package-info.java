/**
 * Content bundles in and out: reading and checking a bundle, and applying it in one transaction.
 * The embedded demo content is loaded through here; signed county feeds and USB imports (#3)
 * will be too. Depends on domain and storage.
 */
package cn.gongkai.kiosk.feed;
