/**
 * The SQLite database: connections with WAL and synchronous=FULL, numbered migrations, and small
 * DAOs that read content limited to the kiosk's area. Depends on domain only.
 */
package cn.gongkai.kiosk.storage;
