/**
 * The privacy-policy checklist, sentence by sentence: which of the things a policy must
 * tell its reader (PIPL art. 17, GB/T 35273-2020 5.5 a, and the VioDroid-Finder rules
 * CR1-CR26) one sentence says. Pure text work: no DOM, no Node APIs (it runs in the
 * background worker).
 *
 * A sentence is folded first (Traditional to Simplified through the lexicon's script
 * folds plus EXTRA_FOLDS, full-width to ASCII so "，：（" read as ",:(", Latin to lower
 * case), so each Chinese pattern is written once in Simplified, with the few
 * Taiwan/Hong Kong words that differ (资料/资讯 for 信息, 个人化, 使用者, 搜集), and
 * English patterns in lower case. Chinese sentences are read with `zh`, others with `en`
 * (a rule with one of them uses it for both).
 *
 * Rules are small data objects grouped by item, each with a `reason` id, so a wrong
 * result traces to one line (`sentenceReasons`). A rule may require context cues (`all`)
 * or be ruled out by them (`none`) or by a pattern (`not`); then IMPLIES and YIELDS settle
 * items that go together or that a sentence only mentions in passing.
 *
 * Personal data types come from the project's lexicon (lib/detect): a sentence names data
 * when the matcher finds a specific data word in it (not only 个人信息).
 */
import { defaultMatcher } from '../detect/default-matcher';
import { matchTokens, type Token } from '../detect/match';
import { fold, normalize } from '../detect/normalize';

export const CHECKLIST_ITEMS = [
  'updated', 'scope', 'controller', 'contact', 'children', 'consent', 'changes', 'withdraw', 'personalised-off',
  'rights', 'purposes', 'personalised', 'data-types', 'retention', 'security', 'sensitive', 'incident', 'sharing',
  'sharing-consent', 'recipients', 'sharing-purpose', 'shared-data', 'abroad', 'abroad-consent', 'abroad-purpose',
  'abroad-protection', 'complaints',
] as const;

export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

type Cue = 'data' | 'collect' | 'inbound' | 'share' | 'noShare' | 'third' | 'consent' | 'abroad' | 'child' | 'guardian' | 'purpose' | 'heading' | 'keep' | 'protect' | 'registered';

interface Rule {
  item: ChecklistItem;
  reason: string;
  zh?: RegExp;
  en?: RegExp;
  /** Cues that must all be present. */
  all?: Cue[];
  /** Cues that rule the pattern out. */
  none?: Cue[];
  /** A pattern that rules it out. */
  not?: RegExp;
}

/** Traditional characters of the patterns that the lexicon's script folds leave alone (a test checks the list). */
const EXTRA_FOLDS = '與与業业丟丢嚴严舉举義义爭争僅仅從从們们價价優优夥伙傳传體体儲储決决創创刪删別别辦办動动協协廈厦縣县變变臺台後后諮咨團团牆墙復复夠够審审導导層层屆届歲岁帶带幫帮並并彈弹強强當当徹彻徑径惡恶願愿撥拨擇择損损攜携無无條条構构樣样檔档檢检毀毁測测滿满濫滥熱热現现監监礎础簡简糾纠約约級级紛纷線线絡络絕绝續续維维羣群薦荐補补見见視视訓训訊讯許许論论訟讼評评訴诉該该負负責责購购資资輯辑適适選选鑑鉴針针錢钱銷销閉闭閱阅閲阅隨随須须預预饋馈蒐搜開开華华陸陆轄辖歐欧韓韩灣湾爾尔蘭兰啟启';

let table: Uint16Array | undefined;
/** A sentence as the patterns read it (exported for tests). */
export function foldSentence(s: string): string {
  if (!table) {
    table = defaultMatcher().fold.slice();
    for (let i = 0; i + 1 < EXTRA_FOLDS.length; i += 2) table[EXTRA_FOLDS.charCodeAt(i)] = EXTRA_FOLDS.charCodeAt(i + 1);
  }
  return fold(s, 0, s.length, table);
}

