/**
 * The composition root: the command line (picocli), locations of config, data and logs, and the
 * wiring of core services into the UI. The only package that knows every other one.
 */
package cn.gongkai.kiosk.app;
