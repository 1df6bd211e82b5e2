import type { Category } from '../lexicon/types';
import type { DataType, Practice as StoryTag, Sector, StoryKind } from './schema';

/**
 * Words on a page that say which sector it is about. Matched as substrings of the
 * lower-cased query text (finding sentences and page title); Traditional forms listed
 * where they differ.
 */
export const SECTOR_CUES: Partial<Record<Sector, readonly string[]>> = {
  real_estate: ['售楼处', '售楼部', '售楼中心', '楼盘', '房企', '房地产', '开发商', '售樓處', '售樓部', '樓盤', '房地產', 'sales office', 'property developer', 'real estate'],
  property_management: ['小区', '物业', '门禁', '业主', '单元门', '社区', '屋苑', '管理处', '住户', 'residential', 'apartment building', 'landlord', 'tenant'],
  retail: ['门店', '商场', '超市', '超商', '专卖店', '4s店', '卖场', '便利店', '門市', '商場', '超市', 'store', 'shop', 'supermarket', 'retail', 'mall'],
  app: ['app', 'sdk', '应用程序', '小程序', '移动应用', '應用程式', 'application', 'mobile app'],
  school: ['学校', '校园', '学生', '教室', '學校', '校園', '學生', 'school', 'student', 'classroom', 'campus'],
  venue: ['景区', '动物园', '球场', '健身房', '体育馆', '游乐园', '公园', '景區', '動物園', '球場', '健身', 'stadium', 'gym', 'zoo', 'park', 'arena', 'venue'],
  workplace: ['考勤', '员工', '打卡', '雇主', '員工', '僱主', 'employee', 'employer', 'attendance', 'workplace', 'staff'],
  finance: ['银行', '金融', '支付', '贷款', '銀行', '貸款', 'bank', 'payment', 'loan', 'fintech'],
  transport: ['打车', '网约车', '出行', '地铁', '捷运', '机场', '車站', '地鐵', '機場', 'ride-hailing', 'airport', 'subway', 'metro'],
  healthcare: ['医院', '诊所', '健康', '醫院', '診所', 'hospital', 'clinic', 'health'],
  social_media: ['社交', '社群', '短视频', '直播', 'facebook', 'tiktok', 'instagram', 'social media', 'social network'],
  government: ['政府', '公安', '警方', 'police', 'government'],
};

/** The data types a finding category stands for, for the category boost. */
export const CATEGORY_DATA_TYPES: Record<Category, readonly DataType[]> = {
  face: ['face'],
  biometric: ['fingerprint', 'voiceprint', 'iris', 'other_biometric'],
  personal_data: ['id_number', 'phone', 'location', 'contacts', 'device_id', 'browsing', 'health', 'financial', 'children', 'other'],
};

export const SECTOR_LABELS: Record<Sector, { zh: string; en: string }> = {
  real_estate: { zh: '房地产', en: 'real estate' },
  retail: { zh: '零售门店', en: 'retail' },
  property_management: { zh: '小区物业', en: 'property management' },
  app: { zh: 'App', en: 'apps' },
  social_media: { zh: '社交媒体', en: 'social media' },
  venue: { zh: '场馆景区', en: 'venues' },
  school: { zh: '学校', en: 'schools' },
  workplace: { zh: '职场', en: 'workplace' },
  finance: { zh: '金融', en: 'finance' },
  transport: { zh: '交通出行', en: 'transport' },
  healthcare: { zh: '医疗', en: 'healthcare' },
  government: { zh: '政府', en: 'government' },
  other: { zh: '其他', en: 'other' },
};

/** Words that say what kind of action a page is about (a prosecutor, a court, a fine). */
export const KIND_CUES: { kinds: readonly StoryKind[]; cues: readonly string[] }[] = [
  { kinds: ['recommendation', 'public_interest_litigation'], cues: ['检察', '公益诉讼', 'prosecutor', 'procuratorate'] },
  { kinds: ['judgment', 'settlement', 'criminal_judgment'], cues: ['法院', '判决', '起诉', '诉讼', '官司', '法官', 'court', 'lawsuit', 'sued', 'judge', 'class action', 'settlement', 'jury'] },
  { kinds: ['penalty'], cues: ['罚款', '罚单', '处罚', '罚了', 'fined', 'fine', 'penalty'] },
  { kinds: ['determination', 'order'], cues: ['专员', '公署', '认定', '责令', 'commissioner', 'regulator', 'ordered', 'watchdog'] },
];

