import type { LexiconSource } from './types';

/**
 * English lexicon. Terms are matched on lower-cased text at word boundaries; a plural
 * "s"/"es" is accepted after any term that ends in a letter.
 */
export const en: LexiconSource = {
  lang: 'en',
  terms: {
    face: [
      'facial recognition', 'face recognition', 'face-recognition', 'facial-recognition', 'faceprint',
      'face print', 'face geometry', 'facial geometry', 'face scan', 'face scanning', 'facial scan',
      'facial scanning', 'face id', 'face unlock', 'facial data', 'face data', 'facial biometrics',
      'facial biometric', 'face template', 'facial template', 'face matching', 'face verification',
      'facial verification', 'selfie verification', 'liveness check', 'liveness detection',
      'face surveillance', 'facial analysis', 'facial images', 'facial image', 'face images',
      'facial recognition technology', 'face recognition technology', 'facial identification',
      'face biometrics',
    ],
    biometric: [
      'fingerprint', 'fingerprint scan', 'fingerprint scanner', 'fingerprint data', 'voiceprint',
      'voice print', 'iris scan', 'iris scanning', 'iris recognition', 'iris pattern', 'retina scan',
      'retinal scan', 'palm print', 'palmprint', 'palm vein', 'palm scan', 'gait recognition',
      'biometric', 'biometrics', 'biometric data', 'biometric identifier', 'biometric information',
      'hand geometry', 'voice recognition data',
    ],
    personal_data: [],
  },
  objects: {
    face: ['your face', 'faces', 'face photos', 'selfie', 'selfies'],
    biometric: [],
    personal_data: [
      'personal data', 'personal information', 'location', 'location data', 'precise location',
      'geolocation', 'contacts', 'contact list', 'address book', 'device identifier', 'device id',
      'advertising id', 'imei', 'browsing history', 'search history', 'phone number', 'email address',
      'id number', 'social security number', 'passport number', 'health data', 'health information',
      'financial information', 'bank account', 'credit card number', 'ip address', 'call logs',
      'text messages', 'home address', 'date of birth', 'purchase history',
    ],
  },
  verbs: [
    'collect', 'collects', 'collected', 'collecting', 'collection of', 'gather', 'gathers', 'gathered',
    'obtain', 'obtains', 'obtained', 'share', 'shares', 'shared', 'sharing', 'sell', 'sells', 'sold',
    'selling', 'transfer', 'transfers', 'transferred', 'track', 'tracks', 'tracked', 'tracking',
    'store', 'stores', 'stored', 'disclose', 'discloses', 'disclosed', 'capture', 'captures',
    'captured', 'capturing', 'scan', 'scans', 'scanned', 'scanning', 'harvest', 'harvested',
    'upload', 'uploads', 'uploaded', 'access', 'accesses', 'read', 'reads', 'retain', 'retains',
    'process', 'processes', 'processed', 'processing',
  ],
  suppressors: [
    'dna fingerprint', 'dna fingerprinting', 'fingerprints all over', 'browser fingerprint',
    'face the music', 'face-to-face', 'face to face', 'location of the', 'biometric passport control',
  ],
};
