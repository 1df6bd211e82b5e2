/**
 * Which app type of the 2021 necessary-scope rules a policy reads as, from the words for
 * its functions (导航, 叫车, 外卖…), counted in the text, the policy's own name counting
 * triple. The words are ours (the rules name the types, not their vocabulary); the reader
 * sees the words that decided and can pick another type in the popup. No type is given
 * when no type has at least MIN_SCORE, or when two types tie.
 */
const KEYWORDS: Readonly<Record<string, RegExp>> = {
  'map-navigation': /导航|導航|地图|地圖|路线规划|路線規劃|\bnavigation\b|\bmaps?\b/gi,
  'ride-hailing': /网约车|網約車|打车|叫车|叫車|用车|用車|出行|乘客|车主|車主|司机|司機|派单|\bride[- ]hailing\b|\bdrivers?\b|\bpassengers?\b/gi,
  'instant-messaging': /即时通讯|即時通訊|即时通信|聊天|好友|群聊|消息收发|\bmessaging\b|\bchat\b/gi,
  'online-community': /社区|社區|论坛|論壇|帖子|发帖|發帖|动态|\bcommunity\b|\bforum\b|\bposts?\b/gi,
  'online-payment': /网络支付|網絡支付|钱包|錢包|转账|轉帳|收付款|\bpayments? (?:app|service)\b|\bwallet\b/gi,
  'online-shopping': /购物|購物|商品|下单|下單|订单|訂單|收货|收貨|购物车|\bshopping\b|\border\b|\bcheckout\b/gi,
  'food-delivery': /外卖|外賣|餐饮|餐飲|点餐|點餐|骑手|騎手|\bfood delivery\b|\brestaurants?\b/gi,
  'postal-express': /快递|快遞|寄件|收件|包裹|物流|\bparcels?\b|\bcourier\b/gi,
  'transport-ticketing': /火车票|機票|机票|车票|車票|航班|乘车人|\btickets?\b|\bflights?\b/gi,
  dating: /婚恋|婚戀|相亲|相親|交友|\bdating\b|\bmatchmaking\b/gi,
  'job-recruitment': /招聘|求职|求職|简历|簡歷|职位|職位|\bjobs?\b|\brecruit|\bresumes?\b/gi,
  'online-lending': /借款|贷款|貸款|借贷|借貸|授信|还款|還款|\bloans?\b|\blending\b/gi,
  'housing-rental-sale': /租房|房源|租赁|租賃|二手房|买房|\brentals?\b|\bhousing\b/gi,
  'used-car-trading': /二手车|二手車|车辆估价|\bused cars?\b/gi,
  'medical-consultation': /问诊|問診|挂号|掛號|医生|醫生|就诊|就診|\bdoctors?\b|\bconsultations?\b|\bclinics?\b/gi,
  'travel-services': /旅游|旅遊|旅行|景区|景區|行程|\btravel\b|\btours?\b/gi,
  'hotel-booking': /酒店|入住|住宿|民宿|\bhotels?\b|\bbookings?\b/gi,
  'online-games': /游戏|遊戲|玩家|防沉迷|\bgames?\b|\bplayers?\b/gi,
  education: /学习|學習|课程|課程|教育|学生|學生|老师|老師|\bcourses?\b|\blearning\b|\bstudents?\b/gi,
  'local-services': /本地生活|团购|團購|到店|家政|\blocal services\b/gi,
  'womens-health': /经期|經期|月经|月經|孕期|备孕|\bperiod tracking\b|\bmenstrua/gi,
  'vehicle-services': /停车|停車|充电桩|充電樁|车辆|車輛|违章|違章|\bparking\b|\bcharging\b|\bvehicles?\b/gi,
  investment: /理财|理財|基金|股票|证券|證券|投资|投資|\binvest|\bfunds?\b|\bstocks?\b/gi,
  'mobile-banking': /手机银行|手機銀行|网上银行|網上銀行|\bmobile banking\b|\bonline banking\b/gi,
  'email-cloud-storage': /邮箱|郵箱|网盘|網盤|云盘|雲盤|云存储|\bemail service\b|\bcloud storage\b/gi,
  'remote-meetings': /会议|會議|视频会议|視訊會議|\bmeetings?\b|\bvideo conferenc/gi,
  'live-streaming': /直播|主播|打赏|打賞|\blive ?stream/gi,
  'online-audio-video': /音乐|音樂|影视|影視|播放|听书|聽書|\bmusic\b|\bvideos?\b|\bpodcasts?\b/gi,
  'short-video': /短视频|短視頻|短影音|\bshort videos?\b/gi,
  news: /新闻|新聞|资讯|資訊|头条|頭條|\bnews\b|\barticles?\b/gi,
  fitness: /运动|運動|健身|跑步|步数|步數|\bworkouts?\b|\bfitness\b|\bexercise\b|\bruns?\b/gi,
  browser: /浏览器|瀏覽器|\bbrowser\b/gi,
  'input-method': /输入法|輸入法|键盘|鍵盤|\bkeyboard\b|\binput method\b/gi,
  'security-management': /杀毒|殺毒|病毒|清理|安全管家|\bantivirus\b|\bcleaner\b/gi,
  'e-books': /电子书|電子書|阅读器|閱讀器|小说|小說|书架|\be-?books?\b|\breader app\b/gi,
  'photo-beautification': /美颜|美顏|修图|修圖|滤镜|濾鏡|相机|相機|\bphoto edit|\bfilters?\b|\bcamera app\b/gi,
  'app-store': /应用商店|應用商店|应用市场|應用市場|\bapp store\b/gi,
  'utility-tools': /日历|日曆|天气|天氣|计算器|計算器|手电筒|闹钟|鬧鐘|\bcalculator\b|\bweather\b|\bflashlight\b/gi,
  'performance-ticketing': /演出|演唱会|演唱會|门票|門票|票务|票務|\bconcerts?\b|\bshows?\b/gi,
};

/** Fewest weighted hits for a type to be proposed. */
const MIN_SCORE = 6;

export interface AppTypeGuess {
  type: string;
  /** The words that decided, most frequent first (at most 5), with their counts. */
  evidence: string[];
}

/** The app type ids this module has words for (tests check they are the table's ids). */
export const APP_TYPE_IDS: readonly string[] = Object.keys(KEYWORDS);

/** The app type a policy reads as, among `types` (ids of the necessary-scope table). */
export function inferAppType(text: string, name: string, types: readonly string[] = APP_TYPE_IDS): AppTypeGuess | undefined {
  const sample = text.slice(0, 120_000);
  const scored: Array<{ type: string; score: number; words: Map<string, number> }> = [];
  for (const type of types) {
    const re = KEYWORDS[type];
    if (!re) continue;
    const words = new Map<string, number>();
    let score = 0;
    for (const m of sample.matchAll(re)) {
      const w = m[0].toLowerCase();
      words.set(w, (words.get(w) ?? 0) + 1);
      score++;
    }
    for (const m of name.matchAll(re)) {
      const w = m[0].toLowerCase();
      words.set(w, (words.get(w) ?? 0) + 3);
      score += 3 * 5;
    }
    if (score) scored.push({ type, score, words });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < MIN_SCORE || (scored[1] && scored[1].score === best.score)) return undefined;
  const evidence = [...best.words.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([w, n]) => `${w} ×${n}`);
  return { type: best.type, evidence };
}