/** Country names a page may use (Simplified, after folding, and English) -> ISO code. */
export const COUNTRY_CUES: Record<string, readonly string[]> = {
  CN: ['中国大陆', '内地'],
  TW: ['台湾', 'taiwan'],
  HK: ['香港', 'hong kong'],
  US: ['美国', '美國', 'united states', 'u.s.', 'american', 'america', 'california', 'new york', 'chicago', '加州', '纽约', '芝加哥'],
  GB: ['英国', 'britain', 'british', 'united kingdom', 'england', 'scotland', 'wales', 'london', '伦敦'],
  AU: ['澳大利亚', '澳洲', 'australia', 'australian', 'sydney', 'melbourne', 'new south wales', 'queensland', '悉尼', '墨尔本'],
  CA: ['加拿大', 'canada', 'canadian', 'ontario', 'quebec', 'alberta', 'british columbia', 'toronto', 'vancouver', 'montreal', '安大略', '魁北克', '多伦多', '温哥华'],
  FR: ['法国', 'france', 'french', 'paris', '巴黎'],
  IT: ['意大利', 'italy', 'italian'],
  NL: ['荷兰', 'netherlands', 'dutch', 'amsterdam'],
  IE: ['爱尔兰', 'ireland', 'irish', 'dublin'],
  ES: ['西班牙', 'spain', 'spanish', 'madrid', 'barcelona'],
  GR: ['希腊', 'greece', 'greek'],
  SE: ['瑞典', 'sweden', 'swedish'],
  KR: ['韩国', 'korea', 'korean', 'seoul', '首尔'],
  BR: ['巴西', 'brazil', 'brazilian', 'são paulo', 'sao paulo', '圣保罗'],
};

/** Words that name a kind of data (Simplified after folding, and English). */
export const DATA_TYPE_CUES: Partial<Record<DataType, readonly string[]>> = {
  fingerprint: ['指纹', 'fingerprint'],
  voiceprint: ['声纹', '语音', 'voiceprint', 'voice'],
  iris: ['虹膜', 'iris'],
  other_biometric: ['掌纹', '掌静脉', '步态', '生物识别', '生物特征', 'palm', 'gait', 'biometric'],
  id_number: ['身份证', '身分证', 'id number', 'passport', 'social security'],
  phone: ['手机号', '电话号码', 'phone number'],
  location: ['位置', '定位', '行踪', '轨迹', 'location', 'gps'],
  contacts: ['通讯录', '联系人', 'contacts', 'address book'],
  device_id: ['设备标识', '设备识别码', 'imei', 'idfa', 'oaid', 'advertising id', 'device identifier'],
  browsing: ['浏览记录', '搜索记录', 'browsing', 'search history', 'cookie'],
  health: ['健康', '病历', '医疗', '诊所', '医院', 'health', 'medical', 'patient'],
  financial: ['银行', '信用卡', '支付', 'bank', 'credit card', 'payment'],
  children: ['儿童', '未成年', '学生', '孩子', '小朋友', 'child', 'children', 'kids', 'minor', 'student', 'teen'],
};

/**
 * Practices a page and a story can share even when they share few words: how the data is
 * used (telling agent-brought buyers from walk-ins, counting customers, a shoplifter
 * watch-list, scraping photos for a face search engine...). A story has a practice when
 * its own title, summary or violation (zh or en) uses one of the cues; the page when its
 * finding sentences or title do. Simplified (after folding) and lower-case English.
 */