const re = (...parts: (string | RegExp)[]) => new RegExp(parts.map((p) => (typeof p === 'string' ? p : p.source)).join('|'));
const NUM = String.raw`(?:\d+|[一二三四五六七八九十]+)`;
const INFO = '信息|资料|资讯|数据';
const PURPOSE = /为了|为[^,。;]{0,6}?(?:提供|实现|保障|确保|完成|便于|方便|满足|改善|改进|提升|提高|优化|帮助|向|给|使|让|防范|预防|履行|分析)|以(?:便|帮助|实现|保障|确保|完成|提供|向|用于|满足|改善|提升|优化|进行|判断|识别|验证|防|免|确认|核实|核验|匹配|发送|联系|展示|推荐|推送|查询|处理|支持|改进|维护|检测|排查|了解|分析|统计|评估|创建|生成)|(?:来|进行)(?:判断|识别|验证|核实|认证|实名|分析|统计)|用于|用以|用来|目的|便于|从而|之需|以为(?:您|你)|使(?:我们|其|他们|您|你)?(?:能够|得以)|,\s*(?:为|向)(?:您|你)提供/;
const PURPOSE_EN = /\b(?:in order to|so that|so we can|for the purposes? of|purposes?|used (?:to|for)|to (?:provide|improve|help|enable|verify|process|deliver|personali[sz]e|prevent|detect|comply|send|show|complete|fulfil))\b/;
const COMPANY = /(?:有限(?:责任)?|股份(?:有限)?)公司/;
/** "How we collect, use, share…": a policy describing itself, not a statement of sharing. */
const DESCRIBES = /如何[^。;]{0,12}?(?:共享|分享|对外提供)/;
/** Disclosure the law compels: not a choice to share. */
const COMPELLED = /(?:法律法规|司法|行政|政府|强制性)[^。;]{0,30}?(?:要求|规定|裁定)[^。;]{0,20}?(?:共享|提供|披露)/;
const FEATURE = /注册|登录|浏览|搜索|发布|评论|评价|互动|支付|下单|交易|购买|客服|售后|分享|播放|直播|消息|通知|预约|日历|足迹|会员|账号|帐号|账户|功能|服务|业务|主页|好友|钱包|认证|推荐|活动|工具|管理/;
const P_WORDS = '个性化|个人化|定向|精准(?:营销|推送|推荐|广告)|程序化广告|(?:相关|定向)广告|推荐|推送|画像';
const OFF = '关闭|退出|退订|取消|停止|撤回|开关|设置';
const NO = '拒绝|不希望|不想|不愿|不需要|不感兴趣|自主(?:决定|选择|控制)';
const R_DO = '查阅|更正|删除|清除|注销|复制|导出';
const R_SEE = `(?:查询|查看|访问|修改|补充|管理|更改|编辑)[^。;]{0,12}?(?:${INFO}|记录|账户|账号|帐号|订单|历史|头像|昵称|收藏|评论|地址)`;
const SHARE_OUT: Cue[] = ['noShare', 'abroad', 'child', 'heading'];
const ABROAD_IF = /(?:不会|不)[^。;]{0,15}?(?:传输|转移|提供|存储)|如(?:需|涉及)|确有必要/;

const CUES: Record<Cue, RegExp | null> = {
  data: null,
  collect: /(?:我们|本平台|本应用|系统)[^。;]{0,15}?(?:收集|搜集|获取|采集|读取|记录|申请|调用)|(?:您|你)[^。;]{0,10}?(?:需要?|须|应|可以?)[^。;]{0,6}?(?:提供|填写|上传|(?<!的)授权|输入|提交)|\bwe (?:may |will )?(?:collect|receive|obtain|record)\b|\byou (?:provide|give|submit)\b/,
  inbound: /从[^。;]{0,20}?(?:第三方|合作|关联|平台|渠道)[^。;]{0,20}?(?:获取|接收|收集)|(?:转交|分享|提供)给我们|\bfrom (?:third parties|our partners)\b/,
  share: /共享|分享(?:给|至|您的|你的|用户的|信息)|(?:提供|披露|转交|发送)给(?!您|你|我们|本)|(?:向|与)[^。;]{0,20}?分享|向[^,。;]{0,25}?(?:第三方|合作|关联|服务商|供应商|机构|商家|运营商|提供方)[^,。;]{0,40}?提供|(?:第三方|sdk|合作(?:伙伴|方)|服务(?:提供)?商|(?:支付|认证|金融)(?:服务)?机构|供应商|关联(?:公司|方)|物流|小程序|小游戏)[^。;]{0,25}?(?:收集|搜集|获取|使用|调用|采集|接收|获知)|\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|sells?)\b|\b(?:provide|transfer)s? [a-z ]{0,30}to (?:third|our|partners|service|advertis|affiliat)/,
  noShare: /(?:不会|不得|不|绝不|无权)[^,。;]{0,25}?(?:共享|分享|提供|披露|出售|出租|转让)|\b(?:do|will) not (?:share|sell|disclose)/,
  third: /第三方|关联(?:公司|方)|合作(?:伙伴|方)|其他方|任何人|sdk|third part|partners?\b|affiliates?\b/,
  consent: /(?:经|取得|获得|获取|征得|征求|事先|另行|单独|重新|再次|申请|需|须|基于|有效)[^,。;]{0,10}?(?:同意|授权|允许|许可)|未经[^,。;]{0,8}?(?:同意|授权|允许|许可)|(?:同意|授权)(?:后|的前提|的情况)|在(?:您|你)的?(?:明确|明示|单独)?(?:同意|授权)|\b(?:consent|permission|authori[sz]ation)\b/,
  abroad: /境外|跨境|出境|海外|全球范围|国外|其他国家|(?:中国|中华人民共和国|大陆|境内)(?:大陆)?(?:以外|之外)|(?:其他|另一)(?:国家|地区|司法管辖区)|管辖区|国际(?:传输|转移)|(?<!不会|不|未)(?:传输|转移|传送|存储|储存|发送|提供)(?:至|到|于|在|给)[^。;,]{0,8}?(?:美国|新加坡|欧盟|欧洲|日本|韩国|爱尔兰|德国|英国|印度)|\b(?:outside (?:of )?(?:the )?(?:prc|mainland|china|your country)|cross-border|overseas|abroad|international(?:ly)? transfer|other countries)/,
  child: re(`未成年|儿童|孩子|子女|[未不]满\\s*${NUM}|${NUM}\\s*周?岁以下|(?:十四|十八|14|18)\\s*周?岁`, /\b(?:child(?:ren)?|minors?|under (?:the age of )?1[3-8]|kids?)\b/),
  guardian: /监护人|父母|家长|\b(?:parents?|guardians?)\b/,
  purpose: re(PURPOSE, PURPOSE_EN),
  heading: /^[\s"“【[(]{0,3}(?:\(?(?:[一二三四五六七八九十]+|\d+(?:\.\d+)*)[)、.]?|[a-z][.)]|[①-⑩√])\s*[^,。;]{1,18}$/,
  keep: re(
    `(?:保存|存储|储存|保留|留存)(?:期限|期间|时间|时限)|(?:保存|存储|储存|保留|留存)[^。;]{0,25}?(?:期限|期间|最短|时限|之日|${NUM}\\s*(?:天|日|个?月|年)|永久|持续|届满)|(?:期限|期间|时限|时间)内(?:保存|存储|储存|保留|留存)`,
    `(?:永久|持续)(?:保存|保留|存储)|(?:超出|超过|届满)[^。;]{0,8}?(?:期限|期间|保留期|保存期)|不少于\\s*${NUM}\\s*(?:天|日|个?月|年)|${NUM}\\s*(?:天|日|个?月|年)内(?:删除|匿名)|依[据照][^。;]{0,30}?规定(?:保存|保留|存储)`,
    /\b(?:retain|retention|keep|store)\w*\b.{0,80}?\b(?:period|as long as|no longer than|until|\d+ (?:days|months|years)|necessary)\b/,
  ),
  protect: /加密|访问控制|权限控制|(?:安全|保护)(?:措施|技术|机制|体系|制度|审计|能力|手段|评估|认证|管理)|安全防护|信息安全|数据安全|网络安全(?!法)|保密(?:协议|义务|制度|要求)|严格保密|\bssl\b|\btls\b|https(?!\s*:)|等级保护|iso\s*27|防火墙|身份(?:认证|鉴别)|(?:安全|隐私|保护)[^。;]{0,10}?培训|(?:保障|保护|确保)[^。;]{0,6}?(?:信息|数据)的?安全|(?:采取|采用)[^。;]{0,12}?(?:措施|手段)[^。;]{0,20}?(?:保护|保障|确保|防止)|\b(?:encrypt\w*|access controls?|security measures?|safeguards?|firewalls?)\b/,
  registered: /注册(?:地址|地)/,
};

