import type { LexiconSource } from './types';

/**
 * Traditional Chinese additions that OpenCC's conversion does not produce: Taiwan and
 * Hong Kong say 辨識, 個資, 蒐集, 個人資料, 身分證字號, 電郵, 私隱. The generated variants
 * of zh-hans.ts are added to these at compile time.
 */
export const zhHant: LexiconSource = {
  lang: 'zh-Hant',
  terms: {
    face: [
      '人臉辨識', '臉部辨識', '面部辨識', '人臉辨識系統', '人臉辨識技術', '臉部辨識系統', '人臉特徵', '臉部特徵',
      '人臉資料', '臉部資料', '面部資料', '人臉影像', '臉部影像', '刷臉', '人臉驗證', '活體偵測', '臉部照片',
    ],
    biometric: ['生物辨識', '生物辨識資料', '生物特徵資料', '指紋辨識', '聲紋辨識', '虹膜辨識', '指紋資料', '生物識別資料'],
    personal_data: ['蒐集個資', '個資蒐集', '個人資料蒐集', '蒐集個人資料', '個人資料的蒐集', '外洩個資', '個資外洩', '販售個資'],
  },
  objects: {
    face: [],
    biometric: [],
    personal_data: [
      '個資', '個人資料', '身分證', '身分證字號', '身分證號碼', '身份證副本', '身分證影本', '手機號碼', '行動電話', '電話號碼', '聯絡電話',
      '電郵地址', '電郵', '位置資訊', '定位資訊', '聯絡人', '通訊錄', '裝置識別碼', 'ip位址', '健康資料', '病歷',
      '瀏覽紀錄', '銀行帳戶', '信用卡號', '信用卡資料', '付款資訊', '收件地址', '廣告識別碼', '帳號',
    ],
  },
  verbs: ['蒐集', '收集', '取得', '讀取', '上傳', '上載', '儲存', '分享', '提供給第三方', '販售', '出售', '外洩', '洩漏', '擷取', '傳送'],
  weakVerbs: ['利用', '處理', '追蹤'],
  traitVerbs: ['支援', '登錄'],
  suppressors: ['每個人資料', '個人資料保護法', '個資法', '臉書', '撞臉', '面孔偵測', '人臉偵測', '個人資料（私隱）條例', '私隱條例'],
};
