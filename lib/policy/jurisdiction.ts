/**
 * Which law a policy is read against: mainland China (PIPL, GB/T 35273) for Simplified
 * Chinese, Taiwan (個人資料保護法) or Hong Kong (PDPO) for Traditional Chinese with their
 * cues, the EU's GDPR art. 13 for English unless the text names Chinese law. The checklist
 * and flags follow from it; the reader sees which one was used.
 */
export type Jurisdiction = 'CN' | 'TW' | 'HK' | 'EU';
export type PolicyLang = 'zh-hans' | 'zh-hant' | 'en';

/** Characters written differently in Traditional Chinese (a sample of frequent ones). */
const TRADITIONAL = /[們個資訊權關與體為說當處設備聯絡圖蒐隱私護識據時會這過還對於經類應證號碼銀]/g;
const SIMPLIFIED = /[们个资讯权关与体为说当处设备联络图搜隐护识据时会这过还对于经类应证号码银]/g;
const CJK = /[\u3400-\u9fff]/g;

export function policyLang(text: string): PolicyLang {
  const sample = text.slice(0, 20_000);
  const cjk = (sample.match(CJK) ?? []).length;
  const latin = (sample.match(/[A-Za-z]{2,}/g) ?? []).length;
  if (cjk < 50 && latin > cjk) return 'en';
  const t = (sample.match(TRADITIONAL) ?? []).length;
  const s = (sample.match(SIMPLIFIED) ?? []).length;
  return t > s ? 'zh-hant' : 'zh-hans';
}

const HK = /私隱|香港|Cap\.?\s*486|\bPDPO\b|\bPCPD\b|Hong Kong/i;
const TW = /個人資料保護法|個資法|臺灣|台灣|中華民國|Taiwan/;
const CN_IN_EN = /\bPIPL\b|Personal Information Protection Law|People's Republic of China|mainland China|\bPRC\b/i;

export function policyJurisdiction(text: string, lang: PolicyLang = policyLang(text)): Jurisdiction {
  const sample = text.slice(0, 60_000);
  if (lang === 'zh-hant') {
    const hk = (sample.match(new RegExp(HK.source, 'gi')) ?? []).length;
    const tw = (sample.match(new RegExp(TW.source, 'g')) ?? []).length;
    return hk > tw ? 'HK' : 'TW';
  }
  if (lang === 'en') return CN_IN_EN.test(sample) ? 'CN' : 'EU';
  return 'CN';
}