/** A scenario: "当您使用…功能时", "在实名认证的过程中", "When you sign up". */
const SCENARIO = /(?:当|在|若|如|如果)(?:您|你|用户|使用者)[^。;]{0,30}?(?:使用|开启|注册|登录|发布|购买|预订|订购|参加|参与|浏览|观看|进行|选择|申请|拍摄|分享|联系|通过|下单|开通|需要|上传|填写|绑定|创建|完善|就)[^。;]{0,40}?(?:时|后|过程中|中|,)|^[^,。;:]{2,12}(?:功能|服务)\s*:|(?:^|[,:)]|\d[、.])\s*(?:您|你)(?:在|可以?|也可以?)?[^。;,]{0,20}?(?:使用|开启|注册|登录|发布|购买|预订|订购|参加|参与|浏览|观看|申请|上传|绑定|创建|下单|开通)[^。;,]{0,30}?(?:时|过程中)/;
const SCENARIO_EN = /\bwhen you (?:use|sign up|register|log in|create|buy|order|post|contact|share)\b/;

const RULES: Rule[] = [
  // CR1
  { item: 'updated', reason: 'date-label', zh: /(?:更新|生效|发布|修订|版本)(?:日期|时间)\s*[:\]】]?\s*[[【(]?\s*\d/, en: /\b(?:last (?:updated|modified|revised)|effective(?: date| as of| from| on)?|(?:updated|revised) on)\s*:?\s*(?:\d|[a-z]{3,9} \d)/ },
  { item: 'updated', reason: 'date-effective', zh: /\d{4}\s*[年.\/-]\s*[[【]?\d{1,2}[\]】]?\s*[月.\/-]\s*(?:[[【]?\d{1,2}[\]】]?\s*日?)?\s*[底初中]?\s*起?\s*(?:生效|适用|施行|实施|版本)/ },
  // CR2
  { item: 'scope', reason: 'applies-to', zh: /适用于|(?:均|仅|同样|统一)适用|适用本(?:隐私|政策|协议|声明)|优先适用/, en: /\b(?:this|our) (?:privacy )?(?:policy|notice|statement) (?:applies|covers)|\bappl(?:y|ies) to (?:all )?(?:of )?(?:our|the) (?:products|services|apps?|websites?)/ },
  // CR3
  { item: 'controller', reason: 'company-name', zh: COMPANY, en: /\b(?:inc|ltd|llc|limited|corporation|gmbh)\b/, none: ['share', 'third'] },
  { item: 'controller', reason: 'company-we', zh: re(COMPANY.source + '[^。;]{0,40}?(?:以下[^。;]{0,4}?称|简称|我们|运营|开发|所有)', '由[^。;]{0,20}?' + COMPANY.source + '[^。;]{0,25}?(?:提供|开发|运营)'), none: ['share'], not: /第三方|合作|服务商/ },
  { item: 'controller', reason: 'registered-name', zh: /注册(?:地址|地)|公司名称|运营者|运营主体|(?:个人信息|数据)控制者/, en: /registered (?:office|address)|\b(?:data )?controller\b/, not: /控制者(?:履行|的?义务)/ },
  // CR4
  { item: 'contact', reason: 'email', zh: /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/ },
  { item: 'contact', reason: 'phone', zh: /(?:电话|热线|客服|致电|拨打|传真|\btel|phone|fax)[^。;]{0,12}?[\d(][\d\s()*-]{4,}|(?<!\d)(?:400|800)-?\d{3}-?\d{4}|(?<!\d)0\d{2,3}-\d{7,8}/ },
  { item: 'contact', reason: 'address', zh: /(?:联系|办公|通信|通讯|邮寄|公司)地址\s*(?:为|是)?\s*:?\s*(?:中国|[\u4e00-\u9fa5]{2,8}?[省市])|(?:邮政编码|邮编)\s*:?\s*\d|邮寄至|写信至/, en: /\b(?:mailing|postal) address\b/, none: ['collect'] },
  { item: 'contact', reason: 'street', zh: /(?:省|市)[^,。;:]{0,15}?(?:区|县)[^,。;:]{0,25}?(?:路|街|道|号|大厦|层|室)/, none: ['registered', 'share', 'collect'] },
  { item: 'contact', reason: 'channel', zh: /(?:联系|咨询|反馈|投诉|举报|申诉|进入|访问|通过)[^。;]{0,15}?(?:客服|服务中心|反馈(?:入口|页面|平台|渠道|邮箱)|意见反馈)|(?:客服|意见反馈|反馈平台|服务中心)[^。;]{0,25}?(?:联系|反馈|咨询|留言|申诉|投诉)|负责人[^。;]{0,6}?联系|联系(?:方式|电话|邮箱)\s*:/, en: /\bcontact us\b|\bemail us\b|\b(?:write|reach) (?:to )?us\b|\bdata protection officer\b|\bcustomer (?:service|support)\b/, none: ['collect'] },
  // CR5
  { item: 'children', reason: 'guardian-consent', zh: /同意|授权|指导|陪同|阅读|监护下|许可|允许/, en: /\b(?:consent|permission|supervision|approval)\b/, all: ['child', 'guardian'], not: /未(?:事先)?(?:获得|取得|征得)[^。]{0,20}?同意[^。]{0,40}?删除/ },
  // CR6
  { item: 'consent', reason: 'read-agree', zh: /(?:仔细|认真|完整|务必|充分|透彻)[^,。;]{0,8}?(?:阅读|了解|理解)[^。]{0,30}?(?:政策|协议|声明|指引|条款|内容)|(?:理解|了解|阅读)(?:并|后)(?:同意|接受)|同意并接受|(?:点击|勾选)[^。;]{0,10}?同意|即(?:视为|表示)[^。;]{0,15}?(?:同意|接受|理解)|作出[^。;]{0,10}?适当的选择|同意(?:本|此|该)(?:隐私|政策|协议)/, en: /\bby (?:using|accessing|continuing to use)\b.{0,60}\b(?:agree|consent|accept)|\bplease read (?:this|our|the)\b.{0,40}\b(?:policy|notice|carefully)|\b(?:agree|consent) to (?:this|our|the) (?:privacy )?(?:policy|notice|terms)/, none: ['child'] },
  { item: 'consent', reason: 'consent-before-collect', zh: /(?:征得|取得|获得|征求|经)[^。;]{0,10}?(?:同意|授权)[^。;]{0,20}?(?:收集|搜集)|(?:收集|搜集)[^。;]{0,30}?(?:征得|取得|获得|征求)[^。;]{0,6}?同意|以[^。;]{0,6}?同意为前提|(?:说明|告知)[^。;]{0,30}?并征得[^。;]{0,6}?同意/, en: /\b(?:ask for|obtain|with) your (?:prior )?consent before\b|\bbefore (?:we )?collect(?:ing)?\b.{0,40}\bconsent/, none: ['child', 'share', 'abroad', 'data'], not: /例外情形|公开披露/ },
  // CR7
  { item: 'changes', reason: 'major-change', zh: /(?:重大|实质性?|重要)的?(?:变更|变化|调整|修改)|(?:政策|协议|声明|指引|条款)[^。;]{0,10}?(?:更新|变更|修改|修订|调整)[^。;]{0,40}?(?:通知|提醒|公告|公示|告知|推送|弹窗|提示|发布|展示)|(?:通知|提醒|公告|告知|发布|提示)[^。;]{0,30}?(?:更新|修改|变更)的?(?:内容|版本)|(?:发出|发布)(?:更新|修订|新)(?:版本|后的)|更新版本|更新本(?:隐私)?(?:政策|协议)/, en: /\b(?:material|significant|major) changes?\b|\bnotify you\b.{0,40}\bchanges?\b|\bchanges? to (?:this|our|the) (?:privacy )?(?:policy|notice)|\bupdate (?:this|our) (?:privacy )?(?:policy|notice)\b/ },
  // CR8
  { item: 'withdraw', reason: 'withdraw-consent', zh: /撤回|撤销|取消了?[^,。;]{0,6}?授权|改变[^,。;]{0,20}?授权[^,。;]{0,4}?范围|(?:关闭|收回)[^,。;]{0,10}?(?:权限|授权)|权限(?:管理|设置)|(?:解除|取消)[^,。;]{0,10}?绑定|授权管理|管理[^,。;]{0,20}?授权/, en: /\bwithdraw (?:your )?consent\b|\brevok\w*|\bturn off (?:the )?permission|\bchange (?:your )?(?:permission|consent)/, none: ['share'], not: /未撤回|被撤销|撤销或/ },
  // CR9
  { item: 'personalised-off', reason: 'turn-off', zh: re(`(?:${P_WORDS})[^。;]{0,30}?(?:${OFF}|${NO.slice(3)})`, `(?:${OFF}|${NO})[^。;]{0,30}?(?:${P_WORDS}|感兴趣)`, '非个性化|不针对[^,。;]{0,6}?个人特征'), en: /\b(?:opt[- ]out|turn off|disable|switch off|stop receiving)\b.{0,50}\b(?:personali[sz]ed|targeted|interest-based|tailored|recommend)|\b(?:personali[sz]ed|targeted|interest-based)\b.{0,50}\b(?:turn(?:ed)? off|opt[- ]out|disable|switch off|settings?)\b|\bnon-personali[sz]ed\b/, not: /拒绝提供|不提供/ },
  // CR10
  { item: 'rights', reason: 'user-can', zh: re(`(?:(?:您|你|用户|使用者)[^。;,我]{0,8}?(?:可以?|有权|能够|随时|需要|希望|想)|中可以?)[^。;我]{0,30}?(?:${R_DO}|${R_SEE})`, `(?:通过|在)[^。;]{0,30}?[“【"][^。;]{0,30}?(?:${R_DO}|查看|管理|修改)`, '副本|注销[^。;]{0,4}?(?:账户|账号|帐号|帐户)|(?:查阅|查询|更正|补充|删除|复制|携带|转移)[^。;]{0,8}?权|退订'), en: /\bright to (?:access|correct|rectify|delete|erase|object|restrict|data portability|obtain a copy)|\byou (?:can|may|have the right to)\b.{0,40}\b(?:access|correct|update|delete|erase|download|export)\b|\b(?:close|delete|deactivate) (?:your )?account\b|\bunsubscribe\b/, none: ['share', 'keep', 'protect'], not: /(?:查阅|查看)[^。;,]{0,15}?(?:政策|协议|规则|说明|详情)/ },
  { item: 'rights', reason: 'request', zh: re(`提出[^。;]{0,12}?(?:${R_DO}|查询|访问|补充)[^。;]{0,24}?(?:请求|申请|要求)`), en: /\b(?:make|submit|send) (?:a |your )?(?:request|requests) to (?:access|correct|delete|erase|obtain)\b/, none: ['share', 'keep', 'protect'] },
  { item: 'rights', reason: 'ui-steps', zh: /点击\s*[【[“"]|^[\s\d.、)(]{0,6}进入\s*[【[“"]|路径(?:为|是)?\s*:/, not: /同意/ },
  // CR11
  { item: 'purposes', reason: 'purpose-of-data', zh: PURPOSE, en: PURPOSE_EN, all: ['data'], none: ['share', 'abroad', 'keep'] },
  { item: 'purposes', reason: 'purpose-of-use', zh: /(?:收集|搜集|使用|获取|读取|处理|调用|申请|记录)[^。;]{0,40}?(?:为了|以便|用于|用以|用来|目的|便于|从而|以(?:帮助|实现|保障|确保|完成|提供|向|满足))|(?:为了|以便|用于|为(?:您|你)提供|实现|帮助)[^。;]{0,40}?(?:收集|搜集|使用|获取|读取|处理|调用|申请|权限|功能|服务)|权限\s*[(:]?\s*(?:用于|用以|用来|以便|为了)/, en: /\b(?:collect|use|process)\w*\b.{0,60}\b(?:to|for)\b/, none: ['share', 'abroad', 'keep', 'protect', 'child'] },
  { item: 'purposes', reason: 'scenario', zh: SCENARIO, en: SCENARIO_EN, all: ['data'], none: ['share', 'abroad', 'keep', 'protect', 'child'] },
  { item: 'purposes', reason: 'legal-basis', zh: /合法性基础|法律依据|合法依据/, en: /\b(?:legal|lawful) bas[ie]s\b/ },
  { item: 'purposes', reason: 'feature-heading', zh: FEATURE, all: ['heading'], not: /共享|转让|披露|委托|未成年|儿童|联系|权利|存储|保存|cookie|定义|适用|更新|变更|安全事件|保护|境外|跨境|撤回|注销|权限管理|合作/ },
  // CR12
  { item: 'personalised', reason: 'personalised-service', zh: /个[性人]化的?(?:推荐|展示|推送|广告|内容|服务|信息|营销)|画像|定向(?:推送|推荐|广告|营销)|精准(?:营销|推送|推荐|广告)|(?:推荐|推送|展示)[^。;]{0,20}?(?:感兴趣|更相关|相关(?:程度|度)更高|偏好)|(?:兴趣|偏好|习惯)[^。;]{0,20}?(?:推荐|推送|展示)/, en: /\bpersonali[sz]ed (?:ads|advertising|recommendations?|content|experience)|\b(?:targeted|interest-based) (?:ads|advertising)|\brecommend\w*\b.{0,40}\binterest/, none: ['share'] },
  // CR13
  { item: 'data-types', reason: 'collected-data', all: ['data', 'collect'], none: ['abroad', 'keep', 'child', 'protect', 'heading'] },
  { item: 'data-types', reason: 'named-data', all: ['data'], none: ['share', 'abroad', 'keep', 'child', 'protect', 'heading'] },
  { item: 'data-types', reason: 'permission', zh: /(?:申请|获取|开启|调用|使用|访问|读取|请求|设备)[^。;权]{0,20}权限|摄像头|麦克风|蓝牙|日历|相册|应用列表|软件列表/, en: /\bpermission to (?:access|use)\b/, none: ['share', 'abroad', 'keep', 'child', 'protect'] },
  { item: 'data-types', reason: 'data-heading', all: ['heading', 'data'], none: ['child'], not: FEATURE },
  // CR14
  { item: 'retention', reason: 'retention-period', all: ['keep'] },
  // CR15
  { item: 'security', reason: 'safeguards', all: ['protect'], none: ['keep', 'share', 'abroad', 'collect'], not: /(?:安全|加密)[^。;]{0,12}?前提下/ },
  { item: 'security', reason: 'prevent-harm', zh: /(?:防止|避免|防范)[^。;]{0,25}?(?:泄露|泄漏|丢失|篡改|损毁|毁损|滥用|未经授权|恶意|窃)|为保护您的(?:隐私|个人信息)/, en: /\bprotect (?:your )?(?:personal )?(?:data|information) (?:from|against)\b/, none: ['keep', 'share', 'abroad', 'collect', 'data'] },
  { item: 'security', reason: 'de-identify', zh: /去标识化|匿名化/, en: /\b(?:pseudonymi[sz]|anonymi[sz])\w*/, none: ['keep', 'share', 'purpose', 'child'] },
  // CR16
  { item: 'sensitive', reason: 'sensitive-data', zh: /敏感/, en: /\bsensitive (?:personal )?(?:data|information)\b/, none: ['share', 'protect'] },
  // CR17
  { item: 'incident', reason: 'incident-notice', zh: /安全事件[^。]{0,80}?(?:告知|通知|报告|上报|公告|推送)|(?:告知|通知|报告|上报)[^。]{0,40}?安全事件|事件相关情况|(?:泄露|泄漏|毁损|丢失)[^。;]{0,30}?(?:告知|通知)(?:您|你|用户)/, en: /\b(?:security )?(?:incident|breach)\w*\b.{0,100}\b(?:notify|inform|report)|\b(?:notify|inform)\w*\b.{0,60}\b(?:incident|breach)/ },
  // CR18
  { item: 'sharing', reason: 'shares-data', all: ['share'], none: [...SHARE_OUT, 'consent'], not: COMPELLED },
  { item: 'sharing', reason: 'shares-with-consent', all: ['share', 'consent', 'data'], none: ['noShare', 'abroad', 'child'], not: COMPELLED },
  // CR19
  { item: 'sharing-consent', reason: 'consent-to-share', zh: /共享|分享|提供|披露|转让|出售|使用|处理|获取|接收/, all: ['third', 'consent'], none: ['abroad', 'child', 'inbound', 'collect'], not: COMPELLED },
  { item: 'sharing-consent', reason: 'consent-to-share', all: ['share', 'consent'], none: ['abroad', 'child', 'collect'], not: COMPELLED },
  { item: 'sharing-consent', reason: 'consent-item', zh: /^[\s\d.、)(]{0,6}[^,。;]{0,6}?(?:获得|取得|征得)(?:您|你|用户)的?(?:明确|明示|单独)?的?(?:授权)?(?:同意|授权)(?:或授权)?[\s.;,。]*$/ },
  // CR20
  { item: 'recipients', reason: 'named-recipient', zh: /关联(?:公司|方)|合作(?:伙伴|方|机构)|服务(?:提供)?(?:商|方)|提供方|供应商|广告(?:商|主)|支付(?:机构|宝)|金融机构|运营商|物流|配送|快递|商家|卖家|征信|认证(?:服务)?机构|科研院所|高校|有限公司|集团|小程序|小游戏|第三方(?:app|应用|平台|sdk|网站|产品)|电商平台|\b(?:inc|ltd|llc|corp)\b/, en: /\b(?:affiliates?|partners?|service providers?|vendors?|advertisers?|payment (?:processors?|providers?)|analytics providers?)\b/, all: ['share'], none: [...SHARE_OUT, 'consent'], not: COMPELLED },
  { item: 'recipients', reason: 'partner-list', zh: /合作(?:伙伴|方)的?(?:范围|类型|包括)|关联(?:公司|方)(?:包括|如下)|查看[^。;]{0,15}?(?:合作|sdk|第三方)/ },
  // CR21
  { item: 'sharing-purpose', reason: 'share-purpose', zh: re(PURPOSE.source.replace('|目的', ''), '用途|以(?:保证|实现|完成)'), en: PURPOSE_EN, all: ['share'], none: SHARE_OUT, not: COMPELLED },
  { item: 'sharing-purpose', reason: 'share-scenario', zh: re(SCENARIO, /(?:在|于)[^。;,]{0,12}?(?:的?过程中|时)/), en: SCENARIO_EN, all: ['share'], none: SHARE_OUT, not: COMPELLED },
  // CR22
  { item: 'shared-data', reason: 'share-data-types', all: ['share', 'data'], none: SHARE_OUT, not: COMPELLED },
  // CR23
  { item: 'abroad', reason: 'transfer-abroad', zh: /传输|转移|传送|存储|储存|访问|发送|提交|出境|跨境|(?:向|至)境外[^。;]{0,6}?提供/, en: /\b(?:transfer|store|process|access)\w*/, all: ['abroad'], not: re(ABROAD_IF, /(?:如|若|如果)(?:涉及|确需|发生|日后|因|部分|我们|您|你)|(?:存储|储存)(?:在|于)[^。;]{0,8}?境内|\bif\b|\bwill not\b/) },
  // CR24
  { item: 'abroad-consent', reason: 'consent-abroad', zh: /同意|授权/, en: /\bconsent\b/, all: ['abroad'] },
  // CR25
  { item: 'abroad-purpose', reason: 'why-abroad', zh: re(PURPOSE, '由于|基于|为完成|之必要|当[^。;]{0,30}?(?:涉及|使用)|(?:因|出于)[^。;]{0,12}?(?:需要|需求)|业务需要'), en: /\b(?:to|for|because)\b/, all: ['abroad'], not: re(ABROAD_IF, '告知[^。;]{0,20}?目的') },
  // CR26
  { item: 'abroad-protection', reason: 'protect-abroad', zh: /保护|安全|保密|评估|标准合[同约]|协议|措施|框架/, en: /\b(?:protect|safeguard|standard contractual|adequa)\w*/, all: ['abroad'] },
  { item: 'abroad-protection', reason: 'adequate-protection', zh: /足够的?保护|privacy ?shield|不低于本(?:隐私)?政策[^。;]{0,12}?保护/, en: /\badequate (?:level of )?protection\b/, none: ['share'] },
  // no benchmark rule
  { item: 'complaints', reason: 'complain', zh: /投诉|举报|申诉|诉讼|法院|仲裁|争议解决|纠纷|监管部门|网信/, en: /\bcomplain\w*|\bsupervisory authority\b|\bdispute\b|\bcourt\b|\barbitration\b/ },
];

type Pair = [ChecklistItem, ChecklistItem];
const each = (items: ChecklistItem[], b: ChecklistItem) => items.map((a): Pair => [a, b]);

/** When the first item holds, so does the second: a personalised service is a purpose. */
const IMPLIES: Pair[] = [['personalised', 'purposes']];

/** When the first item holds, the second is dropped: the sentence only mentions it on the way to the first. */
const YIELDS: Pair[] = [
  ...each(['incident', 'contact', 'scope', 'sensitive'], 'security'),
  ...each(['scope', 'controller', 'contact', 'children', 'consent', 'changes', 'withdraw', 'personalised-off', 'rights'], 'purposes'),
  ...each(['contact', 'rights', 'withdraw', 'personalised-off', 'changes', 'incident', 'controller', 'scope', 'children'], 'data-types'),
  ['personalised-off', 'withdraw'],
  ['personalised-off', 'personalised'],
  ['personalised-off', 'rights'],
  ['withdraw', 'rights'],
  ['children', 'consent'],
  ['changes', 'consent'],
  ['consent', 'sharing-consent'],
];

// The rules with items and cues as numbers, and each rule's pattern for either script.
const CUE_NAMES = Object.keys(CUES) as Cue[];
const INBOUND = CUE_NAMES.indexOf('inbound');
const ITEM = new Map(CHECKLIST_ITEMS.map((i, n) => [i, n]));
const idx = (c: Cue) => CUE_NAMES.indexOf(c);
const COMPILED = RULES.map((r) => ({ item: ITEM.get(r.item)!, reason: r.reason, zh: r.zh ?? r.en, en: r.en ?? r.zh, not: r.not, all: (r.all ?? []).map(idx), none: (r.none ?? []).map(idx) }));
const IMPLIES_I = IMPLIES.map(([a, b]) => [ITEM.get(a)!, ITEM.get(b)!] as const);
const YIELDS_I = YIELDS.map(([a, b]) => [ITEM.get(a)!, ITEM.get(b)!] as const);

export interface ChecklistReason {
  item: ChecklistItem;
  reason: string;
}

/**
 * Which items a sentence satisfies, each with the rule that found it (the first rule that
 * holds for the item). `tokens`: the sentence's lexicon tokens,
 * `matchTokens(defaultMatcher(), normalize(sentence).base)`, if the caller has them
 * already (the digest reads the whole policy once); computed otherwise.
 */
export function sentenceReasons(sentence: string, tokens?: readonly Token[]): ChecklistReason[] {
  const t = foldSentence(sentence.trim());
  const zh = /[\u3400-\u9fff]/.test(t);
  // Cues are worked out once per sentence, when a rule first asks (-1: not yet).
  const cues = new Int8Array(CUE_NAMES.length).fill(-1);
  const cue = (i: number): boolean => {
    if (cues[i]! < 0) {
      const c = CUE_NAMES[i]!;
      let v: boolean;
      if (c === 'data') v = (tokens ?? matchTokens(defaultMatcher(), normalize(sentence).base)).some((k) => k.kind !== 'verb' && k.type !== '' && !k.generic);
      // Data received from a partner is collection, and "how we share" is a title.
      else v = CUES[c]!.test(t) && !(c === 'share' && (cue(INBOUND) || DESCRIBES.test(t)));
      cues[i] = v ? 1 : 0;
    }
    return cues[i] === 1;
  };
  const out: (string | undefined)[] = new Array(CHECKLIST_ITEMS.length);
  for (const r of COMPILED) {
    if (out[r.item] !== undefined || !r.all.every(cue) || r.none.some(cue)) continue;
    const p = zh ? r.zh : r.en;
    if ((p && !p.test(t)) || r.not?.test(t)) continue;
    out[r.item] = r.reason;
  }
  for (const [a, b] of IMPLIES_I) if (out[a] !== undefined && out[b] === undefined) out[b] = `from-${CHECKLIST_ITEMS[a]}`;
  for (const [a, b] of YIELDS_I) if (out[a] !== undefined) out[b] = undefined;
  const res: ChecklistReason[] = [];
  out.forEach((reason, i) => reason !== undefined && res.push({ item: CHECKLIST_ITEMS[i]!, reason }));
  return res;
}

/**
 * The seven topics a policy sentence can be about (VioDroid-Finder's PC1-PC7: scope and
 * dates; who the controller is; minors; consent, rights and updates; collection and use;
 * sharing; transfer abroad). Each checklist item belongs to one; complaints to none.
 */
const TOPIC_OF_ITEM: Readonly<Record<ChecklistItem, number>> = {
  updated: 0, scope: 0,
  controller: 1, contact: 1,
  children: 2,
  consent: 3, changes: 3, withdraw: 3, 'personalised-off': 3, rights: 3,
  purposes: 4, personalised: 4, 'data-types': 4, retention: 4, security: 4, sensitive: 4, incident: 4,
  sharing: 5, 'sharing-consent': 5, recipients: 5, 'sharing-purpose': 5, 'shared-data': 5,
  abroad: 6, 'abroad-consent': 6, 'abroad-purpose': 6, 'abroad-protection': 6,
  complaints: -1,
};

/**
 * One topic per sentence, for a run of sentences in document order. A sentence whose items
 * span topics ("contact us to delete your account": contact and rights) is about one of
 * them: the one its neighbours share (a sentence one away counts 1/2, two away 1/4), or the
 * first in PC order on a tie; the other topics' items are dropped. This is how
 * VioDroid-Finder labels a sentence (a topic, then that topic's rules), so `npm run digest
 * -- --sentences` and the checklist eval read sentences this way; the digest keeps every item.
 */
export function oneTopicEach(items: readonly (readonly ChecklistItem[])[]): ChecklistItem[][] {
  const topics = items.map((its) => new Set(its.map((i) => TOPIC_OF_ITEM[i]).filter((t) => t >= 0)));
  return items.map((its, i) => {
    const own = topics[i]!;
    if (own.size < 2) return [...its];
    let best = -1;
    let bestScore = -1;
    for (const t of [...own].sort((a, b) => a - b)) {
      let score = 1;
      for (const d of [-2, -1, 1, 2]) if (topics[i + d]?.has(t)) score += 0.5 / Math.abs(d);
      if (score > bestScore) [best, bestScore] = [t, score];
    }
    return its.filter((it) => TOPIC_OF_ITEM[it] === best || TOPIC_OF_ITEM[it] < 0);
  });
}

/** The checklist items of each of a run of sentences in document order (see oneTopicEach). */
export function classifySentences(sentences: readonly string[]): ChecklistItem[][] {
  return oneTopicEach(sentences.map((s) => sentenceItems(s)));
}

/** Which checklist items one sentence satisfies (several or none); `tokens` as in sentenceReasons. */
export function sentenceItems(sentence: string, tokens?: readonly Token[]): ChecklistItem[] {
  return sentenceReasons(sentence, tokens).map((r) => r.item);
}
