import type { Category } from '../lexicon/types';
import type { DataType, Sector } from './schema';

/**
 * Words on a page that say which sector it is about. Matched as substrings of the
 * lower-cased query text (finding sentences and page title); Traditional forms listed
 * where they differ.
 */
export const SECTOR_CUES: Partial<Record<Sector, readonly string[]>> = {
  real_estate: ['售楼处', '售楼部', '售楼中心', '楼盘', '房企', '房地产', '开发商', '售樓處', '售樓部', '樓盤', '房地產', 'sales office', 'property developer', 'real estate'],
  property_management: ['小区', '物业', '门禁', '业主', '单元门', '社区', '小區', '物業', '門禁', '業主', 'residential', 'apartment building', 'landlord', 'tenant'],
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
