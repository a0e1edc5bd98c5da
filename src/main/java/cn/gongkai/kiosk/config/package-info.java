/** The kiosk's configuration (kiosk-config/kiosk.json), read and validated. Depends on domain. */
package cn.gongkai.kiosk.config;
