import type { Category } from '../lexicon/types';
import type { DataType, Sector, StoryKind } from './schema';

/**
 * Words on a page that say which sector it is about. Matched as substrings of the
 * lower-cased query text (finding sentences and page title); Traditional forms listed
 * where they differ.
 */
export const SECTOR_CUES: Partial<Record<Sector, readonly string[]>> = {
  real_estate: ['售楼处', '售楼部', '售楼中心', '楼盘', '房企', '房地产', '开发商', '售樓處', '售樓部', '樓盤', '房地產', 'sales office', 'property developer', 'real estate'],
  property_management: ['小区', '物业', '门禁', '业主', '单元门', '社区', '屋苑', '管理处', '住户', 'residential', 'apartment building', 'landlord', 'tenant'],
  retail: ['门店', '商场', '超市', '专卖店', '4s店', '卖场', '便利店', '門市', '商場', '超市', 'store', 'shop', 'supermarket', 'retail', 'mall'],
  app: ['app', 'sdk', '应用程序', '小程序', '移动应用', '應用程式', 'application', 'mobile app'],
  school: ['学校', '校园', '学生', '教室', '學校', '校園', '學生', 'school', 'student', 'classroom', 'campus'],
  venue: ['景区', '动物园', '球场', '健身房', '体育馆', '游乐园', '公园', '景區', '動物園', '球場', '健身', 'stadium', 'gym', 'zoo', 'park', 'arena', 'venue'],
  workplace: ['考勤', '员工', '打卡', '雇主', '員工', '僱主', 'employee', 'employer', 'attendance', 'workplace', 'staff'],
  finance: ['银行', '金融', '支付', '贷款', '銀行', '貸款', 'bank', 'payment', 'loan', 'fintech'],
  transport: ['打车', '网约车', '出行', '地铁', '机场', '車站', '地鐵', '機場', 'ride-hailing', 'airport', 'subway', 'metro'],
  healthcare: ['医院', '诊所', '健康', '醫院', '診所', 'hospital', 'clinic', 'health'],
  social_media: ['社交', '短视频', '直播', 'facebook', 'tiktok', 'instagram', 'social media', 'social network'],
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
  US: ['美国', '美國', 'united states', 'u.s.', 'american', 'america'],
  GB: ['英国', 'britain', 'british', 'united kingdom', 'england'],
  AU: ['澳大利亚', '澳洲', 'australia'],
  CA: ['加拿大', 'canada', 'canadian'],
  FR: ['法国', 'france', 'french'],
  IT: ['意大利', 'italy', 'italian'],
  NL: ['荷兰', 'netherlands', 'dutch'],
  IE: ['爱尔兰', 'ireland', 'irish'],
  ES: ['西班牙', 'spain', 'spanish'],
  GR: ['希腊', 'greece', 'greek'],
  SE: ['瑞典', 'sweden', 'swedish'],
  KR: ['韩国', 'korea', 'korean'],
  BR: ['巴西', 'brazil', 'brazilian'],
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
