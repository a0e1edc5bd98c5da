package cn.gongkai.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinDictionaryTest {
    @Test
    void commonWordsAndCharactersByPinyinMostFrequentFirst() {
        assertThat(PinyinDictionary.candidates("tongzhi", 10)).contains("通知", "同志");
        assertThat(PinyinDictionary.candidates("tongz", 20)).contains("通知");
        assertThat(PinyinDictionary.candidates("cunmin", 10)).contains("村民");
        assertThat(PinyinDictionary.candidates("huiyi", 10)).contains("会议");
        assertThat(PinyinDictionary.candidates("de", 5)).first().isEqualTo("的");
        assertThat(PinyinDictionary.candidates("shi", 80)).contains("是", "十", "时");
        assertThat(PinyinDictionary.candidates("", 5)).isEmpty();
        assertThat(PinyinDictionary.candidates("ｔｏｎｇ", 5)).isNotEmpty();
        assertThat(PinyinDictionary.candidates("xqzv", 5)).isEmpty();
        assertThat(PinyinDictionary.candidates("tong", 4)).hasSize(4);
    }
}
