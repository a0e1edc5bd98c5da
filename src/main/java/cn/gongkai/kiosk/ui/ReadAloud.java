package cn.gongkai.kiosk.ui;

import java.util.Optional;

/**
 * What a screen offers to read aloud: the text, and the record whose county recording to prefer.
 *
 * @param recordId the record shown (catalog item, policy, fund or notice id)
 */
public record ReadAloud(Optional<String> recordId, String text) { }
