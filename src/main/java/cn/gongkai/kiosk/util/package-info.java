/** Small helpers shared by core packages (strict JSON parsing). Depends on no other package of the application. */
package cn.gongkai.kiosk.util;
