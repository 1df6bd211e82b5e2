import type { Category } from '../lexicon/types';

/**
 * "Your rights" notes: the laws behind the stories, shown per category in the popup.
 * Laws are not stories (no enforcement action), so they live here, not in data/.
 * Every note names the instrument and article; the text is our own plain summary.
 */
export interface RightsNote {
  id: string;
  /** Where the law applies: CN (mainland China), EU, US-IL… */
  jurisdiction: string;
  categories: Category[];
  law: { zh: string; en: string };
  article: { zh: string; en: string };
  text: { zh: string; en: string };
  /** In force since (YYYY-MM-DD). */
  inForce: string;
  source: { publisher: string; title: string };
}

export const RIGHTS_NOTES: readonly RightsNote[] = [
  {
    id: 'cn-pipl-sensitive',
    jurisdiction: 'CN',
    categories: ['face', 'biometric'],
    law: { zh: '《个人信息保护法》', en: 'Personal Information Protection Law (PIPL)' },
    article: { zh: '第二十八条、第二十九条', en: 'Art. 28 and 29' },
    text: {
      zh: '人脸、指纹等生物识别信息属于敏感个人信息，只有在目的特定、确有必要并采取严格保护措施时才能处理，而且要取得你的单独同意。',
      en: 'Faces, fingerprints and other biometric data are sensitive personal information: they may be processed only for a specific purpose, where truly necessary, under strict protection, and with your separate consent.',
    },
    inForce: '2021-11-01',
    source: { publisher: '全国人民代表大会常务委员会', title: '中华人民共和国个人信息保护法' },
  },
  {
    id: 'cn-pipl-public-cameras',
    jurisdiction: 'CN',
    categories: ['face'],
    law: { zh: '《个人信息保护法》', en: 'Personal Information Protection Law (PIPL)' },
    article: { zh: '第二十六条', en: 'Art. 26' },
    text: {
      zh: '在公共场所安装图像采集、身份识别设备，只能是维护公共安全所必需，并要设置显著的提示标识；采集的图像只能用于公共安全，另作他用须经你单独同意。',
      en: 'Cameras and identity-recognition devices in public places are allowed only where needed for public security, with prominent signs; the images may be used only for public security unless you give separate consent.',
    },
    inForce: '2021-11-01',
    source: { publisher: '全国人民代表大会常务委员会', title: '中华人民共和国个人信息保护法' },
  },
  {
    id: 'cn-spc-property-face-gates',
    jurisdiction: 'CN',
    categories: ['face'],
    law: {
      zh: '最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定',
      en: "Supreme People's Court provisions on civil cases involving face recognition",
    },
    article: { zh: '第十条', en: 'Art. 10' },
    text: {
      zh: '物业把人脸识别作为进出小区的唯一方式时，不同意的业主可以要求物业提供其他合理的验证方式，法院予以支持。',
      en: 'If a property manager makes face recognition the only way into a residential compound, residents who object can require another reasonable way in, and courts will back them.',
    },
    inForce: '2021-08-01',
    source: { publisher: '最高人民法院', title: '法释〔2021〕15号' },
  },
  {
    id: 'cn-face-measures-alternatives',
    jurisdiction: 'CN',
    categories: ['face'],
    law: { zh: '《人脸识别技术应用安全管理办法》', en: 'Measures for the Security Management of Face Recognition Technology Applications' },
    article: { zh: '第十条', en: 'Art. 10' },
    text: {
      zh: '能用其他方式核验身份的，不得把人脸识别作为唯一方式；你不同意刷脸时，应当有其他合理便捷的选择。',
      en: 'Where identity can be verified in other ways, face recognition must not be the only option; if you decline, a reasonable alternative has to be offered.',
    },
    inForce: '2025-06-01',
    source: { publisher: '国家互联网信息办公室、公安部', title: '人脸识别技术应用安全管理办法' },
  },
  {
    id: 'cn-pipl-minimum',
    jurisdiction: 'CN',
    categories: ['personal_data'],
    law: { zh: '《个人信息保护法》', en: 'Personal Information Protection Law (PIPL)' },
    article: { zh: '第六条、第十三条、第十四条', en: 'Art. 6, 13 and 14' },
    text: {
      zh: '收集个人信息要有明确合理的目的，限于实现目的的最小范围，不得过度收集；多数情况下要在充分告知后取得你自愿、明确的同意。',
      en: 'Personal information may be collected only for a clear and reasonable purpose and only as much as that purpose needs; in most cases your informed, voluntary and explicit consent is required.',
    },
    inForce: '2021-11-01',
    source: { publisher: '全国人民代表大会常务委员会', title: '中华人民共和国个人信息保护法' },
  },
  {
    id: 'cn-consumer-law-29',
    jurisdiction: 'CN',
    categories: ['personal_data', 'face'],
    law: { zh: '《消费者权益保护法》', en: 'Consumer Rights Protection Law' },
    article: { zh: '第二十九条', en: 'Art. 29' },
    text: {
      zh: '经营者收集、使用消费者个人信息，应当合法、正当、必要，明示目的、方式和范围，并经消费者同意。多起售楼处、门店人脸抓拍案正是依据本条处罚。',
      en: "Businesses collecting or using consumers' personal information must do so lawfully, properly and only as needed, state the purpose, method and scope, and get consent. Many sales-office and store face-camera fines rest on this article.",
    },
    inForce: '2014-03-15',
    source: { publisher: '全国人民代表大会常务委员会', title: '中华人民共和国消费者权益保护法' },
  },
  {
    id: 'eu-gdpr-art9',
    jurisdiction: 'EU',
    categories: ['face', 'biometric'],
    law: { zh: '欧盟《通用数据保护条例》(GDPR)', en: 'EU General Data Protection Regulation (GDPR)' },
    article: { zh: '第9条', en: 'Art. 9' },
    text: {
      zh: '用于唯一识别个人的生物特征数据属于特殊类别数据，原则上禁止处理，除非符合明确同意等例外情形。',
      en: 'Biometric data used to uniquely identify a person is special-category data: processing it is prohibited unless an exception such as explicit consent applies.',
    },
    inForce: '2018-05-25',
    source: { publisher: 'European Parliament and Council of the European Union', title: 'Regulation (EU) 2016/679' },
  },
  {
    id: 'us-il-bipa',
    jurisdiction: 'US-IL',
    categories: ['face', 'biometric'],
    law: { zh: '美国伊利诺伊州《生物识别信息隐私法》(BIPA)', en: 'Illinois Biometric Information Privacy Act (BIPA)' },
    article: { zh: '第15条(b)款', en: '740 ILCS 14/15(b)' },
    text: {
      zh: '企业收集面部几何特征、指纹等生物识别标识前，必须书面告知目的和保存期限，并取得书面同意。',
      en: 'Before collecting a face geometry, fingerprint or other biometric identifier, a company must tell you in writing why and for how long, and get your written release.',
    },
    inForce: '2008-10-03',
    source: { publisher: 'Illinois General Assembly', title: 'Biometric Information Privacy Act (740 ILCS 14)' },
  },
  {
    id: 'eu-gdpr-minimisation',
    jurisdiction: 'EU',
    categories: ['personal_data'],
    law: { zh: '欧盟《通用数据保护条例》(GDPR)', en: 'EU General Data Protection Regulation (GDPR)' },
    article: { zh: '第5条第1款(c)项、第6条', en: 'Art. 5(1)(c) and 6' },
    text: {
      zh: '个人数据的处理需要合法依据，并且只能收集与目的相关、必要的数据（数据最小化）。',
      en: 'Processing personal data needs a legal basis, and only data adequate, relevant and limited to the purpose may be collected (data minimisation).',
    },
    inForce: '2018-05-25',
    source: { publisher: 'European Parliament and Council of the European Union', title: 'Regulation (EU) 2016/679' },
  },
];

/** Notes for a category, the reader's own legal area first (zh: mainland China; en: others). */
export function rightsFor(category: Category, lang: 'zh' | 'en', limit = 3): RightsNote[] {
  const local = (n: RightsNote) => (n.jurisdiction === 'CN') === (lang === 'zh');
  return RIGHTS_NOTES.filter((n) => n.categories.includes(category))
    .sort((a, b) => Number(local(b)) - Number(local(a)))
    .slice(0, limit);
}
