/**
 * Search villagers can use: FTS5 index, pinyin and initials, ranking. Depends on storage and domain. Arrives with the search issue (#5).
 */
package cn.gongkai.kiosk.search;
