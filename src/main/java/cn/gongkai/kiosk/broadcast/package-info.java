/**
 * Scheduled hall broadcasts: schedule entries to plays as a pure function of (entries, clock), and proof of play. Depends on speech and storage. Arrives with the voice issue (#4).
 */
package cn.gongkai.kiosk.broadcast;
