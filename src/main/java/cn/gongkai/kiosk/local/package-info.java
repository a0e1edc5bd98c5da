/**
 * Township staff on the kiosk itself: accounts with PINs (salted PBKDF2 hashes, a pad that locks
 * after five wrong PINs, across restarts), sessions that end after two minutes without a touch,
 * and local content: township and village records published, withdrawn and restored as
 * revisions with who and when, an audit log. Over storage; no sync or import touches it.
 */
package cn.gongkai.kiosk.local;
