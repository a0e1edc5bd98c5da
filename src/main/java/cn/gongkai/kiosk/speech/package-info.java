/**
 * Mandarin read-aloud: the Chinese text front end, speech engines (recorded audio, eSpeak NG, FreeTTS) and the player. Depends on domain only. Arrives with the voice issue (#4).
 */
package cn.gongkai.kiosk.speech;
