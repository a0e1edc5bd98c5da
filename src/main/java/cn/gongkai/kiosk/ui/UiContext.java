package cn.gongkai.kiosk.ui;

import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.storage.CatalogDao;
import cn.gongkai.kiosk.storage.ContentStore;
import cn.gongkai.kiosk.storage.FundDao;
import cn.gongkai.kiosk.storage.NoticeDao;
import cn.gongkai.kiosk.storage.PolicyDao;
import java.time.Clock;

/**
 * What the screens need from the core, handed in by the composition root (app). The UI reaches
 * the core only through this, never through globals.
 */
public record UiContext(KioskConfig config, CatalogDao catalog, PolicyDao policies, FundDao funds,
                        NoticeDao notices, ContentStore content, Clock clock, Async async) { }
