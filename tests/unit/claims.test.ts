import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../lib/detect/default-matcher';
import { readText } from '../../lib/detect/read';
import { DATA_TYPE_INFO } from '../../lib/lexicon/data-type-info';
import { categoryOfType, DATA_TYPES, isSensitive } from '../../lib/lexicon/data-types';

const m = defaultMatcher();
const read = (text: string) => readText(text, m);
/** Claims as "action[!]: item/type, …" for compact expectations ("!" = negated). */
const claims = (text: string) => read(text).claims.map((c) => `${c.action}${c.negated ? '!' : ''}: ${c.data.map((d) => `${d.text}/${d.type}`).join(', ')}`);

describe('claims', () => {
  it('take no principle, note, rule or component for data', () => {
    expect(claims('我们收集您的个人信息遵循合法、正当、必要的原则。')).toEqual([]);
    expect(claims('我们会收集开户日期（部分）、本地通讯录。')).toEqual(['collect: 开户日期/other, 本地通讯录/contacts']);
    expect(claims('我们会使用优量汇、穿山甲、某某科技的SDK，由它们对设备信息进行处理。').join()).not.toMatch(/穿山甲|某某科技/);
    expect(claims('我们使用了百度定位SDK，该SDK需要获取您的IMEI号。').join()).not.toContain('定位SDK');
    expect(claims('我们会统一对个人敏感信息做加密和匿名化处理。')).toEqual([]);
    expect(claims('我们会自动收集您的详细使用情况，作为有关网络日志保存。').join()).not.toContain('作为');
    expect(claims('我们将删除您的个人信息或进行匿名化处理。').join()).not.toContain('进行');
  });

  it('take a list the lexicon does not know right after a collecting or sharing verb when an item is named as data', () => {
    expect(claims('我们会收集您的缓存记录、手机存储状态。我们也会收集您的手机号码。')).toEqual(['collect: 缓存记录/other, 手机存储状态/other', 'collect: 手机号码/phone']);
    expect(claims('我们会向物流公司披露订单配送信息。您的手机号码不会被收集。')[0]).toBe('disclose: 订单配送信息/other');
    // Not a generic or pointing word, not a long phrase, not after other words.
    expect(claims('我们收集相关信息。手机号码。')).toEqual([]);
    expect(claims('我们会收集并分析更多产品使用的统计信息。手机号码。')).toEqual([]);
    expect(claims('我们会使用您的缓存记录。手机号码。')).toEqual([]);
    // The rule reads the folded text: Traditional forms the fold maps need no alternative of their own.
    expect(claims('我們會收集您的快取記錄、手機儲存狀態。我們也會收集您的手機號碼。')[0]).toBe('collect: 快取記錄/other, 手機儲存狀態/other');
    // Where the data is kept ("您在某某和某某的…") is not an item of its own.
    expect(claims('我们会收集您在QQ和微信的注册账号相关信息（头像、昵称）。')).toEqual(['collect: 注册账号相关信息/account, 头像/account, 昵称/account']);
  });

  it('read what stands after 与 before 共享 as the recipients, and a verb naming a service as no action', () => {
    const out = read('我们将您的匿名化的用户画像与广告、分析服务类的授权合作伙伴共享。').claims;
    expect(out.map((c) => c.action)).toEqual(['share']);
    expect(out[0]!.data.map((d) => d.text)).toEqual(['匿名化的用户画像']);
    expect(claims('“某某”会向您提供航程查询、行程管理、天气预报、位置导航等服务。')).toEqual([]);
  });

  it('keep a clause before a generic word out of the item, but not whose data it is', () => {
    expect(read('对结果中所包含的个人信息进行去标识化处理。').claims.flatMap((c) => c.data.map((d) => d.text))).not.toContain('结果中所包含的个人信息');
    expect(read('我们会收集您孩子的个人信息、手机号码。').claims[0]!.data.map((d) => d.text)).toContain('孩子的个人信息');
  });

  it('read the list after a label head or "以下部分或全部信息：", and 其他 as a modifier', () => {
    expect(claims('第三方SDK名称：某广告 使用目的：广告投放 收集数据类型：设备信息')).toEqual(['collect: 设备信息/device_info']);
    expect(claims('我们还可能会收集以下部分或全部信息：进程信息、性能数据、应用来源。')).toEqual(['collect: 进程信息/installed_apps, 性能数据/usage_logs, 应用来源/installed_apps']);
    expect(claims('我们将和相关金融机构共享其他必要信息，如IP地址等。')).toEqual(['share: IP地址/device_info']);
  });

  it('give data to the party named after 提供给, and read a list on across a rejected item with a note or an unclosed bracket', () => {
    expect(read('我们会将设备信息提供给合作方。').claims.map((c) => [c.action, c.recipient?.text, c.data.map((d) => d.text).join()])).toEqual([['share', '合作方', '设备信息']]);
    expect(claims('我们会收集本地通讯录，包括姓名、电话号码、公司（如有）、电子邮件（如有）。')[0]).toBe('collect: 本地通讯录/contacts, 姓名/name, 电话号码/phone, 电子邮件/email');
    const items = read('我们收集的个人信息为设备基本信息（包括设备型号、屏幕密度及分辨率、网络设备硬件地址（MAC）等设备信息。').claims.flatMap((c) => c.data.map((d) => d.text));
    expect(items).toEqual(expect.arrayContaining(['设备型号', '分辨率', 'MAC', '设备信息']));
  });

  it('read the data after a relative 的 ("所提供的姓名、…") and a bracket after markdown emphasis', () => {
    expect(claims('在您注册时，所提供的姓名、身份证号、港澳通行证。')).toEqual(['collect: 姓名/name, 身份证号/id_number, 港澳通行证/id_number']);
    expect(claims('1.1、您在注册账号时向我们提供的信息 **（手机号码、昵称、笔名）**')).toEqual(['collect: 手机号码/phone, 昵称/account, 笔名/other']);
  });

  it('share the data of a relative clause given on after it, and read the case of collecting as the data', () => {
    expect(read('我们可能将我们按照本政策收集的您的设备信息（如IMEI、MAC地址等）提供给我们的合作方。').claims.map((c) => `${c.action}: ${c.data.map((d) => d.text).join()}`)).toEqual(['collect: 设备信息,IMEI,MAC地址', 'share: 设备信息,IMEI,MAC地址']);
    expect(claims('对于经父母或监护人同意而收集未成年人个人信息的情况，我们只会在法律允许时使用。')).toEqual(['collect: 未成年人个人信息/children']);
  });

  it('take no bare product, service or operation word for data, and keep the head before 包括', () => {
    expect(claims('我们会收集您使用的产品、设备型号。')).toEqual(['collect: 设备型号/device_info']);
    expect(read('需要收集的手机信息包括：IMEI号、OAID。').claims[0]!.data.map((d) => d.text)).toEqual(['手机信息', 'IMEI号', 'OAID']);
  });

  it('keep a claim whose sentence ends in a pointer, read 包括但不限于, and take no verb made a noun (服务提供商) for an action', () => {
    expect(claims('该SDK需要收集您的IMEI，具体情况请参见SDK运营方的隐私政策。')).toEqual(['collect: IMEI/device_id']);
    expect(claims('我们向境外传输个人信息的规则请见第十条。')).toEqual([]);
    expect(claims('我们收集的数据可能包括但不限于浏览器、互联网服务提供商、IP地址。')).toEqual(['collect: 浏览器/other, 互联网服务提供商/other, IP地址/device_info']);
    expect(claims('请向第三方服务提供者了解其个人信息保护规则。').join()).not.toMatch(/share/);
  });

  it('read markdown around an owned item, an institution as a recipient, 对 inside a word as no preposition, and a Latin word wrapped inside a bracket', () => {
    expect(claims('我们需要将您的_订单信息及对账信息_ 与这些支付机构共享。')).toEqual(['share: 订单信息/other']);
    expect(read('我们需要将您的订单信息与支付机构共享。').claims[0]!.recipient?.text).toBe('支付机构');
    expect(claims('我们会对搜索内容进行技术处理后提供给第三方。').join()).toContain('搜索内容');
    expect(claims('我们会收集手机信息（IMEI号、Android \n  ID、OAID）。').join()).toContain('OAID/device_id');
  });

  it('read a list fronted by 将 across the clauses of its sentence, but not across another action', () => {
    expect(claims('我们可能会将您的设备型号等设备信息，应用列表信息提供给合作方。')).toEqual(['share: 设备型号等设备信息/device_info, 应用列表信息/installed_apps']);
    expect(claims('如您不希望我们将您的用户信息用作广告用途，您可以关闭相关功能，应用列表信息提供给合作方。')).toEqual(['share: 应用列表信息/installed_apps']);
  });

  it('read a list on across a line break a converted page put after a separator', () => {
    expect(claims('我们会收集您的设备型号、\n操作系统版本、IMEI。')).toEqual(['collect: 设备型号/device_info, 操作系统版本/device_info, IMEI/device_id']);
    // A line that ends a sentence still ends the list.
    expect(claims('我们会收集您的设备型号\n操作系统版本很重要。')).toEqual(['collect: 设备型号/device_info']);
    expect(claims('我们会收集设备型号、时区和\n网络状态。')).toEqual(['collect: 设备型号/device_info, 时区/device_info, 网络状态/device_info']);
    expect(claims('合作方可能会获取您的\n**设备型号、IMEI。')).toEqual(['collect: 设备型号/device_info, IMEI/device_id']);
    expect(claims('我们会收集您的硬件型号、IP\n地址、软件版本号。')).toEqual(['collect: 硬件型号/device_info, IP\n地址/device_info, 软件版本号/device_info']);
    // …but a numbered line under label lines is the next entry, not the rest of the item above.
    expect(claims('需要收集的设备权限包括：\n  ios版本：设备信息（IDFA）、网络信息（IP地址）\n  2）、“某云”：由某公司提供。').join()).not.toContain('某云');
    // An entry line that ends a sentence is not passed on the way up to a lead: the numbered line under it starts the next entry.
    const sdk = '针对本应用ios版本，该SDK需要收集和使用手机信息和设备权限：\n  ios版本：设备信息（IDFA广告标识）、定位权限。\n  7）、“某某广告”：该SDK由“某某股份有限公司”提供，用于在开屏等位置为用户播放广告。需要收集的手机信息或设备权限包括：\n  ios版本：网络信息（IP地址）、定位权限\n';
    expect(claims(sdk).join(' | ')).not.toContain('某某广告');
    expect(claims(sdk).some((c) => c.includes('网络信息/device_info, IP地址/device_info'))).toBe(true);
    expect(read('合作方可能会获取您的\nIMEI。').findings.map((f) => f.term)).toEqual(['imei']);
    // 目的 ends a heading line.
    expect(claims('使用目的\n设备型号')).toEqual([]);
  });

  it('read the data cells of a table row, passing over its SDK and purpose cells', () => {
    expect(claims('某推送SDK | 获取设备信息 | 某某支付 | 手机设备信息（IMEI、操作系统版本）')).toEqual(['collect: 设备信息/device_info, 手机设备信息/device_info, IMEI/device_id, 操作系统版本/device_info']);
  });

  it('read whether data can identify someone as no act, 难以 as no purpose, and a list after "这些信息为："', () => {
    expect(claims('请注意，单独的设备信息、日志信息等是无法识别特定自然人身份的信息。')).toEqual([]);
    expect(read('我们会向合作伙伴提供难以识别你身份的用户画像标签。').claims.map((c) => [c.action, c.data.map((d) => d.text).join()])).toEqual([['share', '用户画像标签']]);
    expect(read('我们将与之共享部分个人信息，这些信息为：IP地址、设备标识（IMEI）。').claims[0]!.data.map((d) => d.text)).toEqual(['个人信息', 'IP地址', '设备标识', 'IMEI']);
    expect(read('这些信息可能包括您的身份信息（比如身份证、护照、驾驶证等载明您身份的证件）。').claims[0]!.data.map((d) => d.text)).toContain('驾驶证');
  });

  it('read "这些个人信息包括…" as the members of data named before, not a category described', () => {
    expect(claims('我们会从第三方获得您的信息。这些个人信息包括您的身份信息、交易信息。')).toContain('collect: 身份信息/id_number, 交易信息/financial');
    expect(read('个人敏感信息包括身份证件号码、个人生物识别信息。').claims).toEqual([]);
  });

  it('end a definitions part at a numbered English heading, read 「X」指 as a definition, and start an English object after a clause word', () => {
    const r = read("2. Definitions\n'Personal information' means any information such as a name or biometric identity.\n3. What we collect\nWhen you set up the TV we collect your email address and postcode.");
    expect(r.findings.filter((f) => !f.definition).map((f) => f.term)).toEqual(['email address', 'postcode']);
    expect(read('一、名詞定義\n「生物特徵資料」指臉部幾何特徵、虹膜、聲紋等可用以識別個人之資料。').findings.every((f) => f.definition)).toBe(true);
    expect(claims('The group questioned why passport numbers and full travel itineraries are kept by the vendor.')).toEqual(['store: passport numbers/id_number, full travel itineraries/other']);
  });

  it('read "不可撤销地授权" as no negation, and data given to us as collected', () => {
    expect(claims('您同意及不可撤销地授权将您的姓名提供给我们。')).toEqual(['collect: 姓名/name']);
  });

  it('keep a list whole across an item the lexicon does not know', () => {
    expect(claims('我们会收集您的银行卡号、有效期及手机号码，用于完成支付。')).toEqual(['collect: 银行卡号/financial, 有效期/other, 手机号码/phone']);
  });

  it('keep usage, version, channel and platform items of an SDK data list, and still drop a legal procedure', () => {
    expect(claims('我们收集IP地址、平台、时间戳、应用程序版本、应用分发渠道、硬盘和电池使用情况等。')).toEqual([
      'collect: IP地址/device_info, 平台/other, 时间戳/other, 应用程序版本/device_info, 应用分发渠道/installed_apps, 硬盘/other, 电池使用情况/usage_logs',
    ]);
    expect(claims('我们会收集您的手机号码、法律程序')).toEqual(['collect: 手机号码/phone']);
  });

  it('read examples after 例如 followed by a comma, in the next sentence or the same one', () => {
    expect(claims('我们会收集您的信息。例如，软件的版本号、浏览器类型、IP地址。')).toEqual(['collect: 软件的版本号/other, 浏览器类型/device_info, IP地址/device_info']);
    expect(claims('我们会收集移动应用的信息，例如，软件的版本号、IP地址。')[0]).toContain('IP地址/device_info');
  });

  it('read label lines in a row under a lead-in as its items, and stop at the next numbered entry', () => {
    const text = '（1）某统计SDK。需要收集的手机信息包括：\n  ios版本：IDFA广告标识、网络信息（IP地址）\n  android版本：IMEI号、OAID、MAC地址\n（2）“某推送”：由某公司提供接口。';
    const items = read(text).claims.flatMap((c) => c.data.map((d) => d.text));
    expect(items).toEqual(expect.arrayContaining(['IDFA广告标识', 'IP地址', 'IMEI号', 'OAID', 'MAC地址']));
    expect(items).not.toContain('某推送');
  });

  it('take the examples in brackets as items of their head', () => {
    const [c] = read('我们会收集设备信息（国际移动设备识别码（IMEI）、设备型号）。').claims;
    expect(c!.data.map((d) => d.text)).toEqual(expect.arrayContaining(['设备信息', '国际移动设备识别码', 'IMEI', '设备型号']));
  });

  it('follow a colon-led list across line breaks, heads and their items', () => {
    const text = '为保障服务安全，我们会收集以下信息：\n1、设备信息：设备型号、操作系统版本；\n2、日志信息：访问时间、崩溃日志。';
    const items = read(text).claims.flatMap((c) => c.data.map((d) => d.text));
    expect(items).toEqual(expect.arrayContaining(['设备信息', '设备型号', '操作系统版本', '日志信息', '访问时间', '崩溃日志']));
  });

  it('read the list after "以下信息：" in the same sentence', () => {
    expect(claims('为核实身份，我们会收集以下信息：设备型号、手机号码。')).toEqual(['collect: 设备型号/device_info, 手机号码/phone']);
    expect(claims('我们会收集以下几类信息：IP地址、设备型号。')).toEqual(['collect: IP地址/device_info, 设备型号/device_info']);
    // The colon later in the sentence ("提供以下额外信息，将有助于…：").
    expect(claims('如果您提供以下额外信息，将有助于我们提供更好的服务：昵称、头像、生日。')).toEqual(['collect: 昵称/account, 头像/account, 生日/profile']);
    // Whose data it is before 如下, and a note in brackets before the colon.
    expect(claims('我们会收集您设备的如下信息（即运行所必需的信息）：硬件型号、软件版本号。')).toEqual(['collect: 硬件型号/device_info, 软件版本号/device_info']);
  });

  it('keep a list whose first item is not data when more follow it', () => {
    const items = read('我们可能记录您的相关信息，包括您打开应用的次数、崩溃数据、性能数据。').claims.flatMap((c) => c.data.map((d) => d.text));
    expect(items).toEqual(expect.arrayContaining(['崩溃数据', '性能数据']));
  });

  it('read the items in brackets after "提供的信息", given to us: collection', () => {
    const [c] = read('您向我们反馈问题时向我们提供的信息（姓名、手机号、软件版本）。').claims;
    expect(c).toMatchObject({ action: 'collect', negated: false });
    expect(c!.data.map((d) => d.text)).toEqual(['姓名', '手机号', '软件版本']);
  });

  it('go on past a comma into an item that says what of the person it is', () => {
    const items = read('我们会收集您的使用记录，包括您搜索的关键词、访问时间，您浏览的页面，您使用的语言、操作系统。').claims.flatMap((c) => c.data.map((d) => d.text));
    expect(items).toEqual(expect.arrayContaining(['访问时间', '操作系统']));
    expect(items.some((t) => t.includes('浏览的页面'))).toBe(true);
    // …and not into a new statement after the comma.
    const stop = read('我们会收集您的手机号码，您可以随时在设置中修改。').claims.flatMap((c) => c.data.map((d) => d.text));
    expect(stop).toEqual(['手机号码']);
  });

  it('start an item after a bracket without its conjunction', () => {
    const items = read('我们会收集您的联系方式（例如手机号、邮箱地址）和问题描述。').claims.flatMap((c) => c.data.map((d) => d.text));
    expect(items).toContain('问题描述');
    expect(items.some((t) => t.startsWith('和'))).toBe(false);
  });

  it('read the lines under the sub-headings of a lead-in list as its items', () => {
    for (const text of [
      '为提供服务，我们会收集以下信息：\n（1）设备信息：\n设备型号、操作系统版本。\n（2）日志信息：\nIP地址、崩溃日志。',
      '为提供服务，我们会收集以下信息：\n1、设备信息\n设备型号、操作系统版本。\n2、日志信息\nIP地址、崩溃日志。',
    ]) {
      const items = read(text).claims.filter((c) => c.action === 'collect').flatMap((c) => c.data.map((d) => d.text));
      expect(items).toEqual(expect.arrayContaining(['设备型号', '操作系统版本', 'IP地址', '崩溃日志']));
    }
  });

  it('read a 300-character sentence full of data', () => {
    const text = `在您办理实名认证、开通支付、申请发票、预约服务时，我们需要收集您的姓名、证件类型、证件号码、手机号码、电子邮箱、收货地址、银行卡号、开户行、发票抬头、${'工作单位、'.repeat(20)}职业，以便核验身份并完成服务。`;
    const types = new Set(read(text).claims.flatMap((c) => c.data.map((d) => d.type)));
    for (const t of ['name', 'id_number', 'phone', 'email', 'address', 'financial'] as const) expect(types).toContain(t);
  });

  it('say who gets shared data, and when it goes abroad', () => {
    const [share] = read('我们会向第三方支付机构提供您的订单信息和手机号码。').claims;
    expect(share).toMatchObject({ action: 'share', negated: false });
    expect(share!.recipient?.text).toContain('第三方支付机构');
    const [abroad] = read('我们会将您的账号信息和设备信息传输至境外的服务器。').claims;
    expect(abroad).toMatchObject({ action: 'transfer', abroad: true });
  });

  it('give purpose and condition', () => {
    const [c] = read('当您使用附近的人功能时，我们会收集您的精确位置，用于向您推荐附近的用户。').claims;
    expect(c!.condition?.text).toContain('当您使用附近的人功能时');
    expect(c!.purpose?.text).toContain('向您推荐附近的用户');
    expect(c!.data[0]).toMatchObject({ type: 'location', sensitive: true });
  });

  it('take an A-not-A question and a conditional opt-out for what they are, not negations', () => {
    const neg = (text: string) => read(text).findings.map((f) => `${f.term}${f.negated ? '!' : ''}`);
    expect(neg('是不是得把面容删掉重新录入一遍？')).toEqual(['面容']);
    expect(neg('If you do not wish to use the biometric terminal, ask HR for a PIN instead.')).toEqual(['biometric']);
    expect(neg('我们不会收集您的人脸信息。')).toEqual(['人脸信息!']);
  });

  it('read a missing notice or consent as the act done without it, not as a negation', () => {
    const neg = (text: string) => read(text).findings.map((f) => `${f.term}${f.negated ? '!' : ''}`);
    expect(neg('该商场未征得顾客同意收集人脸信息。')).toEqual(['人脸信息']);
    expect(neg('该公司未告知用户即收集其人脸信息。')).toEqual(['人脸信息']);
    expect(neg('Customers were not told that the store collected their fingerprints.')).toEqual(['fingerprints']);
    // The passive of a bare trait word.
    expect(neg('My face was scanned at the gate.')).toEqual(['my face']);
    expect(neg('We do not sell your personal information.')).toEqual(['personal information!']);
    // 任何 between the cue and the missing notice; "say no to" refuses, it does not deny.
    expect(neg('门口没有任何提示说在采集人脸。')).toEqual(['人脸']);
    expect(neg('我们没有任何收集您的人脸信息的行为。')).toEqual(['人脸信息!']);
    expect(neg("I didn't know I could say no to the face scan at the gate.")).toEqual(['face scan']);
    // An adverb in the passive, and the weak verb "had" of the gap stepped over.
    expect(neg('I realized my face had just been matched.')).toEqual(['my face']);
    expect(neg('My face had nothing to do with it.')).toEqual([]);
    // Not knowing is not denying: 不知道 is no verb, "didn't realize" no negation.
    expect(neg('不知道哪个App把我的手机号卖给了贷款公司。')).toEqual(['手机号']);
    expect(neg("I didn't realize it was sending my sleep data to the company.")).toEqual(['sleep data']);
  });

  it('give a list after a colon the verb of its lead-in, and a participle its object', () => {
    const found = (text: string) => read(text).findings.map((f) => `${f.term}${f.negated ? '!' : ''}`);
    expect(found('We collect the following information when you create an account: your name, email address and date of birth.')).toEqual(['your name', 'email address', 'date of birth']);
    expect(found('Note: your name appears on the badge.')).toEqual([]);
    expect(found('Passengers can board by having their face scanned at the gate.')).toEqual(['their face']);
    // 未取得 (without consent) before the verb of an object-first clause is no negation.
    expect(found('民眾的就醫紀錄在未取得同意下被提供給研究機構。')).toEqual(['就醫紀錄']);
    expect(found('个人信息不会被出售。')).toEqual(['个人信息!']);
  });

  it('read everyday words for face capture, doxxing and permission requests', () => {
    const found = (text: string) => read(text).findings.map((f) => `${f.category}:${f.term}`);
    expect(found('售楼处是靠摄像头认脸的。')).toEqual(['face:认脸']);
    expect(found('你们就把我的脸存起来了？')).toEqual(['face:的脸']);
    expect(found('有人在群里卖社工库查询。')).toEqual(['personal_data:社工库']);
    expect(found('对方都能准确叫出我的名字。')).toEqual(['personal_data:我的名字']);
    expect(found('My heart rate and sleep data were syncing to another app.')).toEqual(['personal_data:heart rate', 'personal_data:sleep data']);
    expect(found('一打開就跳出一連串權限要求：位置資訊、通訊錄。')).toEqual(['personal_data:位置資訊', 'personal_data:通訊錄']);
  });

  it('mark a claim negated when the statement says it does not happen', () => {
    expect(claims('我们不会收集您的人脸信息。')).toEqual(['collect!: 人脸信息/face']);
    expect(claims('We do not sell your email address.')).toEqual(['sell!: email address/email']);
    // A negation that states a condition negates neither the claim nor the finding.
    expect(claims('不采集人脸信息就不能进小区。')[0]).toMatch(/^collect: /);
  });

  it('read the sentence after a definition that goes on with its members, and a category put as "为/被认为是敏感信息，例如", as definitions', () => {
    const faceBio = (text: string) => read(text).findings.filter((f) => !f.definition && (f.category === 'face' || f.category === 'biometric')).map((f) => f.term);
    for (const text of [
      '个人信息：指以电子方式记录的能够识别特定自然人身份的各种信息。包括身份信息、生物识别信息、位置信息。',
      '“个人信息”是指以电子方式记录的各种信息。在本隐私政策中包括，姓名、面部识别特征、性别。',
      '**个人信息是指以电子方式记录的各种信息。**\n如姓名、个人生物识别信息、住址。',
      '某些信息因其特殊性可能被认为是敏感信息，例如您的个人健康信息，以及个人生物识别信息。',
      '其中一旦泄露、非法提供或滥用可能危害人身安全的信息为个人敏感信息，主要包括：证件号码、个人生物识别信息。',
    ]) {
      expect(read(text).claims, text).toEqual([]);
      expect(faceBio(text), text).toEqual([]);
    }
    // A sentence after a statement of collection is no definition.
    expect(claims('我们收集的信息包括姓名、手机号码。包括人脸照片。')).toContain('collect: 人脸照片/face');
  });

  it('make no claim of a definition, and count none of its face words', () => {
    const text = '个人信息是指以电子或者其他方式记录的能够识别特定自然人的各种信息，包括姓名、身份证件号码、生物识别信息、面部特征等。';
    const r = read(text);
    expect(r.claims).toEqual([]);
    expect(r.findings.filter((f) => !f.definition && (f.category === 'face' || f.category === 'biometric'))).toEqual([]);
    // "…是一旦泄露…的个人信息", "生物识别信息：指…", "…属于个人生物识别信息": definitions too.
    for (const d of ['敏感个人信息是一旦泄露或者非法使用，容易导致人格尊严受到侵害的个人信息，包括生物识别、行踪轨迹等信息。', '生物识别信息：指对自然人的身体特征进行技术处理得到的信息，如人脸、指纹。', '上述个人敏感信息中，面部识别特征、指纹属于个人生物识别信息。', '生物识别信息：如指纹、面部识别特征、虹膜等。', '敏感个人信息，例如：面部识别特征、指纹、声纹等。']) {
      expect(read(d).findings.filter((f) => !f.definition && f.category !== 'personal_data'), d).toEqual([]);
    }
    // A category with a collection statement stays a statement.
    expect(read('人脸信息属于敏感个人信息，我们仅在您同意后收集。').findings.filter((f) => !f.definition).map((f) => f.term)).toEqual(['人脸信息']);
    expect(read('我们会收集您的生物识别信息，例如指纹。').findings.filter((f) => !f.definition).map((f) => f.term)).toEqual(['生物识别信息', '指纹']);
    expect(read('生物识别信息：我们会在您开通刷脸支付时收集您的人脸信息。').findings.filter((f) => !f.definition).map((f) => f.term)).toEqual(['刷脸支付', '人脸信息']);
    const sensitive = read('个人敏感信息包括身份证件号码、个人生物识别信息、银行账号、行踪轨迹等。');
    expect(sensitive.claims).toEqual([]);
    expect(sensitive.findings.every((f) => f.definition)).toBe(true);
  });

  it('read a category introduced by examples, and a Taiwan-law definition, as definitions', () => {
    const faceBio = (text: string) => {
      const r = read(text);
      const fb = (t: string) => ['face', 'fingerprint', 'voiceprint', 'iris', 'other_biometric'].includes(t);
      return [...r.claims.filter((c) => !c.negated).flatMap((c) => c.data.filter((d) => fb(d.type)).map((d) => d.text)), ...r.findings.filter((f) => !f.negated && !f.definition && fb(f.type)).map((f) => f.term)];
    };
    expect(faceBio('部分信息属于个人敏感信息，例如：身份证件号码、个人生物识别信息、银行账户、健康生理信息等。')).toEqual([]);
    expect(faceBio('Sensitive personal information includes biometric data, religious beliefs and financial accounts.')).toEqual([]);
    // 識別 ("identify") is a collection verb elsewhere; here it is part of what 個人資料 means.
    expect(faceBio('一、個人資料：指自然人之姓名、指紋、聯絡方式及其他得以直接或間接方式識別該個人之資料。')).toEqual([]);
    // A definitions part under a heading such as 词语释义.
    expect(faceBio('（一）词语释义\n1.个人信息是指以电子方式记录的各种信息。本政策个人信息包括姓名、个人生物识别信息、网络身份识别信息、手机号码等。')).toEqual([]);
    // The categories a policy "involves", listed clause by clause, as a table row, by 举例 or "X，指…".
    expect(faceBio('本隐私政策中涉及的个人敏感信息包括：个人财产信息（银行账号）；个人生物识别信息（面部识别特征、指纹）；个人身份信息（身份证）。')).toEqual([]);
    expect(faceBio('| 个人生物识别信息 | 个人基因、指纹、声纹、虹膜、面部识别特征等 |')).toEqual([]);
    expect(faceBio('4、个人敏感信息举例：个人生物识别信息（面部特征、声纹）、个人财产信息。')).toEqual([]);
    expect(faceBio('生物识别信息，指对自然人的身体特征进行技术处理得到的信息，如指纹、面部特征。')).toEqual([]);
    // Still claims: a statement of what is collected, a table row of a function, a comma before 指纹.
    expect(faceBio('我们会收集您的面部特征用于实名认证。')).toEqual(['面部特征', '面部特征']);
    expect(faceBio('| 功能 | 收集的信息 |\n| 人脸登录 | 面部特征 |')).toContain('面部特征');
    expect(faceBio('门禁系统需要采集业主的人脸信息，指纹也可以。')).toContain('人脸信息');
  });

  it('count the items of "个人信息，包括…" in a statement of what is done, not as a description', () => {
    const counted = (text: string) => read(text).findings.filter((f) => !f.definition).map((f) => f.term);
    expect(counted('我们会收集您的个人信息，包括姓名、手机号码。')).toEqual(['个人信息', '姓名', '手机号码']);
    expect(counted('平台把用户的个人信息，包括位置信息和身份证件，传输至美国的服务器。')).toEqual(['个人信息', '位置信息', '身份证件']);
    // With no action, the same shape describes a category.
    expect(counted('个人敏感信息包括身份证件号码、个人生物识别信息、银行账号等。')).toEqual([]);
  });

  it('make no claim of headings, tables of contents and sentences about the policy', () => {
    expect(read('一、我们如何收集和使用您的个人信息').claims).toEqual([]);
    expect(read('本政策将帮助您了解我们如何收集、使用您的个人信息。').claims).toEqual([]);
    expect(read('以下情形中，我们收集您的个人信息无需征得您的授权同意：\n1、与国家安全、国防安全直接相关的；\n2、与犯罪侦查、起诉、审判直接相关的；').claims.flatMap((c) => c.data)).toEqual([]);
  });

  it('read the noun form ("我们收集的信息包括"), permissions, and the person giving data', () => {
    expect(claims('我们收集的信息包括：手机号码、昵称、头像。')).toEqual(['collect: 手机号码/phone, 昵称/account, 头像/account']);
    expect(read('我们会申请您的相机权限和位置权限，以便扫码和定位。').claims[0]).toMatchObject({ action: 'permission' });
    expect(read('注册时，您需要向我们提供手机号码和密码。').claims[0]).toMatchObject({ action: 'collect' });
  });

  it('read English and Traditional Chinese statements', () => {
    expect(claims('We collect your full name, email address and phone number when you sign up.')[0]).toMatch(/^collect: full name\/name, email address\/email, phone number\/phone/);
    expect(claims('我們會蒐集您的姓名、身分證字號及聯絡電話。')).toEqual(['collect: 姓名/name, 身分證字號/id_number, 聯絡電話/phone']);
  });

  it('mark generic mentions (个人信息) so the popup can fold them', () => {
    const [c] = read('我们会收集和使用您的个人信息。').claims;
    expect(c!.data).toEqual([expect.objectContaining({ text: '个人信息', generic: true })]);
  });
});

describe('data types', () => {
  it('the content script table of categories and sensitivity agrees with the labelled table', () => {
    for (const t of DATA_TYPES) {
      expect(categoryOfType(t), t).toBe(DATA_TYPE_INFO[t].category);
      expect(isSensitive(t), t).toBe(DATA_TYPE_INFO[t].sensitive);
    }
  });
});
