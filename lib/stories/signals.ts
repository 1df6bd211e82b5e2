import type { Claim } from '../detect/claims';
import { isSensitive, type DataType } from '../lexicon/data-types';
import type { PolicyDigest } from '../policy/digest';
import type { Practice, Sector } from './schema';

/**
 * What a page's claims and policy digest tell the story ranking beyond its words: the
 * sensitive data types it says are collected or shared, the practices (story tags) they
 * point to, and the sector of the app a policy belongs to. A policy that collects faces
 * for 实名认证 and sends data abroad brings face-verification and cross-border cases.
 */
export interface PageSignals {
  dataTypes: DataType[];
  tags: Practice[];
  sectors: Sector[];
}

/** The sector of each app type of the necessary-scope rules (lib/law/necessary-scope.json); the rest are apps. */
const SECTOR_OF_APP_TYPE: Readonly<Record<string, Sector>> = {
  'map-navigation': 'transport',
  'ride-hailing': 'transport',
  'transport-ticketing': 'transport',
  'vehicle-services': 'transport',
  'online-shopping': 'retail',
  'food-delivery': 'retail',
  'local-services': 'retail',
  'online-payment': 'finance',
  'online-lending': 'finance',
  investment: 'finance',
  'mobile-banking': 'finance',
  'medical-consultation': 'healthcare',
  'womens-health': 'healthcare',
  education: 'school',
  'instant-messaging': 'social_media',
  'online-community': 'social_media',
  'live-streaming': 'social_media',
  'short-video': 'social_media',
  dating: 'social_media',
};

const SDK = /sdk|软件开发工具包|軟體開發套件/i;
/** A permission claim names the permission or the access ("获取通讯录权限", "授权读取病历"), not only consent ("授权提示"). */
const PERMISSION = /权限|權限|permission|读取|讀取|获取|獲取|访问|訪問|调用|調用|\baccess/i;

const TAG_OF_TYPE: Partial<Record<DataType, Practice>> = { health: 'health', children: 'children', voiceprint: 'voice' };

export function pageSignals(claims: readonly Pick<Claim, 'action' | 'negated' | 'data' | 'abroad' | 'actor' | 'recipient' | 'sentence'>[], digest?: Pick<PolicyDigest, 'collected' | 'summary' | 'appType'>): PageSignals {
  const types = new Set<DataType>();
  const tags = new Set<Practice>();
  for (const c of claims) {
    if (c.negated || c.action === 'leak') continue;
    for (const d of c.data) if (!d.generic && d.type !== 'other' && isSensitive(d.type)) types.add(d.type);
    if (c.abroad) tags.add('cross_border');
    if (c.action === 'sell') tags.add('data_sale_leak');
    // An app asking for a permission, or an SDK that collects or receives data.
    if ((c.action === 'permission' && PERMISSION.test(c.sentence)) || SDK.test(c.actor?.text ?? '') || SDK.test(c.recipient?.text ?? '') || SDK.test(c.sentence)) tags.add('app_permissions_sdk');
  }
  const sectors = new Set<Sector>();
  if (digest) {
    for (const t of digest.collected) if (t !== 'other' && isSensitive(t)) types.add(t);
    if (digest.summary.abroad === 'yes') tags.add('cross_border');
    tags.add('app_permissions_sdk');
    sectors.add(SECTOR_OF_APP_TYPE[digest.appType?.type ?? ''] ?? 'app');
  }
  for (const t of types) {
    const tag = TAG_OF_TYPE[t];
    if (tag) tags.add(tag);
  }
  return { dataTypes: [...types], tags: [...tags], sectors: [...sectors] };
}
