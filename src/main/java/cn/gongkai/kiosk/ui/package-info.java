/**
 * The full-screen JavaFX touch UI: shell, navigation, theme and screens. Depends on the core
 * packages through {@link cn.gongkai.kiosk.ui.UiContext}; nothing in the core depends on it.
 */
package cn.gongkai.kiosk.ui;
