import { DATA_TYPES, type DataType } from './data-types';
import type { Category } from './types';

/** Labels of the data types, and why each is (or is not) sensitive: for the popup, the digest and tests. */
export interface DataTypeInfo {
  /** Which page category a claim on this type counts under (badge colour, marks). */
  category: Category;
  sensitive: boolean;
  /** Why it is (or is not) sensitive: the article or standard that says so. */
  basis?: string;
  label: { zh: string; en: string };
}

const PIPL28 = 'PIPL art. 28; GB/T 35273-2020 Appendix B';

export const DATA_TYPE_INFO: Record<DataType, DataTypeInfo> = {
  face: { category: 'face', sensitive: true, basis: PIPL28, label: { zh: '人脸', en: 'Face' } },
  fingerprint: { category: 'biometric', sensitive: true, basis: PIPL28, label: { zh: '指纹', en: 'Fingerprint' } },
  voiceprint: { category: 'biometric', sensitive: true, basis: PIPL28, label: { zh: '声纹', en: 'Voiceprint' } },
  iris: { category: 'biometric', sensitive: true, basis: PIPL28, label: { zh: '虹膜', en: 'Iris' } },
  other_biometric: { category: 'biometric', sensitive: true, basis: PIPL28, label: { zh: '其他生物识别信息', en: 'Other biometrics' } },
  id_number: { category: 'personal_data', sensitive: true, basis: PIPL28, label: { zh: '身份证件号码', en: 'ID numbers' } },
  name: { category: 'personal_data', sensitive: false, label: { zh: '姓名', en: 'Name' } },
  phone: { category: 'personal_data', sensitive: false, label: { zh: '电话号码', en: 'Phone number' } },
  email: { category: 'personal_data', sensitive: false, label: { zh: '电子邮箱', en: 'Email' } },
  address: { category: 'personal_data', sensitive: false, label: { zh: '地址', en: 'Postal address' } },
  location: { category: 'personal_data', sensitive: true, basis: PIPL28, label: { zh: '精确位置、行踪', en: 'Precise location, whereabouts' } },
  coarse_location: { category: 'personal_data', sensitive: false, label: { zh: '大致位置', en: 'Approximate location' } },
  contacts: { category: 'personal_data', sensitive: true, basis: 'GB/T 35273-2020 Appendix B', label: { zh: '通讯录、好友列表', en: 'Contacts, friend lists' } },
  communications: { category: 'personal_data', sensitive: true, basis: 'GB/T 35273-2020 Appendix B', label: { zh: '通话记录、短信等通信内容', en: 'Call logs, messages' } },
  device_id: { category: 'personal_data', sensitive: false, label: { zh: '设备标识符', en: 'Device identifiers' } },
  device_info: { category: 'personal_data', sensitive: false, label: { zh: '设备和网络信息', en: 'Device and network information' } },
  installed_apps: { category: 'personal_data', sensitive: false, label: { zh: '已安装应用', en: 'Installed apps' } },
  usage_logs: { category: 'personal_data', sensitive: false, label: { zh: '日志和使用记录', en: 'Logs and usage' } },
  browsing: { category: 'personal_data', sensitive: true, basis: 'GB/T 35273-2020 Appendix B', label: { zh: '浏览和搜索记录', en: 'Browsing and search history' } },
  media: { category: 'personal_data', sensitive: false, label: { zh: '照片、音视频、相机和麦克风', en: 'Photos, audio, video, camera, microphone' } },
  health: { category: 'personal_data', sensitive: true, basis: PIPL28, label: { zh: '健康医疗信息', en: 'Health data' } },
  financial: { category: 'personal_data', sensitive: true, basis: PIPL28, label: { zh: '财产和支付信息', en: 'Financial and payment data' } },
  account: { category: 'personal_data', sensitive: false, label: { zh: '账号信息', en: 'Account data' } },
  profile: { category: 'personal_data', sensitive: false, label: { zh: '个人资料（性别、生日、职业等）', en: 'Profile (gender, birthday, job…)' } },
  children: { category: 'personal_data', sensitive: true, basis: 'PIPL art. 28, 31', label: { zh: '未满十四周岁未成年人的信息', en: "Children's data (under 14)" } },
  special: { category: 'personal_data', sensitive: true, basis: PIPL28, label: { zh: '宗教信仰、特定身份、犯罪记录等', en: 'Religion, specific identity, criminal records' } },
  other: { category: 'personal_data', sensitive: false, label: { zh: '其他个人信息', en: 'Other personal data' } },
};

/** Types by severity for display: sensitive first (in list order), then the others. */
export const DATA_TYPES_SENSITIVE_FIRST: readonly DataType[] = [
  ...DATA_TYPES.filter((t) => DATA_TYPE_INFO[t].sensitive),
  ...DATA_TYPES.filter((t) => !DATA_TYPE_INFO[t].sensitive),
];
