/**
 * Scheduled hall broadcasts (issue #4): {@link cn.gongkai.kiosk.broadcast.BroadcastPlanner} turns
 * schedule entries and quiet hours into plays as a pure function of (entries, clock); the play log
 * (proof of play) is kept by {@code storage.BroadcastDao}. The player that reads plays aloud
 * depends on speech and storage.
 */
package cn.gongkai.kiosk.broadcast;
