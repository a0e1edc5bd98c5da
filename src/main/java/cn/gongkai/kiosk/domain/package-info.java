/**
 * What a township kiosk shows: catalog items, policies, fund disclosures, notices, the hall's
 * broadcast schedule and quiet hours, and the scope (publisher level and region code) of each.
 * Plain records with their rules; depends on nothing else in the application.
 */
package cn.gongkai.kiosk.domain;
