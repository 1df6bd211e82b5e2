/**
 * Kinds of recipients a policy names (关联公司, 广告合作方, SDK, 政府机关…), so the digest
 * can say "shares with 6 kinds of third parties" and list them in words a reader knows.
 * First match wins: the order puts the specific kinds before the general "third parties".
 */
export const RECIPIENT_KINDS = [
  'affiliates',
  'service-providers',
  'advertisers',
  'analytics',
  'payment',
  'logistics',
  'sdk',
  'authorities',
  'partners',
  'merchants',
  'public',
  'third-parties',
] as const;

export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

const RULES: ReadonlyArray<readonly [RecipientKind, RegExp]> = [
  ['affiliates', /关联(?:公司|方|企业)|關聯(?:公司|方|企業)|关系企业|關係企業|集团|集團|母公司|子公司|\baffiliat|\bgroup compan|\bsubsidiar/i],
  ['service-providers', /服务(?:提供|供应)商|服務(?:提供|供應)商|供应商|供應商|受托|受託|委托|委託|外包|云服务|雲端|\bservice providers?\b|\bvendors?\b|\bprocessors?\b|\bcontractors?\b|\bhosting\b/i],
  ['advertisers', /广告|廣告|营销|營銷|行銷|推广|推廣|\badvertis|\bmarketing\b|\bad (?:networks?|partners?)\b/i],
  ['analytics', /统计|統計|数据分析|數據分析|分析服务|\banalytics?\b|\bmeasurement\b/i],
  ['payment', /支付|付款|银行|銀行|金融机构|金融機構|\bpayment|\bbanks?\b|\bfinancial institutions?\b/i],
  ['logistics', /物流|快递|快遞|配送|承运|承運|\bdelivery\b|\blogistics\b|\bshipping\b|\bcouriers?\b|\bcarriers?\b/i],
  ['sdk', /sdk|插件|第三方(?:服务|服務|平台|技术|技術)|\bplug-?ins?\b|\bthird-party (?:services?|tools?|platforms?)\b/i],
  ['authorities', /政府|监管|監管|司法|执法|執法|公安|警方|法院|检察|檢察|主管(?:机关|機關|部门|部門)|有权机关|有權機關|行政机关|行政機關|\blaw enforcement\b|\bgovernment|\bauthorit|\bcourts?\b|\bregulators?\b|\bpolice\b/i],
  ['partners', /合作(?:伙伴|夥伴|方|机构|機構|单位|單位)|\bpartners?\b/i],
  ['merchants', /商家|商户|商戶|卖家|賣家|店铺|店鋪|\bmerchants?\b|\bsellers?\b|\bretailers?\b/i],
  ['public', /公开披露|公開披露|公开|公開|其他用户|其他用戶|\bpublic(?:ly)?\b|\bother users\b/i],
  ['third-parties', /第三方|第三人|他方|\bthird part(?:y|ies)\b|\bothers?\b/i],
];

export function recipientKind(text: string): RecipientKind {
  for (const [kind, re] of RULES) if (re.test(text)) return kind;
  return 'third-parties';
}