export const PRACTICE_CUES = {
  buyer_source: {
    zh: '区分客户来源',
    en: 'telling walk-in buyers from agent-brought ones',
    cues: ['判客', '渠道客户', '中介', '带看', '自然来访', '自然到访', '佣金', '分销', '经纪人', '带客', '报备', 'walk-in', 'estate agent', 'sales commission'],
  },
  customer_analytics: {
    zh: '统计和分析顾客',
    en: 'counting and profiling customers',
    cues: ['客流', '新老顾客', '新老客', '回头客', '到店次数', '年龄性别', '性别年龄', '年龄、性别', '年龄和性别', '性别和年龄', '情绪', 'foot traffic', 'footfall', 'demographic', 'age and gender', 'gender and age', 'emotion', 'returning customer', 'repeat visitor'],
  },
  watchlist: {
    zh: '防盗黑名单比对',
    en: 'matching shoppers against a watch-list',
    cues: ['小偷', '盗窃', '偷窃', '防盗', '黑名单', '惯偷', '禁止令', 'shoplift', 'shoplifter', 'shoplifting', 'thief', 'thieves', 'theft', 'watchlist', 'watch-list', 'blacklist', 'restraining order', 'court ban', 'orders barring', 'barred from', '禁止其进入'],
  },
  face_search: {
    zh: '抓取照片做人脸搜索',
    en: 'scraping photos for face search',
    cues: ['从网络', '从互联网', '网络抓取', '网上抓取', '互联网抓取', '抓取照片', '抓取图片', '抓取公开', '爬取', '爬虫', '以图搜', '人脸搜索', '搜索引擎', '搜索工具', '人脸搜寻', '搜寻引擎', '以脸搜', '相似样貌', '样貌搜寻', '照片就能搜', '照片搜人', '搜人网站', '同一张脸', 'scrape', 'scraped', 'scraping', 'search engine', 'face search', 'search tool', 'crawl'],
  },
  attendance: {
    zh: '考勤打卡',
    en: 'attendance and clocking in',
    cues: ['考勤', '打卡', '上下班', 'clock in', 'clock-in', 'clocking', 'attendance', 'timekeeping'],
  },
  entry_gate: {
    zh: '刷脸或指纹进门',
    en: 'face or fingerprint entry',
    cues: ['门禁', '闸机', '识别闸', '人脸闸', '入园', '刷脸进', '刷脸入', '刷脸开门', '才能进门', '才能入', 'gate', 'turnstile', 'access control', 'entry system'],
  },
  travel_checks: {
    zh: '出行时刷脸核验',
    en: 'face checks when travelling',
    cues: ['登机', '自动通关', '边检', '进站', '检票', 'boarding', 'tsa', 'e-gate', 'egate', 'border control', 'passport control'],
  },
  transfer_abroad: {
    zh: '数据传到境外',
    en: 'sending data abroad',
    cues: ['出境', '跨境', '境外服务器', '传至境外', '传到境外', '传输至境外', '境外访问', 'transfer', 'transfers', 'transferred', 'abroad', 'overseas', 'cross-border', 'standard contractual', 'us servers', 'foreign servers', 'overseas servers', 'servers abroad'],
  },
  deepfake: {
    zh: '换脸',
    en: 'face swapping',
    cues: ['换脸', '深度伪造', '深伪', '脸被合成', '脸合成', '合成进色情', '合成到不雅', '不雅视频', '不雅影片', '把我的脸换', 'deepfake', 'face swap', 'face-swap', 'face-swapped', 'nudify', 'undress app', 'fake nude'],
  },
  tagging: {
    zh: '照片里自动认脸',
    en: 'recognizing faces in photos',
    cues: ['合照', '自动标记', '人脸标记', '标记好友', '标记功能', '标签功能', 'tag suggestion', 'tag suggestions', 'tagging feature', 'photo tagging', 'tag friends', 'face grouping', 'group photos', '要标记', '标记你', '标记我', 'tag you', 'tagged me', 'suggested tag'],
  },
  voice_devices: {
    zh: '语音助手和摄像门铃',
    en: 'voice assistants and camera doorbells',
    cues: ['语音助手', '智能音箱', '门铃', 'voice assistant', 'smart speaker', 'doorbell', 'voice recordings'],
  },
  doxxing: {
    zh: '起底',
    en: 'doxxing',
    cues: ['起底', '人肉', '开盒', '社工库', '挂出来', 'doxx', 'doxxing', 'doxing'],
  },
  voice_clone: {
    zh: '克隆声音',
    en: 'cloning voices',
    cues: ['声音克隆', '克隆声音', '语音克隆', '克隆语音', 'ai拟声', 'ai合成声音', 'ai合成的声音', '声音是ai', '声音竟是ai', 'ai合成', '一模一样的声音', '声音一模一样', '模仿我的声音', '模仿声音', '合成声音', 'ai声音', 'voice clone', 'voice cloning', 'cloned voice', 'cloned-voice', 'ai voice', 'synthetic voice', 'ai clone', 'clone of his voice', 'clone of her voice', 'sounded exactly like'],
  },
  camera_hacking: {
    zh: '摄像头被入侵',
    en: 'hacked cameras',
    cues: ['摄像头被入侵', '入侵摄像头', '摄像头被破解', '破解摄像头', '摄录机被入侵', '入侵家居摄录机', '默认密码', '预设密码', '家庭摄像头', '家用摄像头', '网络摄像头', '网络摄影机', '网路摄影机', '网路摄像头', '摄影机被入侵', '网络摄录机', '家居摄录机', '入侵用户摄像头', '摄像头账号', '摄像头的账号', 'hacked camera', 'hacked cameras', 'cameras were hacked', 'camera was hacked', 'default password', 'home camera', 'home cameras', 'home security camera', 'indoor camera', 'camera feed', 'camera feeds'],
  },
  waybill: {
    zh: '快递面单',
    en: 'courier waybills',
    cues: ['面单', '快递单', '运单', 'waybill'],
  },
  order_scam: {
    zh: '骗子拿着泄露的订单信息行骗',
    en: 'scammers quoting leaked order details',
    cues: ['订单号', '订单信息', '订单资料', '订单内容', '购买纪录', '购买记录', '买了什么', '解除分期', '误设分期', '取消分期', '改签', '冒充客服', '假客服', '诈骗电话', '诈骗短信', '诈骗集团', '诈骗团伙', '反诈骗', 'order number', 'order details', 'fake customer service', 'scam call', 'scam calls', 'scam text', 'fraudsters'],
  },
  worker_monitoring: {
    zh: '监控员工',
    en: 'monitoring workers',
    cues: ['监控员工', '员工监控', '监视员工', '监控软件', '工位', '截屏', '监控办公', 'employee monitoring', 'worker monitoring', 'monitoring software', 'bossware', 'keystroke', 'keystrokes', 'productivity tracking', 'monitors workers', 'monitored workers', 'monitoring of staff', 'workforce analytics'],
  },
  driving_data: {
    zh: '车辆记下的驾驶行为',
    en: "what a car records of its driver",
    cues: ['驾驶行为', '驾驶数据', '驾驶习惯数据', '驾驶评分', '急刹车', '车联网数据', '车内摄像头', '座舱摄像头', '驾驶员监测', '驾驶员状态监测', '疲劳监测', 'in-cabin camera', 'cabin camera', 'driver monitoring', 'driver attention', 'driving behavior', 'driving behaviour', 'driving data', 'driving score', 'driver score', 'smart driver', 'hard braking', 'telematics', 'connected car', 'connected-car', 'connected vehicle', 'connected-vehicle'],
  },
  voice_id: {
    zh: '用声纹核验身份',
    en: 'voice ID',
    cues: ['声纹登录', '声纹识别', '声纹验证', '声纹核验', '声纹认证', '采集声纹', '录声纹', 'voice id', 'voiceprint', 'voice authentication', 'voice verification', 'voice biometric', 'voice biometrics'],
  },
  smart_toys: {
    zh: '会听会录的玩具和手表',
    en: 'toys and watches that listen',
    cues: ['玩偶', '娃娃', '智能玩具', '陪伴机器人', 'ai玩具', 'ai陪伴', '儿童手表', '电话手表', 'smart toy', 'smart toys', 'connected toy', 'talking doll', 'talking bear', 'doll', 'teddy', 'plush', "kids' smartwatch", 'children’s smartwatch', 'smartwatch'],
  },
  genetic_data: {
    zh: '基因检测和基因数据',
    en: 'genetic tests and data',
    cues: ['基因检测', '基因数据', '基因信息', '基因样本', '遗传资源', '遗传信息', 'dna', 'genetic', 'genome', 'ancestry test'],
  },
  period_tracking: {
    zh: '经期和备孕记录',
    en: 'period and fertility tracking',
    cues: ['经期', '月经', '排卵', '备孕', '生理期', 'period tracker', 'period tracking', 'period app', 'fertility app', 'fertility tracking', 'ovulation', 'menstrual'],
  },
  data_sale: {
    zh: '买卖个人信息',
    en: 'selling personal data',
    cues: ['出售', '贩卖', '买卖', '倒卖', '非法提供', 'selling personal', 'sold personal', 'data broker'],
  },
} as const satisfies Record<string, { zh: string; en: string; cues: readonly string[] }>;
export type Practice = keyof typeof PRACTICE_CUES;

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * One test for a list of cues in lower-cased text: CJK cues as substrings, Latin cues at
 * word boundaries (plural -s/-es allowed; a space or hyphen matches either). Compiled once per list.
 */
export function cueTest(cues: readonly string[]): (text: string) => boolean {
  const { other, latin } = compileCues(cues);
  return (text) => other.some((c) => text.includes(c)) || (latin?.test(text) ?? false);
}

/** How many times the cues occur in the text (non-overlapping, each cue counted on its own). */
export function cueCount(cues: readonly string[]): (text: string) => number {
  const { other, latin } = compileCues(cues);
  const all = latin && new RegExp(latin.source, 'g');
  return (text) => {
    let n = 0;
    for (const c of other) for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + c.length)) n++;
    return n + (all ? (text.match(all)?.length ?? 0) : 0);
  };
}

/** CJK cues as substrings; Latin cues as one word-boundary pattern (a space or hyphen in a cue matches either). */
function compileCues(cues: readonly string[]): { other: string[]; latin: RegExp | undefined } {
  const latin = cues.filter((c) => /^[a-z0-9 .'-]+$/.test(c));
  const other = cues.filter((c) => !latin.includes(c));
  const pattern = (c: string) => c.replace(ESCAPE, '\\$&').replace(/[ -]+/g, '[\\s-]+');
  return { other, latin: latin.length ? new RegExp(`(?<![a-z0-9])(?:${latin.map(pattern).join('|')})(?:e?s)?(?![a-z0-9])`) : undefined };
}

/** Labels of the story tags (schema PRACTICES), for "why this case" when the page's claims point to one. */
export const TAG_LABELS: Record<StoryTag, { zh: string; en: string }> = {
  face_boarding_transport: { zh: '交通刷脸核验', en: 'face checks in transport' },
  school: { zh: '校园', en: 'schools' },
  workplace_attendance: { zh: '职场考勤', en: 'workplace attendance' },
  voice: { zh: '声纹和语音', en: 'voice data' },
  health: { zh: '健康信息', en: 'health data' },
  children: { zh: '儿童信息', en: "children's data" },
  app_permissions_sdk: { zh: 'App权限和SDK', en: 'app permissions and SDKs' },
  cross_border: { zh: '数据出境', en: 'data sent abroad' },
  data_sale_leak: { zh: '买卖或泄露个人信息', en: 'data sold or leaked' },
  social_media_face: { zh: '社交平台人脸', en: 'faces on social media' },
  property_gates: { zh: '小区门禁', en: 'residential gates' },
  retail_venues: { zh: '门店场所采集人脸', en: 'faces captured in shops and venues' },
  surveillance_public: { zh: '公共场所监控', en: 'public surveillance' },
  deepfake: { zh: '换脸', en: 'face swapping' },
};

/**
 * Practices whose words alone say that a page is about someone's data (a hacked home
 * camera, a cloned voice, a face search site, doxxing), each with the words that say so
 * without a data word: a page that names one but no data word the detector pairs still gets
 * the cases of that practice, with no finding and no badge count. Narrower than the
 * practices' PRACTICE_CUES, which only weigh stories on a page that has findings: "出售",
 * "截屏", "搜索引擎" or "运单号" alone are on countless shop and help pages.
 */
export const STANDALONE_CUES: Partial<Record<Practice, readonly string[]>> = {
  camera_hacking: ['摄像头被入侵', '入侵摄像头', '摄像头被破解', '摄像头遭破解', '破解摄像头', '摄录机被入侵', '摄影机被入侵', '入侵家居摄录机', '入侵用户摄像头', '摄像头账号', '摄像头的账号', '家庭摄像头', '家用摄像头', '网络摄像头', '网络摄影机', '网路摄影机', 'hacked camera', 'hacked cameras', 'cameras were hacked', 'camera was hacked', 'home camera', 'home cameras', 'indoor camera', 'camera feed'],
  worker_monitoring: ['监控员工', '员工监控', '工位上方', '工位正上方', '监视员工', '监控软件', 'employee monitoring', 'worker monitoring', 'monitoring software', 'bossware', 'keystroke', 'keystrokes', 'workforce analytics'],
  voice_clone: PRACTICE_CUES.voice_clone.cues,
  deepfake: ['换脸', '深度伪造', '深伪', '脸被合成', '合成进色情', '合成到不雅', '把我的脸换', 'deepfake', 'face swap', 'face-swap', 'face-swapped', 'nudify', 'undress app', 'fake nude'],
  face_search: ['人脸搜索', '以图搜', '以脸搜', '相似样貌', '人脸搜寻', 'face search'],
  doxxing: ['人肉搜索', '被人肉', '开盒', '社工库', 'doxx', 'doxxing', 'doxing'],
  order_scam: ['冒充客服', '假客服', '诈骗电话', '诈骗短信', '解除分期', '误设分期', 'fake customer service', 'scam call', 'scam calls', 'scam text'],
  smart_toys: ['智能玩具', '陪伴机器人', 'ai玩具', 'ai陪伴', 'smart toy', 'smart toys', 'connected toy', 'talking doll', 'talking bear', 'talking plush'],
  genetic_data: ['基因检测', '基因数据', '遗传资源', 'dna test', 'genetic test', 'genetic testing', 'genetic data', 'ancestry test'],
  period_tracking: ['经期记录', '经期app', '记经期', '月经记录', '备孕app', '排卵试纸', 'period tracker', 'period tracking', 'period app', 'fertility app', 'ovulation tracker'],
  driving_data: ['驾驶行为数据', '驾驶数据', '驾驶评分', 'driving behavior', 'driving behaviour', 'driving data', 'driving score', 'driver score', 'smart driver', 'telematics'],
  voice_devices: ['语音助手', '智能音箱', '可视门铃', '智能门铃', 'voice assistant', 'smart speaker', 'video doorbell', 'voice recordings'],
};

/** The practices of STANDALONE_CUES. */
export const STANDALONE_PRACTICES = Object.keys(STANDALONE_CUES) as Practice[];

let standalone: RegExp | undefined;
/**
 * Where the words of the standalone practices stand in a text folded as the detector folds
 * it (lower case, Simplified): at most `max` spans, in order. The background reads them on
 * a page with no finding; the page's text around them is then its story query.
 */
export function standaloneCueSpans(folded: string, max = 4): [number, number][] {
  if (!standalone) {
    const cues = Object.values(STANDALONE_CUES).flat() as string[];
    const { other, latin } = compileCues(cues);
    const cjk = other.map((c) => c.replace(ESCAPE, '\\$&'));
    standalone = new RegExp([...cjk, ...(latin ? [latin.source] : [])].join('|'), 'g');
  }
  const out: [number, number][] = [];
  standalone.lastIndex = 0;
  for (let m = standalone.exec(folded); m && out.length < max; m = standalone.exec(folded)) {
    if (m[0].length === 0) standalone.lastIndex++;
    else out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
